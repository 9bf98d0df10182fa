package ner

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexicon is what a model knows about words beyond its weights, derived from
// its training data: distributional word clusters, whether a word occurs in
// lowercase, and a gazetteer of token sequences labelled as entities.
type lexicon struct {
	words     table // by hash of the lowercased word: wordInfo.pack
	gaz       table // by the hash of the token sequence (gazIndex): see gazEntry.Types
	gazMaxLen int
	sharedGaz *sharedGaz // the shared gazetteer the model stores its types against (nil: it stores its own sequences)
	dict      bool       // some words are marked dictWord: the model uses dictionary features
	names     *nameIndex // shared name lists and clusters (nil: the model uses neither)
	// sharedClusters: the model's clusters are the shared ones in names,
	// not those of wordList
	sharedClusters bool

	// the same, as stored in the model file
	wordList []lexWord
	gazList  []gazEntry
}

type wordInfo struct {
	cluster uint16 // 0: no cluster
	flags   uint8
}

type lexWord struct {
	Word    string
	Cluster uint16
	Flags   uint8
}

type gazEntry struct {
	Tokens []string
	// Types: bits 0-3: the sequence is labelled with that type; 4-7: the
	// single token is mostly part of names of that type; 8-15: the same
	// from other languages' training data.
	Types uint16
}

// index builds the lookup maps from the lists.
func (l *lexicon) index() {
	var wb wordsBuilder
	for _, w := range l.wordList {
		wb.add(hashString(fnvOffset, w.Word), wordInfo{cluster: w.Cluster, flags: w.Flags})
	}
	wb.build(l)
	l.gaz, l.gazMaxLen = gazIndex(l.gazList)
}

// wordsBuilder collects what the lexicon knows of each word (by hash) for
// lexicon.words; a word given twice keeps the later.
type wordsBuilder struct {
	keys []uint64
	vals []uint32
	dict bool
}

func (wb *wordsBuilder) add(h uint64, wi wordInfo) {
	wb.keys, wb.vals = append(wb.keys, h), append(wb.vals, uint32(wi.cluster)|uint32(wi.flags)<<16)
	wb.dict = wb.dict || wi.flags&dictWord != 0
}

func (wb *wordsBuilder) build(l *lexicon) {
	l.words = newTable(wb.keys, wb.vals, lastValue)
	l.dict = l.dict || wb.dict
}

// word returns what the lexicon knows of the word with hash h.
func (l *lexicon) word(h uint64) (wordInfo, bool) {
	v, ok := l.words.get(h)
	return wordInfo{cluster: uint16(v), flags: uint8(v >> 16)}, ok
}

func gazIndex(list []gazEntry) (table, int) {
	var keys []uint64
	var vals []uint32
	maxLen := 0
	for _, e := range list {
		// every proper prefix too, with no types, so that matching can stop
		// at a sequence no entry starts with
		h := uint64(fnvOffset)
		for j, t := range e.Tokens {
			if j > 0 {
				keys, vals = append(keys, h), append(vals, 0)
			}
			h = seqHash(h, j, t)
		}
		keys, vals = append(keys, h), append(vals, uint32(e.Types))
		maxLen = max(maxLen, len(e.Tokens))
	}
	return newTable(keys, vals, orValues), maxLen
}

// seqHash returns the key of a token sequence whose first j tokens have
// key h (fnvOffset for j = 0) and whose next token is tok: FNV over the
// tokens joined by 0x1f, as matchGazetteer hashes a run while it walks it.
func seqHash(h uint64, j int, tok string) uint64 {
	if j > 0 {
		h = hashByte(h, 0x1f)
	}
	return hashString(h, tok)
}

// clusterBits is the length of a word's cluster code; features use its
// prefixes, so words that agree on more leading bits share more features.
const clusterBits = 12

