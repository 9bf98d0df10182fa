package ner

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

// Name flags: what the name lists say a word (lowercased) is.
const (
	nameGiven   = 1 << iota // a given name
	nameSurname             // a surname
	nameCompany             // a capitalized word of a company's name
	nameOther               // a name part of unknown kind (large, noisy lists)
)

// NamesFile is the name index in the models folder, shared by all models.
const NamesFile = "names.zst"

// nameIndex maps the hash of a lowercased word to its name flags. Sum
// identifies the file it was read from (model cards record it).
//
// The same table also holds the shared word clusters (ClustersFile) when a
// model uses them, so that a token costs one look-up for both.
type nameIndex struct {
	words    table // values: name flags in the low 8 bits, the word's cluster code (see clusterList) above
	sum      string
	clusters string // checksum of the clusters file merged in ("": none)
	count    int    // words with name flags

	// the lists as read, to merge with clusters
	keys []uint64
	vals []uint32
}

func (x *nameIndex) flags(hl uint64) uint8 {
	if x == nil {
		return 0
	}
	f, _ := x.words.get(hl)
	return uint8(f)
}

// lookup returns the name flags and the cluster code of the word with hash
// hl.
func (x *nameIndex) lookup(hl uint64) (uint8, uint32) {
	v, _ := x.words.get(hl)
	return uint8(v), v >> 8
}

// nameSources are the lists under <data>/gazetteers that BuildNames reads,
// with the flag each gives its words (0: by the file's own columns).
var nameSources = []struct {
	glob string
	flag uint8
}{
	{"wiktionary/*_given_names.txt", nameGiven},
	{"wiktionary/*_surnames.txt", nameSurname},
	{"wikipedia-lists/given_names.txt", nameGiven},
	{"wikipedia-lists/family_names.txt", nameSurname},
	{"wikipedia-lists/persons_fullnames.txt", nameGiven | nameSurname}, // first word given, last surname
	{"popular-names-by-country.tsv", 0},
	{"cspell-people/names.txt", nameOther},
	{"humannames/names.txt", nameOther},
	{"cspell-companies/companies.txt", nameCompany},
	{"wikipedia-lists/companies.txt", nameCompany},
}

// NameSourceLicences are the licences of the name lists, for model cards.
const NameSourceLicences = "name lists (../shared/data/gazetteers): Wiktionary name categories (CC BY-SA) via Names-by-Culture (Apache-2.0); npm humannames (MIT); npm @cspell/dict-people-names and @cspell/dict-companies (MIT); boberle/random-items Wikipedia lists (CC BY 3.0); popular-names-by-country-dataset (CC0)"

// BuildNames reads the name lists under gazetteers (the data folder's
// gazetteers/) and returns the index file's bytes: "word\tflags" lines,
// sorted, zstd-compressed.
func BuildNames(gazetteers string) ([]byte, error) {
	flags := map[string]uint8{}
	mark := func(w string, f uint8) {
		w = strings.ToLower(strings.TrimSpace(w))
		if len([]rune(w)) < 2 || strings.ContainsAny(w, " \t") {
			return
		}
		flags[w] |= f
	}
	files := 0
	for _, src := range nameSources {
		paths, err := filepath.Glob(filepath.Join(gazetteers, src.glob))
		if err != nil {
			return nil, err
		}
		sort.Strings(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			files++
			for _, line := range strings.Split(string(b), "\n") {
				line = strings.TrimSpace(line)
				if line == "" {
					continue
				}
				switch src.flag {
				case 0: // country, forename|surname, name
					f := strings.Split(line, "\t")
					if len(f) == 3 && f[1] == "forename" {
						mark(f[2], nameGiven)
					} else if len(f) == 3 && f[1] == "surname" {
						mark(f[2], nameSurname)
					}
				case nameGiven | nameSurname:
					f := strings.Fields(line)
					if len(f) >= 2 {
						mark(f[0], nameGiven)
						mark(f[len(f)-1], nameSurname)
					}
				case nameCompany:
					for _, w := range strings.Fields(line) {
						if r := []rune(w); unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
							mark(strings.Trim(w, ",.()"), nameCompany)
						}
					}
				default:
					if !strings.ContainsAny(line, " \t") {
						mark(line, src.flag)
					}
				}
			}
		}
	}
	if files == 0 {
		return nil, fmt.Errorf("no name lists under %s", gazetteers)
	}
	words := make([]string, 0, len(flags))
	for w := range flags {
		words = append(words, w)
	}
	sort.Strings(words)
	var raw bytes.Buffer
	for _, w := range words {
		fmt.Fprintf(&raw, "%s\t%x\n", w, flags[w])
	}
	return compressFile(raw.Bytes())
}

