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
// The tables are lingua's letter, bigram and trigram tables, read into
// sorted arrays (see ngrams): for the default candidates from a copy
// embedded in that form (quickgrams.zst), else decoded from lingua's
// zipped tables on first use. When a table cannot be read (another lingua
// version), quick declines and lingua answers.
type quick struct {
	langs []lingua.Language
	codes []string
	abc   []alphabet // each candidate's alphabet
	// lingua's own tables (lingua.Language -> map[string]float64), read from
	// the detector through reflection, for loading them before lingua
	// scores a text (Detector.primeFor)
	uni *sync.Map
	bi  *sync.Map
	tri *sync.Map
	// logs, once set, holds the same tables as log-probabilities in one
	// map (see logTable), with the candidates' columns in it. Scores are
	// the same with or without it, to the bit.
	logs atomic.Pointer[logView]
	// words, when set, are the word lists (wordlists.go), and wordBits each
	// candidate's bit in them (0: no list)
	words    *wordLists
	wordBits []uint32
}

// useWords has q weigh the words of w's lists (nil: none).
func (q *quick) useWords(w *wordLists) {
	if q == nil {
		return
	}
	q.words, q.wordBits = w, w.bits(q.codes)
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
			c, _ := gramCode(g)
			row := t.row(c)
			if row == nil { // no language knows the trigram: its bigram, else its letter
				if row = t.row(c >> 21); row == nil {
					if row = t.row(c >> 42); row == nil {
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
	codes := make([]uint64, len(gs.grams))
	for i, g := range gs.grams {
		codes[i], _ = gramCode(g) // a trigram: gramsOf cuts three letters
	}
	for k, l := range q.langs {
		if q.abc[k] != abc {
			continue
		}
		tabs := gramsFor(l)
		if tabs == nil {
			return nil, nil, false
		}
		tri, bi, uni := tabs[3], tabs[2], tabs[1]
		for i, c := range codes {
			w := gs.weight[i]
			if v, hit := tri.get(c); hit {
				sums[k] += w * float64(v)
				known[k] = true
			} else if v, hit := bi.get(c >> 21); hit {
				sums[k] += w * float64(v)
				known[k] = true
			} else if v, hit := uni.get(c >> 42); hit {
				sums[k] += w * float64(v)
				known[k] = true
			} else {
				sums[k] += w * miss
			}
		}
	}
	return sums, known, true
}

// logProb is the log of probability p as quick's n-gram tables and the log
// table hold it (in float32), so that quick scores the same with the log
// table as without it.
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

// logTable holds the n-gram tables of several languages as one map, so
// that scoring a trigram costs one map look-up instead of up to three
// binary searches per language (the tables are large, and mostly out of
// cache on unique text). A trigram's row holds, per language, the
// log-probability of the longest of its prefixes that the language knows
// (trigram, bigram, letter), as quick scores it; a bigram's row likewise; a
// letter's row its own.
type logTable struct {
	cols  map[lingua.Language]int
	index map[uint64]int32 // n-gram code (gramCode) -> row
	slab  []float32        // the rows, len(cols) values each; 1 where the language knows none of the prefixes
	none  []float32        // a row of 1s
}

// row returns the row of the n-gram with code c, or nil.
func (t *logTable) row(c uint64) []float32 {
	i, ok := t.index[c]
	if !ok {
		return nil
	}
	n := len(t.cols)
	return t.slab[int(i)*n : int(i+1)*n : int(i+1)*n]
}

// newLogTable builds the table of q's languages in the alphabets quick
// scores; nil when the tables of one cannot be read.
func newLogTable(q *quick) *logTable {
	t := &logTable{cols: map[lingua.Language]int{}}
	var langs []lingua.Language // by column
	for k, l := range q.langs {
		if _, dup := t.cols[l]; !dup && q.abc[k] != otherAlphabet {
			t.cols[l] = len(t.cols)
			langs = append(langs, l)
		}
	}
	n := len(t.cols)
	t.none = make([]float32, n)
	for i := range t.none {
		t.none[i] = 1
	}
	tabs := make([]*langGrams, n)
	size := 0
	for c, l := range langs {
		if tabs[c] = gramsFor(l); tabs[c] == nil {
			return nil
		}
		for _, tab := range tabs[c][1:] {
			size += len(tab.codes)
		}
	}
	// one map look-up per n-gram of every table: its row, and where its
	// value goes once the rows are counted; letters, then bigrams, then
	// trigrams, so that each length's rows follow the shorter ones'
	type cell struct {
		row int32
		col int32
		v   float32
	}
	cells := make([]cell, 0, size)
	t.index = make(map[uint64]int32, size/4)
	var firstRow [5]int32 // rows of n-grams of n letters: firstRow[n] up to firstRow[n+1]
	for gn := 1; gn <= 3; gn++ {
		firstRow[gn] = int32(len(t.index))
		for c, tab := range tabs {
			for i, code := range tab[gn].codes {
				r, ok := t.index[code]
				if !ok {
					r = int32(len(t.index))
					t.index[code] = r
				}
				cells = append(cells, cell{r, int32(c), tab[gn].logs[i]})
			}
		}
	}
	firstRow[4] = int32(len(t.index))
	t.slab = make([]float32, len(t.index)*n)
	for i := range t.slab {
		t.slab[i] = 1
	}
	for _, c := range cells {
		t.slab[int(c.row)*n+int(c.col)] = c.v
	}
	// where a language does not know an n-gram, the row takes its value for
	// the n-gram's prefix: bigrams first, so that trigrams find theirs whole
	codeOf := make([]uint64, len(t.index))
	for code, r := range t.index {
		codeOf[r] = code
	}
	for gn := 2; gn <= 3; gn++ {
		for r := firstRow[gn]; r < firstRow[gn+1]; r++ {
			code := codeOf[r]
			from := t.row(code >> 21)
			if from == nil && gn == 3 {
				from = t.row(code >> 42)
			}
			if from == nil {
				continue
			}
			row := t.slab[int(r)*n : int(r+1)*n]
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
