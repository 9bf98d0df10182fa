package ner

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"sync"
	"testing"

	"entities/extractor/text"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenSpan is a Span with its text, for readable golden files.
type goldenSpan struct {
	Type       string  `json:"type"`
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

type goldenDoc struct {
	Text  string       `json:"text"`
	Spans []goldenSpan `json:"spans"`
}

func findGolden(t *testing.T, s, lang string) goldenDoc {
	t.Helper()
	toks := text.Tokenize(s)
	spans := Find(s, toks, lang)
	runes := []rune(s)
	doc := goldenDoc{Text: s, Spans: []goldenSpan{}}
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
			t.Fatalf("%s: span %+v out of range of %d runes", lang, sp, len(runes))
		}
		if sp.Type != "PERSON" && sp.Type != "ORGANIZATION" {
			t.Fatalf("%s: span type %q", lang, sp.Type)
		}
		if sp.Confidence <= 0 || sp.Confidence >= 1 {
			t.Fatalf("%s: confidence %v outside (0, 1)", lang, sp.Confidence)
		}
		doc.Spans = append(doc.Spans, goldenSpan{sp.Type, string(runes[sp.Start:sp.End]), sp.Start, sp.End, sp.Confidence})
	}
	return doc
}

// TestFindGolden runs Find over the package's own sample sentences in every
// language and compares with testdata/find.golden.json (-update rewrites it).
func TestFindGolden(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "samples.json"))
	if err != nil {
		t.Fatal(err)
	}
	var samples map[string][]string
	if err := json.Unmarshal(b, &samples); err != nil {
		t.Fatal(err)
	}
	langs := make([]string, 0, len(samples))
	for l := range samples {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	got := map[string][]goldenDoc{}
	for _, l := range langs {
		for _, s := range samples[l] {
			got[l] = append(got[l], findGolden(t, s, l))
		}
	}
	path := filepath.Join("testdata", "find.golden.json")
	if *update {
		out, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err = os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	var want map[string][]goldenDoc
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for _, l := range langs {
		if !reflect.DeepEqual(got[l], want[l]) {
			g, _ := json.MarshalIndent(got[l], "", "  ")
			w, _ := json.MarshalIndent(want[l], "", "  ")
			t.Errorf("%s: got\n%s\nwant\n%s", l, g, w)
		}
	}
}

func TestLoadFallsBackToMultilingual(t *testing.T) {
	xx, err := Load(MultiLang)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"und", "tr", "", "zz"} {
		m, err := Load(lang)
		if err != nil {
			t.Fatalf("Load(%q): %v", lang, err)
		}
		if m != xx {
			t.Errorf("Load(%q) = model %q, want the multilingual model", lang, m.Lang())
		}
	}
	for _, lang := range Languages {
		m, err := Load(lang)
		if err != nil {
			t.Fatalf("Load(%q): %v", lang, err)
		}
		if m.Lang() != lang {
			t.Errorf("Load(%q) = model %q", lang, m.Lang())
		}
		if again, _ := Load(lang); again != m {
			t.Errorf("Load(%q) decoded the model twice", lang)
		}
	}
	no, _ := Load("no")
	for _, lang := range []string{"nb", "nn"} {
		if m, _ := Load(lang); m != no {
			t.Errorf("Load(%q) is not the Norwegian model", lang)
		}
	}
}

func TestTagTokens(t *testing.T) {
	tests := []struct {
		lang   string
		tokens []string
	}{
		{"en", []string{"Jonathan", "Pereira", "joined", "Acme", "Holdings", "Ltd", "in", "March", "."}},
		{"de", []string{"Die", "Firma", "Brenner", "GmbH", "gehört", "Ulrike", "Saalfeld", "."}},
		{"und", []string{"Kofi", "Mensah", "/", "Ghana", "Airways"}},
		{"en", []string{}},
		{"en", []string{"."}},
	}
	valid := map[string]bool{"O": true, "B-PER": true, "I-PER": true, "B-ORG": true, "I-ORG": true}
	for _, tc := range tests {
		tags := TagTokens(tc.lang, tc.tokens)
		if len(tags) != len(tc.tokens) {
			t.Fatalf("%s %v: %d tags for %d tokens", tc.lang, tc.tokens, len(tags), len(tc.tokens))
		}
		for i, tag := range tags {
			if !valid[tag] {
				t.Errorf("%s: tag %q", tc.lang, tag)
			}
			if tag[0] == 'I' && (i == 0 || tags[i-1][1:] != tag[1:]) {
				t.Errorf("%s: %v: I- tag does not continue a span", tc.lang, tags)
			}
		}
	}
}

