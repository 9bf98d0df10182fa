package lang

import (
	"math"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
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
	// logs, once set, holds the same tables as log-probabilities in one
	// map (see logTable), with the candidates' columns in it. Scores are
	// the same with or without it, to the bit.
	logs atomic.Pointer[logView]
	// ensure, if set, has lingua's tables of the candidates of an
	// alphabet loaded before quick reads them (Detector.primeAlphabet)
	ensure func(alphabet)
}

// logView is a log table and the columns of a quick scorer's candidates in it.
type logView struct {
	t    *logTable
	cols []int
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
	gs, ok := gramsOf(words, nil)
	if !ok || len(gs.grams) == 0 {
		return "", 0, false
	}
	sums, known, ok := q.sums(gs, abc, 0)
	if !ok {
		return "", 0, false
	}
	confs, best := softmax(sums, known)
	if best < 0 {
		return "", 0, false
	}
	return q.codes[best], confs[best], true
}

// grams are the distinct trigrams of some words (lingua counts each once),
// each with a weight.
type grams struct {
	grams  []string
	weight []float64
}

// gramsOf returns the distinct trigrams of words, each with the largest
// weight of a word it occurs in (weights nil: all 1). ok is false for a
// word longer than lingua's usual input: lingua judges those.
func gramsOf(words []string, weights []float64) (gs grams, ok bool) {
	at := make(map[string]int, 4*len(words))
	for j, w := range words {
		weight := 1.0
		if weights != nil {
			weight = weights[j]
		}
		var idx [64]int
		n := 0
		for i := range w {
			if n == len(idx) {
				return grams{}, false
			}
			idx[n] = i
			n++
		}
		for i := 0; i+3 <= n; i++ {
			end := len(w)
			if i+3 < n {
				end = idx[i+3]
			}
			g := w[idx[i]:end]
			if k, dup := at[g]; dup {
				gs.weight[k] = max(gs.weight[k], weight)
				continue
			}
			at[g] = len(gs.grams)
			gs.grams = append(gs.grams, g)
			gs.weight = append(gs.weight, weight)
		}
	}
	return gs, true
}

// sums returns, per candidate of alphabet abc, the sum over gs of weight
// times the log-probability of the longest prefix of the trigram (trigram,
// bigram, letter) that the language's tables know, or miss when they know
// none; known tells which candidates know at least one. ok is false when a
// table is not loaded.
func (q *quick) sums(gs grams, abc alphabet, miss float64) (sums []float64, known []bool, ok bool) {
	sums = make([]float64, len(q.langs))
	known = make([]bool, len(q.langs))
	if view := q.logs.Load(); view != nil {
		t := view.t
		for i, g := range gs.grams {
			w := gs.weight[i]
			row := t.row(g)
			if row == nil { // no language knows the trigram: its bigram, else its letter
				_, n1 := utf8.DecodeRuneInString(g)
				_, n2 := utf8.DecodeRuneInString(g[n1:])
				if row = t.row(g[:n1+n2]); row == nil {
					if row = t.row(g[:n1]); row == nil {
						row = t.none
					}
				}
			}
			for k := range q.langs {
				if q.abc[k] != abc {
					continue
				}
				if v := row[view.cols[k]]; v <= 0 {
					sums[k] += w * float64(v)
					known[k] = true
				} else {
					sums[k] += w * miss
				}
			}
		}
		return sums, known, true
	}
	if q.ensure != nil {
		q.ensure(abc)
	}
	for k, l := range q.langs {
		if q.abc[k] != abc {
			continue
		}
		tri, bi, uni := q.table(q.tri, l), q.table(q.bi, l), q.table(q.uni, l)
		if tri == nil || bi == nil || uni == nil {
			return nil, nil, false
		}
		for i, g := range gs.grams {
			w := gs.weight[i]
			if p, hit := tri[g]; hit && p > 0 {
				sums[k] += w * logProb(p)
				known[k] = true
				continue
			}
			_, n1 := utf8.DecodeRuneInString(g)
			_, n2 := utf8.DecodeRuneInString(g[n1:])
			if p, hit := bi[g[:n1+n2]]; hit && p > 0 {
				sums[k] += w * logProb(p)
				known[k] = true
				continue
			}
			if p, hit := uni[g[:n1]]; hit && p > 0 {
				sums[k] += w * logProb(p)
				known[k] = true
				continue
			}
			sums[k] += w * miss
		}
	}
	return sums, known, true
}

// logProb is the log of probability p as the log table holds it (in
// float32), so that quick scores the same with the table as without it.
func logProb(p float64) float64 { return float64(float32(math.Log(p))) }

