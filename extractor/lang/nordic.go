package lang

import (
	"math"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// nordic are the languages that trigrams and function words tell apart
// worst: Danish, Norwegian (Bokmål and Nynorsk) and Swedish. A text found to
// be in one of them is settled by lingua's high-accuracy mode (n-grams up
// to five letters) over just these, whose tables load on first need.
var nordic = []lingua.Language{lingua.Danish, lingua.Bokmal, lingua.Nynorsk, lingua.Swedish}

var (
	nordicOnce   sync.Once
	nordicDet    lingua.LanguageDetector
	nordicScorer *nordicScore
)

// loadNordic builds the Nordic detector and its scorer, once per process.
func loadNordic() {
	nordicOnce.Do(func() {
		nordicDet = lingua.NewLanguageDetectorBuilder().FromLanguages(nordic...).Build()
		nordicScorer = newNordicScore(nordicDet)
	})
}

// settleNordic returns lang and conf, or, when lang is Danish, Norwegian or
// Swedish and at least two of those are candidates, the one of them that
// lingua's high-accuracy mode finds most likely in text.
func (d *Detector) settleNordic(text, lang string, conf float64) (string, float64) {
	if lang != "da" && lang != "nb" && lang != "sv" {
		return lang, conf
	}
	n := 0
	for _, l := range []string{"da", "nb", "sv"} {
		if d.supported[l] {
			n++
		}
	}
	if n < 2 {
		return lang, conf
	}
	loadNordic()
	look := sample(text, d.cfg.SampleRunes)
	l, c, ok := nordicScorer.top(look)
	if !ok {
		l, c = top(nordicDet, look)
	}
	if l == "nn" {
		l = "nb"
	}
	if l == Und || !d.supported[l] {
		return lang, conf
	}
	return l, min(conf, c)
}

// nordicScore scores a text over the nordic languages as lingua's
// high-accuracy mode does, with lingua's own tables, in one goroutine and in
// float64: lingua starts five goroutines per call, runs regexps per letter
// and computes its softmax in exact decimals, which cost ~1 ms on a
// paragraph. Same as lingua (v1.4.0), for text whose words are all in Latin
// letters (other text goes to lingua):
//
//   - the text is lowercased and split into letter runs;
//   - the candidates are narrowed to those named by the letters ø æ å ä ö
//     in at least half of the words (one left: it is the answer, sure);
//   - under 120 letters, n-grams of one to five letters count, else
//     trigrams only; per length, every distinct n-gram counts once, with the
//     log-probability of the longest of its prefixes the language's tables
//     know; a language that knows none of them has no sum for that length;
//   - under 120 letters, a language's total is divided by the number of
//     distinct letters its table knows;
//   - confidences are the softmax of the totals (here in log space, which
//     lingua's decimals reach as well).
//
// lingua adds up the n-grams in map order, so its own sums vary in the last
// bits from call to call; this scorer's answers are the same language, and
// confidences within 1e-9 (TestNordicMatchesLingua).
type nordicScore struct {
	langs []lingua.Language
	codes []string
	// tabs[k][n] is lingua's table of n-grams (n = 1..5) of langs[k].
	tabs [][6]map[string]float64
}

// nordicRules are lingua's letters that name some of the nordic languages
// (its charsToLanguagesMapping, restricted to them).
var nordicRules = []struct {
	chars string
	langs []lingua.Language
}{
	{"Øø", []lingua.Language{lingua.Bokmal, lingua.Danish, lingua.Nynorsk}},
	{"Ææ", []lingua.Language{lingua.Bokmal, lingua.Danish, lingua.Nynorsk}},
	{"Åå", []lingua.Language{lingua.Bokmal, lingua.Danish, lingua.Nynorsk, lingua.Swedish}},
	{"Ää", []lingua.Language{lingua.Swedish}},
	{"Öö", []lingua.Language{lingua.Swedish}},
}

// newNordicScore has lingua load every table of det's languages (each once,
// one n-gram length at a time) and returns a scorer over them, or nil when
// det is not lingua's detector as this package knows it.
func newNordicScore(det lingua.LanguageDetector) *nordicScore {
	v := reflect.ValueOf(det)
	if v.Kind() != reflect.Struct {
		return nil
	}
	names := [6]string{1: "unigramLanguageModels", 2: "bigramLanguageModels", 3: "trigramLanguageModels", 4: "quadrigramLanguageModels", 5: "fivegramLanguageModels"}
	var maps [6]*sync.Map
	for n := 1; n <= 5; n++ {
		f := v.FieldByName(names[n])
		if !f.IsValid() || f.Type() != reflect.TypeFor[*sync.Map]() || f.IsNil() {
			return nil
		}
		maps[n] = (*sync.Map)(f.UnsafePointer())
	}
	// A word of a letter no table knows has lingua look it up in every
	// table of every language, down to the letters: the tables of one
	// length load at a time, so that no two of lingua's goroutines load the
	// same table; two languages at a time on each core (lingua loads a
	// detector's languages one after the other).
	pairs := [][]lingua.Language{nordic}
	if runtime.GOMAXPROCS(0) > 1 {
		pairs = [][]lingua.Language{nordic[:2], nordic[2:]}
	}
	var wg sync.WaitGroup
	for _, ls := range pairs {
		wg.Go(func() {
			pd := lingua.NewLanguageDetectorBuilder().FromLanguages(ls...).Build()
			for n := 1; n <= 5; n++ {
				pd.ComputeLanguageConfidenceValues(strings.Repeat("ɋ", n))
			}
		})
	}
	wg.Wait()
	s := &nordicScore{}
	for _, l := range nordic {
		var tabs [6]map[string]float64
		for n := 1; n <= 5; n++ {
			m, ok := maps[n].Load(l)
			if !ok {
				return nil
			}
			if tabs[n], ok = m.(map[string]float64); !ok {
				return nil
			}
		}
		s.langs = append(s.langs, l)
		s.codes = append(s.codes, toCode(l))
		s.tabs = append(s.tabs, tabs)
	}
	return s
}

// top returns the most likely language of text and its confidence, as top
// (lingua's) does with the nordic detector; ok is false when the scorer
// cannot answer like lingua would.
func (s *nordicScore) top(text string) (code string, conf float64, ok bool) {
	if s == nil {
		return "", 0, false
	}
	words := quickWords(text, make([]string, 0, 64))
	if len(words) == 0 {
		return Und, 0, true
	}
	letters := 0
	for _, w := range words {
		if wordAlphabet(w) != latinAlphabet {
			return "", 0, false
		}
		letters += utf8.RuneCountInString(w)
	}
	cand := s.filter(words)
	if len(cand) == 1 {
		return s.codes[cand[0]], 1, true
	}
	lengths := []int{1, 2, 3, 4, 5}
	if letters >= 120 {
		lengths = []int{3}
	}
	var total [8]float64 // per language: the sum over lengths (len(nordic) <= 8)
	var counts [8]int    // distinct letters known, under 120 letters
	var ngrams []string
	for _, n := range lengths {
		ngrams = distinctNgrams(words, n, ngrams[:0])
		var has [8]bool
		anyHas := false
		for _, k := range cand {
			sum := 0.0
			for _, g := range ngrams {
				if p := s.prob(k, g, n); p > 0 {
					sum += math.Log(p)
				}
			}
			if sum < 0 {
				total[k] += sum
				has[k], anyHas = true, true
			}
		}
		if n == 1 {
			for _, k := range cand {
				if anyHas && !has[k] {
					continue
				}
				for _, g := range ngrams {
					if s.tabs[k][1][g] > 0 {
						counts[k]++
					}
				}
			}
		}
	}
	best := -1
	for _, k := range cand {
		if counts[k] > 0 {
			total[k] /= float64(counts[k])
		}
		if total[k] != 0 && (best < 0 || total[k] > total[best] || (total[k] == total[best] && s.langs[k] < s.langs[best])) {
			best = k
		}
	}
	if best < 0 {
		return Und, 0, true
	}
	denom := 0.0
	for _, k := range cand {
		if total[k] != 0 {
			denom += math.Exp(total[k] - total[best])
		}
	}
	return s.codes[best], 1 / denom, true
}

// filter returns the indexes of the candidates lingua keeps for words (see
// nordicScore).
func (s *nordicScore) filter(words []string) []int {
	var counts [8]int
	for _, r := range nordicRules {
		for _, w := range words {
			for _, c := range r.chars {
				if strings.ContainsRune(w, c) {
					for _, l := range r.langs {
						for k := range s.langs {
							if s.langs[k] == l {
								counts[k]++
							}
						}
					}
				}
			}
		}
	}
	var out []int
	half := float64(len(words)) * 0.5
	for k := range s.langs {
		if float64(counts[k]) >= half {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		for k := range s.langs {
			out = append(out, k)
		}
	}
	return out
}

// prob returns the probability of the longest prefix of n-gram g (of n
// letters) that language k's tables know, 0 when none.
func (s *nordicScore) prob(k int, g string, n int) float64 {
	for ; n > 0; n-- {
		if p := s.tabs[k][n][g]; p > 0 {
			return p
		}
		if n > 1 {
			_, size := utf8.DecodeLastRuneInString(g)
			g = g[:len(g)-size]
		}
	}
	return 0
}

// distinctNgrams appends to out the distinct n-grams (n letters) of words.
func distinctNgrams(words []string, n int, out []string) []string {
	seen := make(map[string]struct{}, 4*len(words))
	idx := make([]int, 0, 32)
	for _, w := range words {
		idx = idx[:0]
		for i := range w {
			idx = append(idx, i)
		}
		idx = append(idx, len(w))
		for i := 0; i+n < len(idx); i++ {
			g := w[idx[i]:idx[i+n]]
			if _, dup := seen[g]; !dup {
				seen[g] = struct{}{}
				out = append(out, g)
			}
		}
	}
	return out
}
