package ner

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// synth generates labelled sentences from a few templates with invented
// names (random syllables), so the trainer can be tested end to end without
// the data folder, and tested on names it has never seen.
type synth struct{ rng *rand.Rand }

var syllables = []string{"ka", "lo", "mi", "ran", "tu", "vel", "do", "sen", "ar", "bri", "ko", "nel", "pa", "ris", "to", "ve", "zan", "mar", "el", "quo"}

func (g *synth) word() string {
	n := 2 + g.rng.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

type piece struct {
	toks []string
	typ  string // "", PER, ORG, LOC
}

func (g *synth) person() piece { return piece{[]string{g.word(), g.word()}, "PER"} }

func (g *synth) org() piece {
	suffix := []string{"Corp", "Bank", "Group", "Holdings", "Ltd"}[g.rng.IntN(5)]
	return piece{[]string{g.word(), suffix}, "ORG"}
}

func (g *synth) loc() piece { return piece{[]string{g.word()}, "LOC"} }

func words(s string) piece { return piece{toks: strings.Fields(s)} }

func (g *synth) sentence() Sentence {
	var ps []piece
	switch g.rng.IntN(6) {
	case 0:
		ps = []piece{g.person(), words("works for"), g.org(), words("in"), g.loc(), words(".")}
	case 1:
		ps = []piece{g.org(), words("said on Monday that"), g.person(), words("would join the board .")}
	case 2:
		ps = []piece{words("Shares of"), g.org(), words("rose after"), g.person(), words("spoke in"), g.loc(), words(".")}
	case 3:
		ps = []piece{g.person(), words(", a spokesman for"), g.org(), words(", declined to comment .")}
	case 4:
		ps = []piece{words("The"), g.org(), words("office in"), g.loc(), words("closed last year .")}
	default:
		ps = []piece{words("Yesterday"), g.person(), words("met"), g.person(), words("at the"), g.org(), words("headquarters .")}
	}
	var s Sentence
	for _, p := range ps {
		for i, t := range p.toks {
			tag := "O"
			if p.typ != "" {
				tag = "I-" + p.typ
				if i == 0 {
					tag = "B-" + p.typ
				}
			}
			s.Tokens = append(s.Tokens, t)
			s.Tags = append(s.Tags, tag)
		}
	}
	return s
}

func synthSentences(seed uint64, n int) []Sentence {
	g := &synth{rand.New(rand.NewPCG(seed, 7))}
	out := make([]Sentence, n)
	for i := range out {
		out[i] = g.sentence()
	}
	return out
}

func trainSynth(t *testing.T, seed uint64) *Model {
	t.Helper()
	train := synthSentences(1, 300)
	m, err := TrainModel(context.Background(), []TrainSet{{Name: "synth", Sentences: train}},
		TrainOptions{Lang: "en", Epochs: 5, Seed: seed, Bits: 16})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTrainEndToEnd trains on a few hundred generated sentences and checks
// that the model finds unseen names, survives a write/read round trip
// unchanged, and that training is deterministic given the seed.
func TestTrainEndToEnd(t *testing.T) {
	m := trainSynth(t, 42)
	test := synthSentences(2, 100)
	for _, s := range Evaluate(m, "synth", test) {
		if s.F1 < 0.9 {
			t.Errorf("%s F1 %.3f on unseen generated names, want >= 0.9 (P %.3f R %.3f)", s.Type, s.F1, s.P, s.R)
		}
	}
	raw, _ := roundTrip(t, m, test)
	var again bytes.Buffer
	if _, err := trainSynth(t, 42).WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, again.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

// roundTrip writes m and reads it back, checks that the model read back
// tags sents as m does, and returns the bytes written and that model.
func roundTrip(t *testing.T, m *Model, sents []Sentence) ([]byte, *Model) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		if a, b := m.Tag(s.Tokens), m2.Tag(s.Tokens); !reflect.DeepEqual(a, b) {
			t.Fatalf("tags differ after round trip: %v vs %v", a, b)
		}
	}
	return buf.Bytes(), m2
}

// TestTrainCommandFolder runs Train over a generated data folder laid out like
// the real one and checks the models, cards and MODELS.md it writes.
func TestTrainCommandFolder(t *testing.T) {
	data := t.TempDir()
	write := func(corpus, lang, split string, seed uint64, n int) {
		dir := filepath.Join(data, "ner", corpus, lang)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, s := range synthSentences(seed, n) {
			for i := range s.Tokens {
				fmt.Fprintf(&b, "%s\t%s\n", s.Tokens[i], s.Tags[i])
			}
			b.WriteString("\n")
		}
		if err := os.WriteFile(filepath.Join(dir, split+".tsv"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i, l := range Languages {
		write("wikiann", l, "train", uint64(10+i), 60)
		write("wikiann", l, "val", uint64(30+i), 30)
		if l == "en" || l == "de" {
			write("conll", l, "train", uint64(50+i), 60)
		}
	}
	gz := filepath.Join(data, "gazetteers", "wiktionary")
	if err := os.MkdirAll(gz, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(gz, "eng_given_names.txt"), []byte("Anna\nPeter\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	reports, err := Train(context.Background(), Config{Data: data, Langs: []string{"en", "fr"}, Out: out, Names: true, Gazetteer: true, Clusters: true, ClusterOptions: ClusterOptions{Dims: 8, Contexts: 50},
		Recipes: map[string][]Source{"en": {{Corpus: "conll", Lang: "en", Copies: 2}, {Corpus: "wikiann", Lang: "en", Copies: 1}}, "fr": {{Corpus: "wikiann", Lang: "fr", Sample: 40}, {Corpus: "conll", Lang: "de"}}}, Epochs: 3, Seed: 5, Bits: 16, Workers: 2, Command: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != 2 {
		t.Fatalf("%d reports", len(reports))
	}
	for _, r := range reports {
		f, err := os.Open(r.Path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ReadModel(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if m.Lang() != r.Lang || len(m.Card.Val) != 2 || m.Card.Val[0].Set != "wikiann/"+r.Lang {
			t.Errorf("%s: card %+v", r.Lang, m.Card)
		}
		if !reflect.DeepEqual(m.Card.Val, r.Model.Card.Val) {
			t.Errorf("%s: written card scores differ from the report", r.Lang)
		}
		if m.Card.Names == "" || m.lex.names == nil || m.lex.names.flags(hashString(fnvOffset, "anna")) != nameGiven {
			t.Errorf("%s: the model does not know the name lists", r.Lang)
		}
		// the shared clusters, looked up with the names
		cb, err := os.ReadFile(filepath.Join(out, ClustersFile))
		if err != nil {
			t.Fatal(err)
		}
		cl, err := readClusters(cb)
		if err != nil {
			t.Fatal(err)
		}
		if m.Card.Clusters != cl.sum || !m.lex.sharedClusters {
			t.Fatalf("%s: the model does not use the clusters file (card %q, file %q)", r.Lang, m.Card.Clusters, cl.sum)
		}
		for i, h := range cl.keys {
			if _, c := m.lex.names.lookup(h); c != cl.vals[i] {
				t.Fatalf("%s: word %d has cluster %b, the file says %b", r.Lang, i, c, cl.vals[i])
			}
		}
		// the shared gazetteer, with the model's own types
		gb, err := os.ReadFile(filepath.Join(out, GazetteerFile))
		if err != nil {
			t.Fatal(err)
		}
		g, err := readGazetteer(gb)
		if err != nil {
			t.Fatal(err)
		}
		if m.Card.Gazetteer != g.sum || m.lex.sharedGaz == nil || len(r.Model.lex.gazList) == 0 {
			t.Fatalf("%s: the model does not use the gazetteer file (card %q, file %q)", r.Lang, m.Card.Gazetteer, g.sum)
		}
		sameGazetteer(t, r.Lang, r.Model.lex.gazList, &m.lex)
		for _, w := range r.Model.lex.wordList {
			if w.Cluster != 0 {
				t.Fatalf("%s: %q has a cluster of the model's own beside the shared ones", r.Lang, w.Word)
			}
		}
	}
	md, err := os.ReadFile(filepath.Join(out, "MODELS.md"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, NamesFile)); err != nil {
		t.Error(err)
	}
	// the tables a process reads instead of building them: those the
	// trainer built from the files beside them
	lb, err := os.ReadFile(filepath.Join(out, LexiconFile))
	if err != nil {
		t.Fatal(err)
	}
	lex, err := readLexicon(lb)
	if err != nil {
		t.Fatal(err)
	}
	if built, err := sharedFor(lex.sum, lex.clusters); err != nil || built == lex || !reflect.DeepEqual(built.words, lex.words) {
		t.Errorf("%s: not the table of names %s and clusters %s (%v)", LexiconFile, lex.sum, lex.clusters, err)
	}
	kb, err := os.ReadFile(filepath.Join(out, GazKeysFile))
	if err != nil {
		t.Fatal(err)
	}
	keys, err := readGazKeys(kb)
	if err != nil {
		t.Fatal(err)
	}
	if built, err := gazetteerFor(keys.sum); err != nil || built == keys || !reflect.DeepEqual(built.all, keys.all) {
		t.Errorf("%s: not the keys of gazetteer %s (%v)", GazKeysFile, keys.sum, err)
	}
	for _, want := range []string{"## en", "## fr", "wikiann/fr", "CC BY-SA", "name lists", "word clusters", "gazetteer.zst"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("MODELS.md lacks %q", want)
		}
	}
}

func TestParseRecipe(t *testing.T) {
	r, err := ParseRecipe("conll/de:2+wikiann/de/10000+conll/en:1/500+uner/nb")
	if err != nil {
		t.Fatal(err)
	}
	want := []Source{{"conll", "de", 2, 0}, {"wikiann", "de", 1, 10000}, {"conll", "en", 1, 500}, {"uner", "nb", 1, 0}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("got %+v, want %+v", r, want)
	}
	if got := FormatRecipe(r); got != "conll/de:2+wikiann/de:1/10000+conll/en:1/500+uner/nb:1" {
		t.Errorf("FormatRecipe = %q", got)
	}
	for _, bad := range []string{"", "conll", "conll/de:0", "conll/de:x", "conll/de/0", "conll/:2", "a/b/c/d"} {
		if _, err := ParseRecipe(bad); err == nil {
			t.Errorf("ParseRecipe(%q) gave no error", bad)
		}
	}
	for lang, r := range DefaultRecipes {
		if lang != MultiLang && !slices.Contains(Languages, lang) {
			t.Errorf("recipe for %q, not a model language", lang)
		}
		if len(r) == 0 {
			t.Errorf("%s: empty recipe", lang)
		}
	}
	for _, l := range Languages {
		if DefaultRecipes[l] == nil {
			t.Errorf("%s: no recipe", l)
		}
	}
}

func TestPickOrgBias(t *testing.T) {
	// sc is one bias's scores: precision and F1 per set
	sc := func(pf ...float64) []Score {
		var out []Score
		for i := 0; i < len(pf); i += 2 {
			out = append(out, Score{P: pf[i], F1: pf[i+1]})
		}
		return out
	}
	tests := []struct {
		name   string
		scores [][]Score
		want   int
	}{
		{"a gain within 0.005 buys no bias", [][]Score{sc(.80, .780), sc(.83, .782), sc(.85, .775)}, 0},
		{"a larger gain does", [][]Score{sc(.80, .770), sc(.83, .782), sc(.85, .790)}, 2},
		{"within 0.005 of the best, the smallest bias", [][]Score{sc(.80, .770), sc(.83, .787), sc(.85, .790)}, 1},
		{"no bias is best", [][]Score{sc(.80, .790), sc(.85, .785)}, 0},
		{"mean over sets", [][]Score{sc(.80, .70, .80, .80), sc(.85, .74, .82, .795)}, 1},
		{"a set may lose at most 0.005", [][]Score{sc(.80, .70, .80, .80), sc(.85, .76, .82, .794)}, 0},
	}
	for _, tt := range tests {
		if got := pickOrgBias(tt.scores); got != tt.want {
			t.Errorf("%s: pickOrgBias = %d, want %d", tt.name, got, tt.want)
		}
	}
}
