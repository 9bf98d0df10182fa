package lang

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"testing"
)

// TestWordListsFile: the embedded words.zst is what `entities train` builds
// from the data folder (skipped without it), byte for byte, and it reads.
func TestWordListsFile(t *testing.T) {
	w, err := readWordLists(wordsFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.langs) < 14 || len(w.mask) < 100000 {
		t.Errorf("word lists: %d languages, %d words", len(w.langs), len(w.mask))
	}
	if _, err := os.Stat(dataDir); errors.Is(err, fs.ErrNotExist) {
		t.Skip("no data folder")
	}
	b, _, err := BuildWordLists(dataDir, WordListSize)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, wordsFile) {
		t.Errorf("words.zst differs from a build from %s: run `go run ./cmd/entities train --langs none` from the repository root", dataDir)
	}
}

// TestWordListsDecide: the lists tell apart short texts whose letter
// trigrams mislead; capitalized words and abbreviations without a vowel
// count for none.
func TestWordListsDecide(t *testing.T) {
	d := detector(t)
	for _, c := range []struct{ text, want string }{
		{"Airbus to invest $2 bln in new plant", "en"},
		{"Renault, Nissan finalize alliance overhaul", "en"},
		{"Siemens senkt Prognose für das Gesamtjahr", "de"},
		{"Telefónica recorta su plantilla en Alemania", "es"},
		// Turkish, which has no list, took the English words' full bonus
		{"Vestas Q3 net profit up 9 pct at $2 bln", "en"},
		// letters that one candidate alone writes
		{"Fenerbahçe rekor kırdı", "tr"},
		// Romanian's function words (words.go)
		{"Premierul a demisionat după vot", "ro"},
	} {
		if got := d.Detect(c.text, "").Lang; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
	if !abbreviation("bln") || !abbreviation("pct") || abbreviation("w") || abbreviation("prst1") || abbreviation("and") {
		t.Error("abbreviation: bln and pct are, w and and are not")
	}
}
