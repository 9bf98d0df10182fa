package lang

import (
	"archive/zip"
	"embed"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"strings"
	"sync"
	"unsafe"

	"github.com/pemistahl/lingua-go"
)

// linguaModels are lingua's embedded n-gram tables (v1.4.0: one zipped
// protobuf message per language and n-gram length). Reading them here lets
// decodeTable decode a table ~3 times faster than lingua does (protobuf's
// generic decoder and a string allocated per n-gram); lingua then finds it
// loaded. Should lingua rename the variable, the build fails here, not
// silently.
//
//go:linkname linguaModels github.com/pemistahl/lingua-go.languageModels
var linguaModels embed.FS

// onEveryCore runs jobs on GOMAXPROCS goroutines and waits for them.
func onEveryCore(jobs []func()) {
	next := make(chan func())
	var wg sync.WaitGroup
	for range min(len(jobs), max(1, runtime.GOMAXPROCS(0))) {
		wg.Go(func() {
			for job := range next {
				job()
			}
		})
	}
	for _, job := range jobs {
		next <- job
	}
	close(next)
	wg.Wait()
}

// loaded reports whether every table of languages ls is in maps.
func loaded(maps []*sync.Map, ls []lingua.Language) bool {
	for _, m := range maps {
		for _, l := range ls {
			if _, ok := m.Load(l); !ok {
				return false
			}
		}
	}
	return true
}

var ngramNames = [...]string{1: "unigram", 2: "bigram", 3: "trigram", 4: "quadrigram", 5: "fivegram"}

// loadTable stores lingua's table of n-grams of n letters of language l in
// m, lingua's own map of such tables, unless it is loaded already. When it
// cannot (another lingua version), lingua loads the table itself on first
// use, as before.
func loadTable(m *sync.Map, l lingua.Language, n int) {
	if _, ok := m.Load(l); ok {
		return
	}
	if t, err := decodeTable(l, n); err == nil {
		m.LoadOrStore(l, t)
	}
}

// decodeTable decodes lingua's table of n-grams of n letters of language l
// into the map lingua would build from it: every n-gram of every n-gram set
// with the set's probability, a later set winning. The n-grams are
// substrings of one string, the decompressed message.
func decodeTable(l lingua.Language, n int) (map[string]float64, error) {
	msg, err := tableMessage(l, n)
	if err != nil {
		return nil, err
	}
	var out map[string]float64
	err = decodeModel(msg, func(total int) { out = make(map[string]float64, total) }, func(g string, p float64) { out[g] = p })
	if out == nil && err == nil {
		out = map[string]float64{}
	}
	return out, err
}

// tableMessage returns the decompressed message of lingua's table of
// n-grams of n letters of language l. The zip file is read where it is
// embedded, not copied.
func tableMessage(l lingua.Language, n int) (string, error) {
	path := fmt.Sprintf("language-models/%s/%ss.pb.bin.zip", strings.ToLower(l.IsoCode639_1().String()), ngramNames[n])
	f, err := linguaModels.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	ra, ok := f.(io.ReaderAt)
	if !ok {
		return "", errors.New("embedded file without ReadAt")
	}
	zr, err := zip.NewReader(ra, st.Size())
	if err != nil {
		return "", err
	}
	if len(zr.File) == 0 {
		return "", errors.New("empty zip file")
	}
	size := zr.File[0].UncompressedSize64
	if size > 1<<28 {
		return "", fmt.Errorf("%s: %d bytes", path, size)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	raw := make([]byte, size)
	if _, err := io.ReadFull(rc, raw); err != nil {
		return "", err
	}
	// the zip reader checks the checksum at the end of the data
	if k, err := rc.Read(make([]byte, 1)); k != 0 || err != io.EOF {
		return "", fmt.Errorf("%s: longer than its header says, or %v", path, err)
	}
	// never written again: the n-grams can point into it
	return unsafe.String(unsafe.SliceData(raw), len(raw)), nil
}

// decodeModel decodes a SerializableLanguageModel message (lingua's
// serialization/model.proto): total_ngrams = 3 (varint), ngram_sets = 4,
// each a SerializableNgramSet: probability = 1 (fixed64), ngrams = 2
// (repeated string).
// It calls total with the message's count of n-grams (or 0 when it has
// none) before it calls put for each n-gram, in order.
func decodeModel(msg string, total func(int), put func(g string, p float64)) error {
	started := false
	var ngrams []string
	for len(msg) > 0 {
		field, wire, rest, err := protoTag(msg)
		if err != nil {
			return err
		}
		msg = rest
		switch {
		case field == 3 && wire == 0 && !started:
			v, rest, err := protoVarint(msg)
			if err != nil {
				return err
			}
			msg = rest
			total(int(min(v, 1<<24)))
			started = true
		case field == 4 && wire == 2:
			set, rest, err := protoBytes(msg)
			if err != nil {
				return err
			}
			msg = rest
			p := 0.0
			ngrams = ngrams[:0]
			for len(set) > 0 {
				f, w, r, err := protoTag(set)
				if err != nil {
					return err
				}
				set = r
				switch {
				case f == 1 && w == 1:
					if len(set) < 8 {
						return io.ErrUnexpectedEOF
					}
					var bits uint64
					for i := 7; i >= 0; i-- {
						bits = bits<<8 | uint64(set[i])
					}
					p = math.Float64frombits(bits)
					set = set[8:]
				case f == 2 && w == 2:
					s, r, err := protoBytes(set)
					if err != nil {
						return err
					}
					set = r
					ngrams = append(ngrams, s)
				default:
					if set, err = protoSkip(set, w); err != nil {
						return err
					}
				}
			}
			if !started {
				total(0)
				started = true
			}
			for _, g := range ngrams {
				put(g, p)
			}
		default:
			if msg, err = protoSkip(msg, wire); err != nil {
				return err
			}
		}
	}
	if !started {
		total(0)
	}
	return nil
}

func protoVarint(s string) (uint64, string, error) {
	var v uint64
	for i := 0; i < len(s) && i < 10; i++ {
		b := s[i]
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			return v, s[i+1:], nil
		}
	}
	return 0, "", errors.New("bad varint")
}

func protoTag(s string) (field uint64, wire uint64, rest string, err error) {
	v, rest, err := protoVarint(s)
	return v >> 3, v & 7, rest, err
}

func protoBytes(s string) (string, string, error) {
	n, rest, err := protoVarint(s)
	if err != nil {
		return "", "", err
	}
	if n > uint64(len(rest)) {
		return "", "", io.ErrUnexpectedEOF
	}
	return rest[:n], rest[n:], nil
}

func protoSkip(s string, wire uint64) (string, error) {
	switch wire {
	case 0:
		_, rest, err := protoVarint(s)
		return rest, err
	case 1:
		if len(s) < 8 {
			return "", io.ErrUnexpectedEOF
		}
		return s[8:], nil
	case 2:
		_, rest, err := protoBytes(s)
		return rest, err
	case 5:
		if len(s) < 4 {
			return "", io.ErrUnexpectedEOF
		}
		return s[4:], nil
	}
	return "", fmt.Errorf("unsupported wire type %d", wire)
}
