package lang

import (
	"math"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// quick scores a short look the way lingua's low-accuracy mode does, with
// lingua's own trigram tables, but in float64 and without its per-call
// overhead: lingua (v1.4.0) computes its softmax in exact decimals, runs a
// regexp per character and word against every alphabet, and starts a
// goroutine per call, which together cost ~0.1 ms per call whatever the text.
//
// Same as lingua: the text is lowercased and split into letter runs; every
// distinct trigram of every word counts once, with the log-probability of
// the longest of its prefixes (trigram, bigram, letter) that a language's
// tables know; a language none of whose n-grams is known drops out;
// confidences are the softmax of the sums. Candidates are restricted to the
// alphabet most words are written in, as lingua's alphabet filter does.
// Unlike lingua, quick has no rules for letters unique to a few languages:
// it answers only for text in Latin or Cyrillic letters. top's answers are
// used only to settle a language it is sure of (see Detector.sure and
// Detector.agrees); weigh (score.go) decides a paragraph's language; anything
// else goes to lingua. Where lingua's rules
// decide, the two can differ: on 0.04% of quick's sure answers on val looks,
// mostly title-like lines mixing languages that lingua's rules call
// Vietnamese or Hungarian (TestQuickMatchesLingua -val).
//
// The tables are lingua's, read from the detector through reflection: they
// are loaded by lingua itself (on first use or at preload) and shared with
// it, so quick adds no memory and no model. When a table is not loaded yet,
// or the detector does not look as expected (another lingua version), quick
// declines and lingua answers.
type quick struct {
	langs []lingua.Language
	codes []string
	abc   []alphabet // each candidate's alphabet
	uni   *sync.Map  // lingua.Language -> map[string]float64, lingua's own tables
	bi    *sync.Map
	tri   *sync.Map
}

type alphabet uint8

const (
	otherAlphabet alphabet = iota
	latinAlphabet
	cyrillicAlphabet
)

// alphabetOf returns the alphabet of a language's letters, as far as quick
// handles them.
func alphabetOf(code string) alphabet {
	switch code {
	case "ru", "uk", "bg", "be", "mk", "sr", "kk", "mn":
		return cyrillicAlphabet
	case "ar", "fa", "ur", "he", "el", "zh", "ja", "ko", "hi", "mr", "bn", "gu", "pa", "ta", "te", "th", "ka", "hy":
		return otherAlphabet
	}
	return latinAlphabet
}

// newQuick returns a quick scorer over det's candidates, or nil when det is
// not lingua's detector as this package knows it.
func newQuick(det lingua.LanguageDetector, codes []string) *quick {
	v := reflect.ValueOf(det)
	if v.Kind() != reflect.Struct {
		return nil
	}
	table := func(name string) *sync.Map {
		f := v.FieldByName(name)
		if !f.IsValid() || f.Type() != reflect.TypeFor[*sync.Map]() || f.IsNil() {
			return nil
		}
		return (*sync.Map)(f.UnsafePointer())
	}
	q := &quick{uni: table("unigramLanguageModels"), bi: table("bigramLanguageModels"), tri: table("trigramLanguageModels")}
	if q.uni == nil || q.bi == nil || q.tri == nil {
		return nil
	}
	for _, c := range codes {
		q.langs = append(q.langs, fromCode(c))
		q.codes = append(q.codes, c)
		q.abc = append(q.abc, alphabetOf(c))
	}
	return q
}

// quickWords splits lowercased text into words as lingua does: runs of letters,
// a CJK character alone.
func quickWords(text string, out []string) []string {
	text = strings.ToLower(text)
	start := -1
	for i, r := range text {
		if start >= 0 {
			if unicode.IsLetter(r) {
				continue
			}
			out = append(out, text[start:i])
			start = -1
		}
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
			out = append(out, text[i:i+utf8.RuneLen(r)])
			continue
		}
		start = i
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// wordAlphabet returns the alphabet all of w's letters belong to.
func wordAlphabet(w string) alphabet {
	a := otherAlphabet
	for i, r := range w {
		var b alphabet
		switch {
		case unicode.Is(unicode.Latin, r):
			b = latinAlphabet
		case unicode.Is(unicode.Cyrillic, r):
			b = cyrillicAlphabet
		default:
			return otherAlphabet
		}
		if i == 0 {
			a = b
		} else if a != b {
			return otherAlphabet
		}
	}
	return a
}

// top returns the most likely candidate and its confidence; ok is false
// when quick cannot answer like lingua would.
func (q *quick) top(text string) (code string, conf float64, ok bool) {
	words := quickWords(text, make([]string, 0, 16))
	if len(words) == 0 {
		return "", 0, false
	}
	var counts [3]int
	for _, w := range words {
		counts[wordAlphabet(w)]++
	}
	abc, ok := mainAlphabet(counts)
	if !ok {
		return "", 0, false
	}
	// the distinct trigrams, each with its prefixes
	seen := make(map[string]struct{}, len(text))
	var grams []string
	for _, w := range words {
		var idx [64]int
		n := 0
		for i := range w {
			if n == len(idx) {
				break
			}
			idx[n] = i
			n++
		}
		if n < 3 {
			continue
		}
		for i := 0; i+3 <= n; i++ {
			end := len(w)
			if i+3 < n {
				end = idx[i+3]
			}
			g := w[idx[i]:end]
			if _, dup := seen[g]; dup {
				continue
			}
			seen[g] = struct{}{}
			grams = append(grams, g)
		}
		if n == len(idx) {
			return "", 0, false // a word longer than lingua's usual input: let lingua judge
		}
	}
	if len(grams) == 0 {
		return "", 0, false
	}
	best, bestSum := -1, 0.0
	sums := make([]float64, len(q.langs))
	for k, l := range q.langs {
		if q.abc[k] != abc {
			continue
		}
		tri, bi, uni := q.table(q.tri, l), q.table(q.bi, l), q.table(q.uni, l)
		if tri == nil || bi == nil || uni == nil {
			return "", 0, false
		}
		sum := 0.0
		for _, g := range grams {
			if p, hit := tri[g]; hit && p > 0 {
				sum += math.Log(p)
				continue
			}
			_, n1 := utf8.DecodeRuneInString(g)
			_, n2 := utf8.DecodeRuneInString(g[n1:])
			if p, hit := bi[g[:n1+n2]]; hit && p > 0 {
				sum += math.Log(p)
				continue
			}
			if p, hit := uni[g[:n1]]; hit && p > 0 {
				sum += math.Log(p)
			}
		}
		sums[k] = sum
		if sum < 0 && (best < 0 || sum > bestSum) {
			best, bestSum = k, sum
		}
	}
	if best < 0 {
		return "", 0, false
	}
	denom := 0.0
	for k, s := range sums {
		if q.abc[k] == abc && s < 0 {
			denom += math.Exp(s - bestSum)
		}
	}
	return q.codes[best], 1 / denom, true
}

// table returns lingua's loaded table of language l, or nil.
func (q *quick) table(m *sync.Map, l lingua.Language) map[string]float64 {
	v, ok := m.Load(l)
	if !ok {
		return nil
	}
	t, _ := v.(map[string]float64)
	return t
}
