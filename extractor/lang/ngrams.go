package lang

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
	"github.com/pemistahl/lingua-go"
)

// ngrams is what quick reads of one of lingua's tables of n-grams of n
// letters (n <= 3) of a language: the code of every n-gram whose
// probability is positive (see gramCode), sorted, and the log of its
// probability as quick scores it (logProb). A look-up is a binary search:
// the tables are read as they are stored, not hashed into maps at start-up.
type ngrams struct {
	codes []uint64
	logs  []float32
}

// get returns the log-probability of the n-gram with code c.
func (t *ngrams) get(c uint64) (float32, bool) {
	i, ok := slices.BinarySearch(t.codes, c)
	if !ok {
		return 0, false
	}
	return t.logs[i], true
}

// gramCode returns the code of an n-gram of n = 1 to 3 letters: its code
// points, 21 bits each, the first highest; so the code of a trigram's
// bigram prefix is its code >> 21, of its first letter >> 42. Codes of
// n-grams of different lengths differ (no letter is NUL). n is 0 for text
// that is no such n-gram (empty, longer, NUL, or not UTF-8).
func gramCode(g string) (code uint64, n int) {
	for len(g) > 0 {
		r, size := utf8.DecodeRuneInString(g)
		if n == 3 || r == 0 || (r == utf8.RuneError && size == 1) {
			return 0, 0
		}
		code = code<<21 | uint64(r)
		n++
		g = g[size:]
	}
	return code, n
}

// langGrams are a language's tables of letters, bigrams and trigrams.
type langGrams [4]*ngrams // by n; [0] unused

// gramsFromLingua decodes lingua's table of n-grams of n letters of l as
// lingua reads it (a later n-gram set wins; see decodeModel) into ngrams.
// N-grams lingua would look up with no text of n letters are left out.
func gramsFromLingua(l lingua.Language, n int) (*ngrams, error) {
	msg, err := tableMessage(l, n)
	if err != nil {
		return nil, err
	}
	type entry struct {
		code uint64
		p    float64
	}
	var all []entry
	err = decodeModel(msg, func(total int) { all = make([]entry, 0, total) }, func(g string, p float64) {
		if c, k := gramCode(g); k == n {
			all = append(all, entry{c, p})
		}
	})
	if err != nil {
		return nil, err
	}
	// the last of each code, as a map filled in order keeps it
	sort.SliceStable(all, func(i, j int) bool { return all[i].code < all[j].code })
	t := &ngrams{}
	for i, e := range all {
		if i+1 < len(all) && all[i+1].code == e.code {
			continue
		}
		if e.p > 0 {
			t.codes = append(t.codes, e.code)
			t.logs = append(t.logs, float32(logProb(e.p)))
		}
	}
	return t, nil
}

// quickGramsFile holds the tables of quickGramLanguages as gramsFromLingua
// decodes them (TestQuickGramsFile checks it against lingua's, and
// rewrites it with -update): reading it costs a few milliseconds, where
// decompressing and decoding lingua's zipped tables cost ~0.15 s of CPU
// for the Latin candidates alone.
//
//go:embed quickgrams.zst
var quickGramsFile []byte

// quickGramLanguages are the languages whose tables quickGramsFile holds:
// the default candidates quick scores (Latin and Cyrillic letters), with
// Norwegian as lingua's Bokmål. Other candidates' tables are decoded from
// lingua's on first use.
func quickGramLanguages() []lingua.Language {
	var ls []lingua.Language
	for _, c := range DefaultLanguages {
		if alphabetOf(c) != otherAlphabet {
			ls = append(ls, fromCode(c))
		}
	}
	return ls
}

const quickGramsMagic = "entities quick n-grams 2\n"

// encodeQuickGrams returns the bytes of quickGramsFile for the tables of
// languages ls: per language its ISO code and its tables as a zstd frame of
// their own (see appendLangGrams), so that a process decompresses only the
// languages it scores.
func encodeQuickGrams(ls []lingua.Language, tabs []langGrams) ([]byte, error) {
	enc, err := newEncoder()
	if err != nil {
		return nil, err
	}
	defer enc.Close()
	b := []byte(quickGramsMagic)
	b = binary.AppendUvarint(b, uint64(len(ls)))
	for i, l := range ls {
		code := toCode(l)
		b = binary.AppendUvarint(b, uint64(len(code)))
		b = append(b, code...)
		frame := enc.EncodeAll(appendLangGrams(nil, &tabs[i]), nil)
		b = binary.AppendUvarint(b, uint64(len(frame)))
		b = append(b, frame...)
	}
	return b, nil
}