// readNames decodes an index file written by BuildNames.
func readNames(b []byte) (*nameIndex, error) {
	x := &nameIndex{}
	sum := sha256.Sum256(b)
	x.sum = hex.EncodeToString(sum[:8])
	lines, n, err := readLines(b)
	if err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	keys, vals := make([]uint64, 0, n), make([]uint32, 0, n)
	for line := range lines {
		w, f, ok := bytes.Cut(line, []byte{'\t'})
		v, perr := strconv.ParseUint(string(f), 16, 8)
		if !ok || perr != nil {
			return nil, fmt.Errorf("names: bad line %q", line)
		}
		keys, vals = append(keys, hashBytes(fnvOffset, w)), append(vals, uint32(v))
	}
	// the file has each word once; the table of the lists alone is built
	// when a model uses them without clusters (see sharedFor), as the
	// embedded models never do
	x.keys, x.vals, x.count = keys, vals, len(keys)
	if x.count == 0 {
		return nil, fmt.Errorf("names: empty")
	}
	return x, nil
}

// readLines decompresses a file written by compressFile and returns its
// lines, without their newlines, and how many there are.
func readLines(b []byte) (iter.Seq[[]byte], int, error) {
	raw, err := decompressFile(b)
	if err != nil {
		return nil, 0, err
	}
	n := bytes.Count(raw, []byte{'\n'})
	if len(raw) > 0 && raw[len(raw)-1] != '\n' {
		n++
	}
	return func(yield func([]byte) bool) {
		for rest := raw; len(rest) > 0; {
			var line []byte
			line, rest, _ = bytes.Cut(rest, []byte{'\n'})
			if !yield(line) {
				return
			}
		}
	}, n, nil
}

