package resolve

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// variantPair is one line of testdata/variants.jsonl: two spellings of a name,
// each with the language of the text it was written in, and whether they name
// the same entity.
type variantPair struct {
	A     string `json:"a"`
	LangA string `json:"lang_a"`
	B     string `json:"b"`
	LangB string `json:"lang_b"`
	Type  string `json:"type"`
	Match bool   `json:"match"`
}

func loadVariants(t *testing.T, path string) []variantPair {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open variant set: %v", err)
	}
	defer f.Close()
	var ps []variantPair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var p variantPair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s line %d: %v", path, n, err)
		}
		if p.A == "" || p.B == "" || (p.Type != "PERSON" && p.Type != "ORGANIZATION") {
			t.Fatalf("%s line %d: incomplete pair %+v", path, n, p)
		}
		ps = append(ps, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read variant set: %v", err)
	}
	return ps
}

func keyOf(name, lang, typ string) string {
	if typ == "PERSON" {
		return Person(name, lang).Key
	}
	return Organization(name, lang).Key
}

type prCount struct{ tp, fp, fn, tn int }

func (c prCount) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prCount) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (c prCount) String() string {
	return fmt.Sprintf("precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn)
}

// TestVariants measures how well key equality separates spellings of one name
// from different names over the hand-written variant set: a pair is predicted
// to match when both names get the same key. It fails below precision 0.98 or
// recall 0.90 overall. Misses are logged with -v.
func TestVariants(t *testing.T) {
	ps := loadVariants(t, "testdata/variants.jsonl")
	if len(ps) < 300 {
		t.Fatalf("variant set has %d pairs, want at least 300", len(ps))
	}
	byType := map[string]*prCount{"PERSON": {}, "ORGANIZATION": {}}
	var all prCount
	for _, p := range ps {
		ka, kb := keyOf(p.A, p.LangA, p.Type), keyOf(p.B, p.LangB, p.Type)
		same := ka == kb
		c := byType[p.Type]
		switch {
		case same && p.Match:
			c.tp++
			all.tp++
		case same && !p.Match:
			c.fp++
			all.fp++
			t.Logf("false match: %q (%s) = %q (%s): %s", p.A, p.LangA, p.B, p.LangB, ka)
		case !same && p.Match:
			c.fn++
			all.fn++
			t.Logf("missed: %q (%s) %s != %q (%s) %s", p.A, p.LangA, ka, p.B, p.LangB, kb)
		default:
			c.tn++
			all.tn++
		}
	}
	t.Logf("PERSON:       %v", *byType["PERSON"])
	t.Logf("ORGANIZATION: %v", *byType["ORGANIZATION"])
	summary := fmt.Sprintf("variants: %d pairs, %v", len(ps), all)
	t.Log(summary)
	fmt.Println(summary)
	if all.precision() < 0.98 || all.recall() < 0.90 {
		t.Errorf("key equality below the bar (precision >= 0.98, recall >= 0.90): %v", all)
	}
}

// TestCaseForms measures key equality on testdata/cases.jsonl: person names
// in an oblique grammatical case (Дениса Квасова, Анной Лебедевой, Тараса
// Мельника, Jana Kowalskiego) against their nominative or a Latin spelling,
// and hard negatives (Валентина Соколова is not Валентин Соколов). The set
// was written before the rules. It fails below precision 1 or below recall
// 0.9 in Russian and Ukrainian; Polish and Czech are reported only. -v logs
// the misses.
func TestCaseForms(t *testing.T) {
	ps := loadVariants(t, "testdata/cases.jsonl")
	byLang := map[string]*prCount{}
	var langs []string
	for _, p := range ps {
		c := byLang[p.LangA]
		if c == nil {
			c = &prCount{}
			byLang[p.LangA] = c
			langs = append(langs, p.LangA)
		}
		ka, kb := keyOf(p.A, p.LangA, p.Type), keyOf(p.B, p.LangB, p.Type)
		switch same := ka == kb; {
		case same && p.Match:
			c.tp++
		case same && !p.Match:
			c.fp++
			t.Logf("false match: %q (%s) = %q (%s): %s", p.A, p.LangA, p.B, p.LangB, ka)
		case !same && p.Match:
			c.fn++
			t.Logf("missed: %q (%s) %s != %q (%s) %s", p.A, p.LangA, ka, p.B, p.LangB, kb)
		default:
			c.tn++
		}
	}
	for _, l := range langs {
		c := byLang[l]
		summary := fmt.Sprintf("case forms %s: %v", l, *c)
		t.Log(summary)
		fmt.Println(summary)
		if (l == "ru" || l == "uk") && (c.precision() < 1 || c.recall() < 0.9) {
			t.Errorf("%s: below the bar (precision 1, recall >= 0.9): %v", l, *c)
		}
	}
}