// buildWords derives clusters (if clusters) and lowercase flags from
// unlabelled sentences. Clusters are sign bits of random projections of each
// frequent word's left/right neighbour distribution (a locality-sensitive
// hash of its contexts), so words used in similar contexts share codes.
func buildWords(sents [][]string, seed uint64, minCount, contexts int, clusters bool) []lexWord {
	if !clusters {
		// only the words seen in lowercase
		seen := map[string]bool{}
		for _, s := range sents {
			for _, t := range s {
				if l := strings.ToLower(t); l == t && hasLetter(t) {
					seen[l] = true
				}
			}
		}
		out := make([]lexWord, 0, len(seen))
		for w := range seen {
			out = append(out, lexWord{Word: w, Flags: seenLower})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Word < out[j].Word })
		return out
	}
	counts := map[string]int{}
	lowerSeen := map[string]bool{}
	lowered := make([][]string, len(sents))
	for si, s := range sents {
		ls := make([]string, len(s))
		for i, t := range s {
			l := strings.ToLower(t)
			ls[i] = l
			counts[l]++
			if l == t && hasLetter(t) {
				lowerSeen[l] = true
			}
		}
		lowered[si] = ls
	}
	vocab := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if counts[vocab[i]] != counts[vocab[j]] {
			return counts[vocab[i]] > counts[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	ctxID := map[string]int{}
	for i, w := range vocab {
		if i >= contexts {
			break
		}
		ctxID[w] = i
	}
	// context dimensions: left neighbour (contexts+2 values: words, other, boundary), then right
	dim := 2 * (contexts + 2)
	id := func(w string, boundary bool) int {
		if boundary {
			return contexts + 1
		}
		if c, ok := ctxID[w]; ok {
			return c
		}
		return contexts
	}
	vocabID := make(map[string]int, len(vocab))
	for i, w := range vocab {
		vocabID[w] = i
	}
	ctx := make([]map[int]float64, len(vocab))
	for _, s := range lowered {
		for i, w := range s {
			v, ok := vocabID[w]
			if !ok {
				continue
			}
			if ctx[v] == nil {
				ctx[v] = map[int]float64{}
			}
			left, right := "", ""
			if i > 0 {
				left = s[i-1]
			}
			if i+1 < len(s) {
				right = s[i+1]
			}
			ctx[v][id(left, i == 0)]++
			ctx[v][contexts+2+id(right, i+1 == len(s))]++
		}
	}
	// random hyperplanes, one Gaussian vector per context dimension
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	planes := make([][clusterBits]float64, dim)
	for d := range planes {
		for b := range planes[d] {
			planes[d][b] = rng.NormFloat64()
		}
	}
	out := make([]lexWord, 0, len(vocab))
	keys := make([]int, 0, 64)
	for v, w := range vocab {
		var proj [clusterBits]float64
		keys = keys[:0]
		for k := range ctx[v] {
			keys = append(keys, k)
		}
		sort.Ints(keys) // fixed summation order: identical models across runs
		for _, k := range keys {
			x := math.Sqrt(ctx[v][k])
			for b := range proj {
				proj[b] += x * planes[k][b]
			}
		}
		code := uint16(0)
		for b := range proj {
			code <<= 1
			if proj[b] > 0 {
				code |= 1
			}
		}
		var flags uint8
		if lowerSeen[w] {
			flags |= seenLower
		}
		// a leading marker bit so that 0 means "no cluster" and prefixes stay aligned
		out = append(out, lexWord{Word: w, Cluster: code | 1<<clusterBits, Flags: flags})
	}
	// words below the count threshold still carry the lowercase flag
	rare := make([]string, 0)
	for w := range lowerSeen {
		if counts[w] < minCount {
			rare = append(rare, w)
		}
	}
	sort.Strings(rare)
	for _, w := range rare {
		out = append(out, lexWord{Word: w, Flags: seenLower})
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// buildGazetteer lists the token sequences labelled as entities in sents
// (at most maxLen tokens), with the types they carry in at least a third of
// their labelled occurrences.
func buildGazetteer(sents []Sentence, maxLen int) []gazEntry {
	type stat struct {
		toks   []string
		counts [numTypes]int
	}
	m := map[string]*stat{}
	for _, s := range sents {
		for _, sp := range spansFromIOB(s.Tags) {
			if sp.end-sp.start > maxLen {
				continue
			}
			toks := s.Tokens[sp.start:sp.end]
			k := strings.Join(toks, "\x1f")
			st := m[k]
			if st == nil {
				st = &stat{toks: toks}
				m[k] = st
			}
			st.counts[sp.typ]++
		}
	}
	// single tokens: the types of which a word is mostly a part (Galina,
	// Bank, GmbH), in the high four bits
	type tokStat struct {
		total  int
		counts [numTypes]int
	}
	toks := map[string]*tokStat{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			st := toks[t]
			if st == nil {
				st = &tokStat{}
				toks[t] = st
			}
			st.total++
		}
		for _, sp := range spansFromIOB(s.Tags) {
			for _, t := range s.Tokens[sp.start:sp.end] {
				toks[t].counts[sp.typ]++
			}
		}
	}
	types := map[string]uint8{}
	for k, st := range m {
		total := 0
		for _, c := range st.counts {
			total += c
		}
		for t, c := range st.counts {
			if 3*c >= total {
				types[k] |= 1 << t
			}
		}
	}
	for w, st := range toks {
		for t, c := range st.counts {
			if c > 0 && 2*c >= st.total {
				types[w] |= 1 << (4 + t)
			}
		}
	}
	keys := make([]string, 0, len(types))
	for k := range types {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]gazEntry, 0, len(keys))
	for _, k := range keys {
		out = append(out, gazEntry{Tokens: strings.Split(k, "\x1f"), Types: uint16(types[k])})
	}
	return out
}

// mergeGazetteers adds the entries of ext (built from other languages' data)
// to in, in bits 8-15.
func mergeGazetteers(in, ext []gazEntry) []gazEntry {
	types := map[string]uint16{}
	for _, e := range in {
		types[strings.Join(e.Tokens, "\x1f")] |= e.Types
	}
	for _, e := range ext {
		types[strings.Join(e.Tokens, "\x1f")] |= e.Types << 8
	}
	keys := make([]string, 0, len(types))
	for k := range types {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]gazEntry, 0, len(keys))
	for _, k := range keys {
		out = append(out, gazEntry{Tokens: strings.Split(k, "\x1f"), Types: types[k]})
	}
	return out
}

// withDictionary marks the words of dict (lowercased) in list as dictWord
// and adds those it lacks. A form with non-ASCII letters is also added
// without them (grüne, grne), as the skeleton features also match, so that
// text that lost such letters on the way still finds its words.
func withDictionary(list []lexWord, dict []string) []lexWord {
	if len(dict) == 0 {
		return list
	}
	at := make(map[string]int, len(list))
	for i, w := range list {
		at[w.Word] = i
	}
	mark := func(w string) {
		if i, ok := at[w]; ok {
			list[i].Flags |= dictWord
			return
		}
		at[w] = len(list)
		list = append(list, lexWord{Word: w, Flags: dictWord})
	}
	for _, d := range dict {
		w := strings.ToLower(strings.TrimSpace(d))
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		mark(w)
		if sk := strings.Map(func(r rune) rune {
			if r < utf8.RuneSelf {
				return r
			}
			return -1
		}, w); sk != w && len(sk) >= 2 {
			mark(sk)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Word < list[j].Word })
	return list
}