// decompressFile decompresses a file written by compressFile, into a buffer
// of the size its header gives.
func decompressFile(b []byte) ([]byte, error) {
	var h zstd.Header
	if err := h.Decode(b); err != nil {
		return nil, err
	}
	var out []byte
	if h.HasFCS && h.FrameContentSize < 1<<30 {
		out = make([]byte, 0, h.FrameContentSize)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer dec.Close()
	return dec.DecodeAll(b, out)
}

// Name indexes and clusters by checksum: the embedded ones, and those built
// by the trainer in this process. A model whose card names an index or a
// clustering gets it here.
var (
	namesMu       sync.Mutex
	namesBySum    = map[string]*nameIndex{}
	clustersBySum = map[string]*clusterList{}
	sharedBySums  = map[[2]string]*nameIndex{}
	embedOnce     sync.Once
)

func registerNames(x *nameIndex) {
	namesMu.Lock()
	namesBySum[x.sum] = x
	namesMu.Unlock()
}

func registerClusters(c *clusterList) {
	namesMu.Lock()
	clustersBySum[c.sum] = c
	namesMu.Unlock()
}

func loadEmbeddedShared() {
	embedOnce.Do(func() {
		if b, err := modelFiles.ReadFile("models/" + NamesFile); err == nil {
			if x, err := readNames(b); err == nil {
				registerNames(x)
			}
		}
		if b, err := modelFiles.ReadFile("models/" + ClustersFile); err == nil {
			if c, err := readClusters(b); err == nil {
				registerClusters(c)
			}
		}
	})
}

// namesFor returns the index with the checksum sum.
func namesFor(sum string) (*nameIndex, error) {
	return sharedFor(sum, "")
}

// LexiconFile is the table of the name lists merged with the clusters, as
// sharedFor builds it from NamesFile and ClustersFile, written by entities
// train beside them: a process that needs it copies it whole instead of
// parsing and hashing both files (~a quarter of the CPU that extract spent
// on one German document). It is not compressed: zstd saved 27% of the
// two tables (9.9 -> 7.3 MB) and cost 25-75 ms of CPU at start-up. It names the checksums of
// the files it was built from; a model whose card names others gets its
// table built from those, as before.
const LexiconFile = "lexicon.tab"

const lexiconMagic = "entities lexicon 1\n"

// encodeLexicon returns the bytes of LexiconFile for x, an index built by
// mergeShared.
func encodeLexicon(x *nameIndex) []byte {
	return tableFile(lexiconMagic, []string{x.sum, x.clusters}, x.words)
}

// readLexicon decodes a file written by encodeLexicon (b is only read).
func readLexicon(b []byte) (*nameIndex, error) {
	f, t, err := readTableFile(b, lexiconMagic, 2)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if f[1] == "" { // the clusters' checksum; the lists' may be "" (none)
		return nil, errors.New("lexicon: bad header")
	}
	return &nameIndex{words: t, sum: f[0], clusters: f[1]}, nil
}

// embeddedLexicon is the embedded LexiconFile as read (nil: unreadable; the
// table is then built from the lists and clusters).
var embeddedLexicon = sync.OnceValue(func() *nameIndex {
	x, err := readLexicon(stringBytes(lexiconTab))
	if err != nil {
		return nil
	}
	return x
})

// stringBytes returns the bytes of s without copying them; they must not
// be written.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// sharedFor returns the index of the name lists with checksum names ("":
// none) merged with the clusters with checksum clusters ("": none), built
// once per process for all the models that use them, or read from the
// embedded LexiconFile when it was built from the same two files.
func sharedFor(names, clusters string) (*nameIndex, error) {
	if x := embeddedLexicon(); clusters != "" && x != nil && x.sum == names && x.clusters == clusters {
		return x, nil
	}
	loadEmbeddedShared()
	namesMu.Lock()
	defer namesMu.Unlock()
	var nx *nameIndex
	if names != "" {
		if nx = namesBySum[names]; nx == nil {
			return nil, fmt.Errorf("the model needs name index %s, which is neither embedded nor built here", names)
		}
		if clusters == "" {
			if nx.words.dir == nil {
				nx.words = newTable(nx.keys, nx.vals, lastValue)
			}
			return nx, nil
		}
	}
	if x := sharedBySums[[2]string{names, clusters}]; x != nil {
		return x, nil
	}
	cl := clustersBySum[clusters]
	if cl == nil {
		return nil, fmt.Errorf("the model needs word clusters %s, which are neither embedded nor built here", clusters)
	}
	x := mergeShared(nx, cl)
	sharedBySums[[2]string{names, clusters}] = x
	return x, nil
}

// mergeShared returns one index of name lists nx (nil: none) and clusters cl.
func mergeShared(nx *nameIndex, cl *clusterList) *nameIndex {
	x := &nameIndex{clusters: cl.sum}
	n := len(cl.keys)
	if nx != nil {
		n += len(nx.keys)
	}
	keys, vals := make([]uint64, 0, n), make([]uint32, 0, n)
	if nx != nil {
		x.sum, x.count = nx.sum, nx.count
		keys, vals = append(keys, nx.keys...), append(vals, nx.vals...)
	}
	keys = append(keys, cl.keys...)
	for _, v := range cl.vals {
		vals = append(vals, v<<8)
	}
	x.words = newTable(keys, vals, orValues)
	return x
}

// compressFile compresses the contents of a file that entities train writes
// into the models folder, as small as zstd makes it (one encoder goroutine,
// so the bytes are the same on every run).
func compressFile(raw []byte) ([]byte, error) {
	// one frame with the size of its content, so that a reader allocates
	// once
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer enc.Close()
	return enc.EncodeAll(raw, nil), nil
}

// NameKinds reports what the embedded name lists (NamesFile) say the word w
// is: a given name, a surname, both or neither.
func NameKinds(w string) (given, surname bool) {
	x := embeddedLexicon()
	if x == nil {
		return false, false
	}
	f, _ := x.lookup(hashBytes(fnvOffset, []byte(strings.ToLower(w))))
	return f&nameGiven != 0, f&nameSurname != 0
}
