package ner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sameGazetteer checks that lex's gazetteer is the one gazIndex makes of
// list: as many keys, every sequence of list and every prefix of one found
// with the same types, the same longest sequence.
func sameGazetteer(t *testing.T, name string, list []gazEntry, lex *lexicon) {
	t.Helper()
	own, maxLen := gazIndex(list)
	if lex.gazMaxLen != maxLen || len(lex.gaz.ent) != len(own.ent) {
		t.Errorf("%s: longest sequence %d tokens, %d keys; want %d, %d", name, lex.gazMaxLen, len(lex.gaz.ent), maxLen, len(own.ent))
	}
	for _, e := range list {
		h := uint64(fnvOffset)
		for j, tok := range e.Tokens {
			h = seqHash(h, j, tok)
			want, _ := own.get(h)
			if got, ok := lex.gaz.get(h); !ok || got != want {
				t.Fatalf("%s: %q: types %b (found %v), want %b", name, strings.Join(e.Tokens[:j+1], " "), got, ok, want)
			}
		}
	}
}

// TestSharedGazetteer: a model whose gazetteer is stored against a shared
// one looks up its own sequences with their own types, does not find those
// only the shared one has, tags as the same model with its own gazetteer
// does, and reads back the same. A
// gazetteer with a sequence the shared one lacks cannot be stored.
func TestSharedGazetteer(t *testing.T) {
	train := synthSentences(1, 300)
	others := synthSentences(9, 200) // names of other data: in the shared gazetteer only
	b, err := buildSharedGazetteer(append(append([]Sentence(nil), train...), others...), gazMaxTokens)
	if err != nil {
		t.Fatal(err)
	}
	g, err := readGazetteer(b)
	if err != nil {
		t.Fatal(err)
	}
	registerGazetteer(g)
	m, err := TrainModel(context.Background(), []TrainSet{{Name: "synth", Sentences: train}},
		TrainOptions{Lang: "en", Epochs: 5, Seed: 42, Bits: 16, Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	plain := trainSynth(t, 42)
	if m.Card.Gazetteer != g.sum || g.seqs <= len(m.lex.gazList) {
		t.Fatalf("card %q, shared %d sequences, the model's %d", m.Card.Gazetteer, g.seqs, len(m.lex.gazList))
	}
	sameGazetteer(t, "trained", m.lex.gazList, &m.lex)
	own, _ := gazIndex(m.lex.gazList)
	unknown := 0
	for _, s := range others {
		for _, sp := range spansFromIOB(s.Tags) {
			h := uint64(fnvOffset)
			for j, tok := range s.Tokens[sp.start:sp.end] {
				h = seqHash(h, j, tok)
			}
			if _, ok := own.get(h); ok {
				continue
			}
			unknown++
			if v, ok := m.lex.gaz.get(h); ok {
				t.Fatalf("%v: a name only the shared gazetteer has: found, types %b", s.Tokens[sp.start:sp.end], v)
			}
		}
	}
	if unknown == 0 {
		t.Fatal("no name of the other data is new to the model: the test checks nothing")
	}
	test := synthSentences(2, 100)
	for _, s := range test {
		if a, b := m.Tag(s.Tokens), plain.Tag(s.Tokens); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Fatalf("the model with the shared gazetteer tags %v, with its own %v", a, b)
		}
	}
	_, m2 := roundTrip(t, m, test)
	if m2.Card.Gazetteer != g.sum || m2.lex.sharedGaz != g {
		t.Errorf("read back: card %q, shared %p, want %q, %p", m2.Card.Gazetteer, m2.lex.sharedGaz, g.sum, g)
	}
	sameGazetteer(t, "read back", m.lex.gazList, &m2.lex)

	small, err := buildSharedGazetteer(others, gazMaxTokens)
	if err != nil {
		t.Fatal(err)
	}
	gs, err := readGazetteer(small)
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon{gazList: m.lex.gazList}
	if err := lex.useShared(gs); err == nil {
		t.Error("a gazetteer was stored against a shared one that lacks its sequences")
	}
}

// TestGazetteerFilesWhateverTheRecipes: the shared gazetteer reads every
// training split, so a model trained from another recipe into the models
// folder leaves the gazetteer the other models were stored against as it
// was.
func TestGazetteerFilesWhateverTheRecipes(t *testing.T) {
	data := t.TempDir()
	var want []string
	for _, p := range []string{"conll/en", "odd/xx", "wikiann/de"} {
		dir := filepath.Join(data, "ner", filepath.FromSlash(p))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, split := range []string{"train", "val"} {
			if err := os.WriteFile(filepath.Join(dir, split+".tsv"), []byte("A\tB-PER\n\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want = append(want, filepath.Join(dir, "train.tsv"))
	}
	for _, recipes := range []map[string][]Source{nil, {"da": {{Corpus: "odd", Lang: "xx", Copies: 2}}}} {
		got, err := (&Config{Data: data, Recipes: recipes}).gazetteerFiles()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("recipes %v: files %v, want %v", recipes, got, want)
		}
	}
}

// TestModelTableRefusesMismatch: entries and values that do not fit the
// shared gazetteer (a damaged model file) are refused.
func TestModelTableRefusesMismatch(t *testing.T) {
	b, err := buildSharedGazetteer(synthSentences(3, 50), gazMaxTokens)
	if err != nil {
		t.Fatal(err)
	}
	g, err := readGazetteer(b)
	if err != nil {
		t.Fatal(err)
	}
	n := len(g.all.ent)
	if n%64 == 0 {
		t.Fatalf("%d keys: no bits past the last one to test", n)
	}
	present := make([]uint64, (n+63)/64)
	present[0] = 1
	if _, err := g.modelTable(present, []uint16{3}); err != nil {
		t.Fatalf("one entry: %v", err)
	}
	pastEnd := append([]uint64(nil), present...)
	pastEnd[len(pastEnd)-1] |= 1 << 63
	for name, c := range map[string]struct {
		present []uint64
		vals    []uint16
	}{
		"a value too many":   {present, []uint16{3, 4}},
		"a value too few":    {present, nil},
		"bitmap too short":   {present[:len(present)-1], []uint16{3}},
		"a bit past the end": {pastEnd, []uint16{3, 4}},
	} {
		if _, err := g.modelTable(c.present, c.vals); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
