package lang

import (
	"hash/maphash"
	"math"
	"math/bits"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
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
	if !d.nordicChoice(lang) {
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

// nordicChoice reports whether lang is Danish, Norwegian or Swedish and at
// least two of those are candidates: whether settleNordic chooses.
func (d *Detector) nordicChoice(lang string) bool {
	return d.nordic && (lang == "da" || lang == "nb" || lang == "sv")
}

// nordicScore scores a text over the nordic languages as lingua's
// high-accuracy mode does, with lingua's own tables, in one goroutine and in
// float64: lingua starts five goroutines per call, runs regexps per letter
// and computes its softmax in exact decimals, which cost ~1 ms on a
// paragraph. Same as lingua (v1.4.0):
//
//   - the text is lowercased and split into letter runs;
//   - when most words are in one script, the answer is "und" unless it is
//     Latin (lingua picks at random among scripts tied for most words: that
//     text goes to lingua);
//   - then the candidates are narrowed to those named by the letters ø æ å
//     ä ö in at least half of the words (one left: it is the answer, sure);
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
	// t holds lingua's tables of n-grams (n = 1..5) of every language: a
	// look-up gives an n-gram's probability in all of them.
	t *nordicTable
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
	// Tables of one to three letters go to lingua's maps (the other
	// detectors read them); those of four and five, which only the nordic
	// detector reads, straight into cells for the table.
	seed := maphash.MakeSeed()
	cells := make([][]nordicCell, len(nordic)) // per language: its n-grams of four and five letters
	var jobs []func()
	direct := make([]bool, len(nordic))
	for k, l := range nordic {
		jobs = append(jobs, func() {
			for n := 1; n <= 3; n++ {
				loadTable(maps[n], l, n)
			}
			direct[k] = true
			for n := 4; n <= 5 && direct[k]; n++ {
				msg, err := tableMessage(l, n)
				if err == nil {
					err = decodeModel(msg, func(total int) { cells[k] = slices.Grow(cells[k], total) }, func(g string, p float64) {
						cells[k] = append(cells[k], newNordicCell(seed, g, k, p))
					})
				}
				direct[k] = err == nil
			}
		})
	}
	onEveryCore(jobs)
	if !loaded(maps[1:4], nordic) || slices.Contains(direct, false) {
		// A word of a letter no table knows has lingua look it up in
		// every table of every language, down to the letters: the tables
		// of one length load at a time, so that no two of lingua's
		// goroutines load the same table; two languages at a time on each
		// core (lingua loads a detector's languages one after the other).
		pairs := [][]lingua.Language{nordic}
		if runtime.GOMAXPROCS(0) > 1 {
			pairs = [][]lingua.Language{nordic[:2], nordic[2:]}
		}
		var jobs []func()
		for _, ls := range pairs {
			jobs = append(jobs, func() {
				pd := lingua.NewLanguageDetectorBuilder().FromLanguages(ls...).Build()
				for n := 1; n <= 5; n++ {
					pd.ComputeLanguageConfidenceValues(strings.Repeat("ɋ", n))
				}
			})
		}
		onEveryCore(jobs)
		for k, l := range nordic {
			cells[k] = cells[k][:0]
			for n := 4; n <= 5; n++ {
				m, ok := maps[n].Load(l)
				if !ok {
					return nil
				}
				for g, p := range m.(map[string]float64) {
					cells[k] = append(cells[k], newNordicCell(seed, g, k, p))
				}
			}
		}
		if !highAccuracyUsed.Load() {
			// only the nordic detector reads them, and only for text
			// this scorer declines (see top), when lingua reloads them
			for _, l := range nordic {
				maps[4].Delete(l)
				maps[5].Delete(l)
			}
		}
	}
	s := &nordicScore{}
	for k, l := range nordic {
		for n := 1; n <= 3; n++ {
			m, ok := maps[n].Load(l)
			if !ok {
				return nil
			}
			for g, p := range m.(map[string]float64) {
				cells[k] = append(cells[k], newNordicCell(seed, g, k, p))
			}
		}
		s.langs = append(s.langs, l)
		s.codes = append(s.codes, toCode(l))
	}
	s.t = newNordicTable(seed, cells)
	return s
}

// highAccuracyUsed is set when a Detector in lingua's high-accuracy mode is
// built: its detectors read the tables of four and five letters too.
var highAccuracyUsed atomic.Bool

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
	var scripts [len(linguaScripts)]int
	for _, w := range words {
		letters += utf8.RuneCountInString(w)
		if sc := scriptOf(w); sc >= 0 {
			scripts[sc]++
		}
	}
	cand := []int{0, 1, 2, 3}
	switch top, ok := mainScript(scripts); {
	case !ok:
		return "", 0, false // lingua picks one of the tied scripts at random
	case top == latinScript:
		if cand = s.filter(words); len(cand) == 1 {
			return s.codes[cand[0]], 1, true
		}
	case top >= 0:
		return Und, 0, true // no nordic language is written in it
	}
	lengths := []int{1, 2, 3, 4, 5}
	if letters >= 120 {
		lengths = []int{3}
	}
	var total [nordicLangs]float64 // per language: the sum over lengths
	var counts [nordicLangs]int    // distinct letters known, under 120 letters
	var ngrams []string
	for _, n := range lengths {
		ngrams = distinctNgrams(words, n, ngrams[:0])
		var sums [nordicLangs]float64
		for _, g := range ngrams {
			p := s.prob(g, n, cand)
			for _, k := range cand {
				if p[k] > 0 {
					sums[k] += math.Log(p[k])
				}
			}
		}
		var has [nordicLangs]bool
		anyHas := false
		for _, k := range cand {
			if sums[k] < 0 {
				total[k] += sums[k]
				has[k], anyHas = true, true
			}
		}
		if n == 1 {
			for _, k := range cand {
				if anyHas && !has[k] {
					continue
				}
				for _, g := range ngrams {
					if row := s.t.row(g); row != nil && row[k] > 0 {
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

// linguaScripts are the alphabets lingua's rules tell words by, in its
// order.
var linguaScripts = [...]*unicode.RangeTable{
	unicode.Arabic, unicode.Armenian, unicode.Bengali, unicode.Cyrillic, unicode.Devanagari,
	unicode.Georgian, unicode.Greek, unicode.Gujarati, unicode.Gurmukhi, unicode.Han,
	unicode.Hangul, unicode.Hebrew, unicode.Hiragana, unicode.Katakana, unicode.Latin,
	unicode.Tamil, unicode.Telugu, unicode.Thai,
}

const latinScript = 14 // unicode.Latin in linguaScripts

// scriptOf returns the index in linguaScripts of the script all of w's
// letters are in, -1 when none.
func scriptOf(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	for i, sc := range linguaScripts {
		if unicode.Is(sc, r) {
			for _, r := range w {
				if !unicode.Is(sc, r) {
					return -1
				}
			}
			return i
		}
	}
	return -1
}

// mainScript returns the script lingua narrows the candidates to, from
// the words counted per script: -1 when it keeps them all (no word in one
// script, or as many in each script found); ok is false when lingua would
// pick among scripts tied for the most words at random.
func mainScript(counts [len(linguaScripts)]int) (top int, ok bool) {
	top, found, same := -1, 0, true
	for i, n := range counts {
		if n == 0 {
			continue
		}
		if found > 0 && n != counts[top] {
			same = false
		}
		found++
		if top < 0 || n > counts[top] {
			top = i
		}
	}
	if found == 0 || (found > 1 && same) {
		return -1, true
	}
	for i, n := range counts {
		if i != top && n == counts[top] {
			return 0, false
		}
	}
	return top, true
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

// prob returns, per candidate, the probability of the longest prefix of
// n-gram g (of n letters) that its tables know, 0 when none.
func (s *nordicScore) prob(g string, n int, cand []int) (p [nordicLangs]float64) {
	left := len(cand)
	for ; n > 0 && left > 0; n-- {
		if row := s.t.row(g); row != nil {
			for _, k := range cand {
				if p[k] == 0 && row[k] > 0 {
					p[k] = row[k]
					left--
				}
			}
		}
		if n > 1 {
			_, size := utf8.DecodeLastRuneInString(g)
			g = g[:len(g)-size]
		}
	}
	return p
}

// nordicLangs is len(nordic); a language's index fits in nordicLangBits.
const (
	nordicLangs    = 4
	nordicLangBits = 2
)

// nordicTable maps an n-gram (of one to five letters) to its probability in
// each nordic language (0: unknown), laid out as ner's table: the n-grams'
// 64-bit hashes (maphash; two n-grams of the same hash, one chance in ~10^7
// over all of them, would share a row) sorted into buckets by their top
// bits, a row of four probabilities beside each. ~40 bytes an n-gram and no
// pointers, against ~40-50 in lingua's maps (four of them), which the
// collector also has to scan; one look-up reads a directory entry, a short
// run of hashes and one row.
type nordicTable struct {
	seed maphash.Seed
	k    uint
	dir  []uint32 // bucket b is hash[dir[b]:dir[b+1]]
	hash []uint64
	rows [][nordicLangs]float64
}

func (t *nordicTable) row(g string) *[nordicLangs]float64 {
	h := maphash.String(t.seed, g)
	b := h >> (64 - t.k)
	h &^= 1<<nordicLangBits - 1
	for i := t.dir[b]; i < t.dir[b+1]; i++ {
		if t.hash[i] == h {
			return &t.rows[i]
		}
	}
	return nil
}

// nordicCell is an n-gram's hash with its language in the low bits (which
// a bucket's search ignores), and its probability.
type nordicCell struct {
	h uint64
	p float64
}

func newNordicCell(seed maphash.Seed, g string, k int, p float64) nordicCell {
	return nordicCell{maphash.String(seed, g)&^(1<<nordicLangBits-1) | uint64(k), p}
}

// newNordicTable builds the table of cells (hashed with seed): a counting
// sort into buckets, then one row per distinct hash, a later cell of an
// n-gram and language winning (lingua's maps keep the last).
func newNordicTable(seed maphash.Seed, cells [][]nordicCell) *nordicTable {
	size := 0
	for _, cs := range cells {
		size += len(cs)
	}
	t := &nordicTable{seed: seed, k: uint(max(8, bits.Len(uint(size))-3))}
	buckets := 1 << t.k
	start := make([]uint32, buckets+1)
	for _, cs := range cells {
		for _, c := range cs {
			start[c.h>>(64-t.k)+1]++
		}
	}
	for b := 1; b <= buckets; b++ {
		start[b] += start[b-1]
	}
	sorted := make([]nordicCell, size)
	pos := append([]uint32(nil), start[:buckets]...)
	for i, cs := range cells {
		for _, c := range cs {
			b := c.h >> (64 - t.k)
			sorted[pos[b]] = c
			pos[b]++
		}
		cells[i] = nil
	}
	// each bucket's distinct hashes (a bucket holds a few), counted, then
	// written with their rows
	n := 0
	for b := range buckets {
		cs := sorted[start[b]:start[b+1]]
		for i, c := range cs {
			dup := false
			for _, d := range cs[:i] {
				if d.h>>nordicLangBits == c.h>>nordicLangBits {
					dup = true
					break
				}
			}
			if !dup {
				n++
			}
		}
	}
	t.dir = make([]uint32, buckets+1)
	t.hash = make([]uint64, 0, n)
	t.rows = make([][nordicLangs]float64, n)
	for b := range buckets {
		t.dir[b] = uint32(len(t.hash))
		first := len(t.hash)
		for _, c := range sorted[start[b]:start[b+1]] {
			h := c.h &^ (1<<nordicLangBits - 1)
			i := first + slices.Index(t.hash[first:], h)
			if i < first {
				i = len(t.hash)
				t.hash = append(t.hash, h)
			}
			t.rows[i][c.h&(1<<nordicLangBits-1)] = c.p
		}
	}
	t.dir[buckets] = uint32(len(t.hash))
	return t
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