// softmax returns the confidences of the known candidates (0 for the
// others) and the index of the best, -1 when none is known.
func softmax(sums []float64, known []bool) (confs []float64, best int) {
	best = -1
	for k, s := range sums {
		if known[k] && (best < 0 || s > sums[best]) {
			best = k
		}
	}
	if best < 0 {
		return nil, -1
	}
	denom := 0.0
	for k, s := range sums {
		if known[k] {
			denom += math.Exp(s - sums[best])
		}
	}
	confs = make([]float64, len(sums))
	for k, s := range sums {
		if known[k] {
			confs[k] = math.Exp(s-sums[best]) / denom
		}
	}
	return confs, best
}

// logTable holds lingua's n-gram tables of several languages as one map,
// so that scoring a trigram costs one map look-up instead of up to three per
// language (lingua's tables are large, and mostly out of cache on unique
// text). A trigram's row holds, per language, the log-probability of the
// longest of its prefixes that the language knows (trigram, bigram, letter),
// as quick scores it; a bigram's row likewise; a letter's row its own.
type logTable struct {
	cols  map[lingua.Language]int
	index map[string]int32 // n-gram -> row
	slab  []float32        // the rows, len(cols) values each; 1 where the language knows none of the prefixes
	none  []float32        // a row of 1s
}

// row returns the row of n-gram g, or nil.
func (t *logTable) row(g string) []float32 {
	i, ok := t.index[g]
	if !ok {
		return nil
	}
	n := len(t.cols)
	return t.slab[int(i)*n : int(i+1)*n : int(i+1)*n]
}

// newLogTable builds the table of q's languages in the alphabets quick
// scores from lingua's loaded tables; nil when one is not loaded.
func newLogTable(q *quick) *logTable {
	t := &logTable{cols: map[lingua.Language]int{}}
	for k, l := range q.langs {
		if _, dup := t.cols[l]; !dup && q.abc[k] != otherAlphabet {
			t.cols[l] = len(t.cols)
		}
	}
	n := len(t.cols)
	t.none = make([]float32, n)
	for i := range t.none {
		t.none[i] = 1
	}
	tabs := make([]map[string]float64, 3*n) // per column: letters, bigrams, trigrams
	size := 0
	for l, c := range t.cols {
		for j, m := range []*sync.Map{q.uni, q.bi, q.tri} {
			tab := q.table(m, l)
			if tab == nil {
				return nil
			}
			tabs[3*c+j] = tab
			size += len(tab)
		}
	}
	// one map look-up per n-gram of every table: its row, and where its
	// value goes once the rows are counted
	type cell struct {
		row int32
		col int32
		v   float32
	}
	cells := make([]cell, 0, size)
	t.index = make(map[string]int32, size/4)
	for k, tab := range tabs {
		for g, p := range tab {
			if p <= 0 {
				continue
			}
			i, ok := t.index[g]
			if !ok {
				i = int32(len(t.index))
				t.index[g] = i
			}
			cells = append(cells, cell{i, int32(k / 3), float32(logProb(p))})
		}
	}
	t.slab = make([]float32, len(t.index)*n)
	for i := range t.slab {
		t.slab[i] = 1
	}
	for _, c := range cells {
		t.slab[int(c.row)*n+int(c.col)] = c.v
	}
	// where a language does not know an n-gram, the row takes its value for
	// the n-gram's prefix: bigrams first, so that trigrams find theirs whole
	for _, runes := range []int{2, 3} {
		for g := range t.index {
			if utf8.RuneCountInString(g) != runes {
				continue
			}
			_, n1 := utf8.DecodeRuneInString(g)
			prefix := g[:n1]
			if runes == 3 {
				_, n2 := utf8.DecodeRuneInString(g[n1:])
				prefix = g[:n1+n2]
			}
			from := t.row(prefix)
			if from == nil && runes == 3 {
				from = t.row(g[:n1])
			}
			if from == nil {
				continue
			}
			row := t.row(g)
			for c, v := range row {
				if v > 0 {
					row[c] = from[c]
				}
			}
		}
	}
	return t
}

// useLogTable has q score with t, which must hold all of q's languages.
func (q *quick) useLogTable(t *logTable) {
	cols := make([]int, len(q.langs))
	for k, l := range q.langs {
		c, ok := t.cols[l]
		if !ok && q.abc[k] != otherAlphabet {
			return
		}
		cols[k] = c // never read for another alphabet: quick scores only Latin and Cyrillic
	}
	q.logs.Store(&logView{t: t, cols: cols})
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