// TestTagIgnoresFormatCharacters checks that invisible formatting inside or
// at the edges of tokens (soft hyphen, joiners, direction marks) does not
// change the tags: the same sentence with and without them is tagged alike.
func TestTagIgnoresFormatCharacters(t *testing.T) {
	clean := []string{"Gestern", "traf", "Ulrike", "Saalfeld", "den", "Chef", "der", "Brenner", "Werke", ",", "Jonas", "Pfeiffer", "."}
	want := TagTokens("de", clean)
	if !slices.Contains(want, "B-PER") {
		t.Fatalf("clean sentence: no person in %v", want)
	}
	for _, mark := range []string{"\u00ad", "\u200b", "\u200d", "\u200e", "\u2066", "\ufeff"} {
		marked := slices.Clone(clean)
		marked[2] = mark + marked[2]                     // at the start
		marked[3] = marked[3][:4] + mark + marked[3][4:] // inside
		marked[11] += mark                               // at the end
		if got := TagTokens("de", marked); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", mark, got, want)
		}
	}
}

// TestFindConcurrent runs Find from many goroutines over several languages at
// once (run with -race) and checks every goroutine gets the serial answer.
func TestFindConcurrent(t *testing.T) {
	docs := map[string]string{
		"en": "Priya Natarajan met executives of Corvane Industries in Boston.",
		"es": "La empresa Hidrocantábrica nombró a Julia Ortega como directora.",
		"ru": "Компания Ростех назначила Олега Белова директором.",
		"it": "Giulia Romano lavora per Enel.",
	}
	want := map[string][]Span{}
	for l, s := range docs {
		want[l] = Find(s, text.Tokenize(s), l)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				for l, s := range docs {
					if got := Find(s, text.Tokenize(s), l); !reflect.DeepEqual(got, want[l]) {
						errs <- l
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for l := range errs {
		t.Errorf("%s: concurrent Find differs from serial Find", l)
	}
}

func TestFindLongInputIsSplit(t *testing.T) {
	// one "sentence" far longer than the decoding window, with no sentence punctuation
	s := ""
	for i := 0; i < 200; i++ {
		s += "Lena Marsh and Orbis Group "
	}
	toks := text.Tokenize(s)
	spans := Find(s, toks, "en")
	prevEnd := -1
	for _, sp := range spans {
		if sp.Start < prevEnd {
			t.Fatalf("overlapping or unordered spans: %+v", sp)
		}
		prevEnd = sp.End
	}
	if len(spans) == 0 {
		t.Fatal("no spans in a long input")
	}
}

func TestFindEmpty(t *testing.T) {
	if got := Find("", nil, "en"); got != nil {
		t.Errorf("Find of nothing = %v", got)
	}
}

// FuzzFind checks Find's invariants on arbitrary text: spans inside the text,
// ordered, not overlapping, of the two output types, with confidences in (0, 1).
func FuzzFind(f *testing.F) {
	f.Add("Maria Kovalenko joined Northwind Logistics.", "en")
	f.Add("Компания Ростех назначила Олега Белова.", "ru")
	f.Add("\x00\u200b  A. B. C.\n\nDr. Ödön von Horváth", "de")
	f.Add("Die SPD-Fraktion und der Wirecard-Chef trafen Olaf Scholz. Die CDU-Spitze schwieg.", "de")
	f.Fuzz(func(t *testing.T, s, lang string) {
		n := len([]rune(s))
		prevEnd := 0
		for _, sp := range Find(s, text.Tokenize(s), lang) {
			if sp.Start < prevEnd || sp.End <= sp.Start || sp.End > n {
				t.Fatalf("span %+v (previous end %d, %d runes)", sp, prevEnd, n)
			}
			if sp.Type != "PERSON" && sp.Type != "ORGANIZATION" {
				t.Fatalf("type %q", sp.Type)
			}
			if !(sp.Confidence > 0 && sp.Confidence < 1) {
				t.Fatalf("confidence %v", sp.Confidence)
			}
			prevEnd = sp.End
		}
	})
}