// appendLangGrams appends a language's tables to b: per n its distinct
// logs, the gaps between its codes and the index of each code's log.
func appendLangGrams(b []byte, tabs *langGrams) []byte {
	for n := 1; n <= 3; n++ {
		t := tabs[n]
		index := map[float32]int{}
		var logs []float32
		for _, v := range t.logs {
			if _, ok := index[v]; !ok {
				index[v] = len(logs)
				logs = append(logs, v)
			}
		}
		b = binary.AppendUvarint(b, uint64(len(logs)))
		for _, v := range logs {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
		b = binary.AppendUvarint(b, uint64(len(t.codes)))
		prev := uint64(0)
		for _, c := range t.codes {
			b = binary.AppendUvarint(b, c-prev)
			prev = c
		}
		for _, v := range t.logs {
			b = binary.AppendUvarint(b, uint64(index[v]))
		}
	}
	return b
}

var errQuickGrams = errors.New("quick n-grams: bad file")

// quickGramFrames returns the compressed tables of each language of a file
// written by encodeQuickGrams.
func quickGramFrames(b []byte) (map[lingua.Language][]byte, error) {
	b, ok := bytes.CutPrefix(b, []byte(quickGramsMagic))
	if !ok {
		return nil, errQuickGrams
	}
	next := func() []byte {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			ok = false
			return nil
		}
		v := b[k : k+int(n)]
		b = b[k+int(n):]
		return v
	}
	nl, k := binary.Uvarint(b)
	if k <= 0 || nl > 256 {
		return nil, errQuickGrams
	}
	b = b[k:]
	out := map[lingua.Language][]byte{}
	for range nl {
		l := fromCode(string(next()))
		frame := next()
		if !ok || l == lingua.Unknown {
			return nil, errQuickGrams
		}
		out[l] = frame
	}
	if len(b) != 0 || len(out) != int(nl) {
		return nil, errQuickGrams
	}
	return out, nil
}

// newEncoder returns the zstd encoder of the embedded files
// (quickgrams.zst, words.zst): best compression, one goroutine, so that a
// rebuild gives the same bytes.
func newEncoder() (*zstd.Encoder, error) {
	return zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
}

// gramsDecoder decompresses the frames of quickGramsFile and the word lists
// (words.zst), one at a time: one decoder for all, since each holds buffers
// the size of a frame's window.
var gramsDecoder = sync.OnceValues(func() (*zstd.Decoder, error) {
	return zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
})

// decodeFrame decompresses one zstd frame of the embedded files with the
// shared decoder; prefix names the file in an error.
func decodeFrame(frame []byte, prefix string) ([]byte, error) {
	dec, err := gramsDecoder()
	if err != nil {
		return nil, err
	}
	b, err := dec.DecodeAll(frame, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	}
	return b, nil
}

// decodeLangGrams decodes a language's tables from their frame.
func decodeLangGrams(frame []byte) (*langGrams, error) {
	b, err := decodeFrame(frame, "quick n-grams")
	if err != nil {
		return nil, err
	}
	return parseLangGrams(b)
}

// parseLangGrams reads a language's tables as appendLangGrams wrote them.
func parseLangGrams(b []byte) (*langGrams, error) {
	ok := true
	uvarint := func() uint64 {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			ok = false
			return 0
		}
		b = b[k:]
		return v
	}
	tabs := &langGrams{}
	for n := 1; n <= 3; n++ {
		nv := uvarint()
		if !ok || nv > uint64(len(b))/4 {
			return nil, errQuickGrams
		}
		logs := make([]float32, nv)
		for i := range logs {
			logs[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		b = b[4*nv:]
		nc := uvarint()
		if !ok || nc > uint64(len(b)) {
			return nil, errQuickGrams
		}
		t := &ngrams{codes: make([]uint64, nc), logs: make([]float32, nc)}
		c := uint64(0)
		for i := range t.codes {
			gap, k := binary.Uvarint(b)
			if k <= 0 || gap == 0 || c+gap < c { // codes rise, from above 0
				return nil, errQuickGrams
			}
			b = b[k:]
			c += gap
			t.codes[i] = c
		}
		for i := range t.logs {
			j, k := binary.Uvarint(b)
			if k <= 0 || j >= nv {
				return nil, errQuickGrams
			}
			b = b[k:]
			t.logs[i] = logs[j]
		}
		tabs[n] = t
	}
	if len(b) != 0 {
		return nil, errQuickGrams
	}
	return tabs, nil
}

var (
	// embeddedFrames are the compressed tables of each language of
	// quickGramsFile (nil when unreadable: every table is then decoded from
	// lingua's)
	embeddedFrames = sync.OnceValue(func() map[lingua.Language][]byte {
		frames, err := quickGramFrames(quickGramsFile)
		if err != nil {
			return nil
		}
		return frames
	})
	// gramsByLang: lingua.Language -> *langGrams, nil when they could not
	// be read
	gramsByLang sync.Map
	gramsMu     sync.Mutex
)

// gramsFor returns the tables quick reads of language l, or nil when they
// cannot be read (another lingua version): from quickGramsFile, else
// decoded from lingua's, once.
func gramsFor(l lingua.Language) *langGrams {
	if v, ok := gramsByLang.Load(l); ok {
		return v.(*langGrams)
	}
	gramsMu.Lock()
	defer gramsMu.Unlock()
	if v, ok := gramsByLang.Load(l); ok {
		return v.(*langGrams)
	}
	var tabs *langGrams
	if frame := embeddedFrames()[l]; frame != nil {
		tabs, _ = decodeLangGrams(frame)
	}
	if tabs == nil {
		tabs = &langGrams{}
		for n := 1; n <= 3; n++ {
			t, err := gramsFromLingua(l, n)
			if err != nil {
				tabs = nil
				break
			}
			tabs[n] = t
		}
	}
	gramsByLang.Store(l, tabs)
	return tabs
}
