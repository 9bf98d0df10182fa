package lang

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word lists: the WordListSize most frequent lowercase words of each
// language's running text in ../shared/data, built by `entities train`
// (BuildWordLists) into words.zst and embedded. In quick.weights a word of a
// language's list adds wordBonus to it, as a function word adds
// funcWordBonus (a language without a list gets, per word, the share of the
// lists that hold it): lingua's letter trigrams say little about a text of a few
// words ("Volkswagen to invest $5 bln in Rivian venture" was Italian by
// "invest" and "venture"), a word list says more. WORDS.md is the card:
// sources, licences, command and val figures.
const (
	// WordListSize is the number of words kept per language.
	WordListSize = 10000
	// wordBonus is added, in nats, per word of a language's list (tuned on
	// val sentences of 3-8 words: TestSentenceAccuracy -val -minwords 3
	// -maxwords 8; 2-5 and 1,000-10,000 words were tried).
	wordBonus = 4.0
)

//go:embed words.zst
var wordsFile []byte

// wordLists maps the hash of a lowercase word to the languages whose list
// holds it, one bit per entry of langs.
type wordLists struct {
	langs []string
	mask  map[uint64]uint32
}

// bits returns, per code, the bit of its list (0: none).
func (w *wordLists) bits(codes []string) []uint32 {
	out := make([]uint32, len(codes))
	if w == nil {
		return out
	}
	for k, c := range codes {
		if i := slices.Index(w.langs, c); i >= 0 {
			out[k] = 1 << i
		}
	}
	return out
}

// of returns the languages' bits of lowercase word lw.
func (w *wordLists) of(lw string) uint32 {
	if w == nil {
		return 0
	}
	return w.mask[wordHash(lw)]
}

func wordHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// embeddedWordLists reads words.zst once.
var embeddedWordLists = sync.OnceValues(func() (*wordLists, error) { return readWordLists(wordsFile) })

// readWordLists reads a word-lists file: zstd-compressed lines of
// "lang<TAB>word".
func readWordLists(b []byte) (*wordLists, error) {
	raw, err := decodeFrame(b, "lang: word lists")
	if err != nil {
		return nil, err
	}
	w := &wordLists{mask: make(map[uint64]uint32, bytes.Count(raw, []byte{'\n'}))}
	for line := range bytes.Lines(raw) {
		l, word, ok := strings.Cut(strings.TrimSuffix(string(line), "\n"), "\t")
		if !ok || l == "" || word == "" {
			return nil, fmt.Errorf("lang: word lists: bad line %q", line)
		}
		i := slices.Index(w.langs, l)
		if i < 0 {
			if len(w.langs) == 32 {
				return nil, errors.New("lang: word lists: more than 32 languages")
			}
			i = len(w.langs)
			w.langs = append(w.langs, l)
		}
		w.mask[wordHash(word)] |= 1 << i
	}
	return w, nil
}

// WordListSource is one file a word list was counted from.
type WordListSource struct {
	Lang, Path string
	Tokens     int // lowercase words counted
}

// wordListSources returns the running text of every language under data:
// the training split of every labelled set but WikiANN's title fragments
// (ner/<set>/<lang>/train.tsv; Nynorsk counts as Norwegian, "nb" as lingua
// calls it), and the Italian novels (text/it/fiction.txt; the Wikinews text
// is val text of TestSentenceAccuracy).
func wordListSources(data string) ([]WordListSource, error) {
	paths, err := filepath.Glob(filepath.Join(data, "ner", "*", "*", "train.tsv"))
	if err != nil {
		return nil, err
	}
	var out []WordListSource
	for _, p := range paths {
		set, l := filepath.Base(filepath.Dir(filepath.Dir(p))), filepath.Base(filepath.Dir(p))
		if set == "wikiann" {
			continue
		}
		if l == "nn" {
			l = "nb"
		}
		out = append(out, WordListSource{Lang: l, Path: p})
	}
	p := filepath.Join(data, "text", "it", "fiction.txt")
	if _, err := os.Stat(p); err == nil {
		out = append(out, WordListSource{Lang: "it", Path: p})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("lang: no training text under %s", data)
	}
	return out, nil
}

// BuildWordLists counts the lowercase words of every language's running
// text under data (see wordListSources) and returns the word-lists file of
// the size most frequent per language (ties by byte order, so the file is
// the same on every run) and the sources with their counts.
func BuildWordLists(data string, size int) ([]byte, []WordListSource, error) {
	srcs, err := wordListSources(data)
	if err != nil {
		return nil, nil, err
	}
	counts := map[string]map[string]int{}
	for k, s := range srcs {
		if counts[s.Lang] == nil {
			counts[s.Lang] = map[string]int{}
		}
		n, err := countWords(s.Path, counts[s.Lang])
		if err != nil {
			return nil, nil, err
		}
		srcs[k].Tokens = n
	}
	var buf bytes.Buffer
	for _, l := range slices.Sorted(maps.Keys(counts)) {
		words := make([]string, 0, len(counts[l]))
		for w := range counts[l] {
			words = append(words, w)
		}
		c := counts[l]
		sort.Slice(words, func(i, j int) bool {
			if c[words[i]] != c[words[j]] {
				return c[words[i]] > c[words[j]]
			}
			return words[i] < words[j]
		})
		for _, w := range words[:min(size, len(words))] {
			fmt.Fprintf(&buf, "%s\t%s\n", l, w)
		}
	}
	enc, err := newEncoder()
	if err != nil {
		return nil, nil, err
	}
	defer enc.Close()
	return enc.EncodeAll(buf.Bytes(), nil), srcs, nil
}

// countWords adds the lowercase words of a data file (read as
// readTokenSentences reads it) to c, and returns how many it counted:
// tokens of letters only once the punctuation around them is trimmed, that
// start with a lowercase letter (capitalized words are mostly names, the
// same in every language).
func countWords(path string, c map[string]int) (int, error) {
	sents, err := readTokenSentences(path)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, sent := range sents {
		for _, tok := range sent {
			tok = strings.Trim(tok, ".,;:!?\"'()«»„“”")
			r, _ := utf8.DecodeRuneInString(tok)
			if tok == "" || !unicode.IsLower(r) || strings.IndexFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				continue
			}
			c[tok]++
			n++
		}
	}
	return n, nil
}
