package ner

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// GazetteerFile is the shared gazetteer in the models folder, built by
// entities train like NamesFile: every token sequence that any model's
// gazetteer may hold (see buildSharedGazetteer), one per line, tokens
// separated by tabs. A model that uses it stores only which keys of the
// gazetteer's table it has and their types (see sharedGaz.slotsOf): the
// sequences were ~56% of every model file, nearly the same in each.
const GazetteerFile = "gazetteer.zst"

// GazKeysFile is the table of every key of the shared gazetteer (see
// sharedGaz.all), written by entities train beside GazetteerFile, not
// compressed (see LexiconFile): a process copies it whole instead of
// hashing the gazetteer's sequences. It names the checksum of the gazetteer
// it was built from.
const GazKeysFile = "gazkeys.tab"

const gazKeysMagic = "entities gazetteer keys 1\n"

// gazMaxTokens is the length of the longest sequences gazetteers keep.
const gazMaxTokens = 6

// sharedGaz is a shared gazetteer as a process knows it: the table of its
// keys, each sequence's proper prefixes and the sequence itself, hashed as
// gazIndex keys them, in the order a model's table keeps them.
type sharedGaz struct {
	sum  string
	all  table // every key, values 0
	seqs int   // sequences (0 when read from GazKeysFile)
}

// buildSharedGazetteer writes the shared gazetteer of sents: every labelled
// span of at most maxLen tokens and every token of a labelled span. That
// holds every entry buildGazetteer can make of any subset of sents.
func buildSharedGazetteer(sents []Sentence, maxLen int) ([]byte, error) {
	seqs := map[string]bool{}
	for _, s := range sents {
		for _, sp := range spansFromIOB(s.Tags) {
			toks := s.Tokens[sp.start:sp.end]
			if len(toks) <= maxLen {
				seqs[strings.Join(toks, "\t")] = true
			}
			for _, t := range toks {
				seqs[t] = true
			}
		}
	}
	delete(seqs, "")
	sorted := make([]string, 0, len(seqs))
	for s := range seqs {
		if strings.ContainsAny(s, "\n\x1f") {
			return nil, fmt.Errorf("gazetteer: a token holds a newline or 0x1f: %q", s)
		}
		sorted = append(sorted, s)
	}
	sort.Strings(sorted)
	var raw bytes.Buffer
	for _, s := range sorted {
		raw.WriteString(s)
		raw.WriteByte('\n')
	}
	return compressFile(raw.Bytes())
}

// readGazetteer decodes a file written by buildSharedGazetteer.
func readGazetteer(b []byte) (*sharedGaz, error) {
	sum := sha256.Sum256(b)
	g := &sharedGaz{sum: hex.EncodeToString(sum[:8])}
	raw, err := decompressFile(b)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// a key per token (the sequence's prefixes and itself), one sequence
	// a line
	g.seqs = bytes.Count(raw, []byte{'\n'})
	keys := make([]uint64, 0, g.seqs+bytes.Count(raw, []byte{'\t'}))
	for len(raw) > 0 {
		line, rest, ok := bytes.Cut(raw, []byte{'\n'})
		if !ok || len(line) == 0 {
			return nil, fmt.Errorf("gazetteer: bad line %q", line)
		}
		raw = rest
		// hashed as gazIndex does: FNV over the tokens joined by 0x1f
		h, toks := uint64(fnvOffset), 1
		for _, c := range line {
			if c == '\t' {
				keys = append(keys, h)
				h = hashByte(h, 0x1f)
				toks++
				continue
			}
			h = hashByte(h, c)
		}
		if toks > 64 {
			return nil, fmt.Errorf("gazetteer: bad line %q", line)
		}
		keys = append(keys, h)
	}
	if len(keys) == 0 {
		return nil, errors.New("gazetteer: empty")
	}
	g.all = newTable(keys, make([]uint32, len(keys)), orValues)
	return g, nil
}

// encodeGazKeys returns the bytes of GazKeysFile for g.
func encodeGazKeys(g *sharedGaz) []byte {
	return tableFile(gazKeysMagic, []string{g.sum}, g.all)
}

// readGazKeys decodes a file written by encodeGazKeys (b is only read).
func readGazKeys(b []byte) (*sharedGaz, error) {
	f, t, err := readTableFile(b, gazKeysMagic, 1)
	if err != nil {
		return nil, fmt.Errorf("gazetteer keys: %w", err)
	}
	if f[0] == "" {
		return nil, errors.New("gazetteer keys: bad header")
	}
	if t.vals != nil {
		return nil, errors.New("gazetteer keys: a table with values")
	}
	for _, e := range t.ent {
		if e&(1<<t.k-1) != 0 {
			return nil, errors.New("gazetteer keys: a key with a value")
		}
	}
	return &sharedGaz{sum: f[0], all: t}, nil
}

// slotsOf returns which entries of g.all a model's gazetteer list has
// (present, a bit per entry: its sequences and their prefixes), the types
// list gives each present entry, in entry order (0 for a prefix that is no
// sequence of list), and the length of list's longest sequence; an error if
// g lacks one of list's sequences.
func (g *sharedGaz) slotsOf(list []gazEntry) (present []uint64, vals []uint16, maxLen int, err error) {
	n := len(g.all.ent)
	present = make([]uint64, (n+63)/64)
	types := make([]uint16, n)
	for _, e := range list {
		h := uint64(fnvOffset)
		for j, tok := range e.Tokens {
			h = seqHash(h, j, tok)
			i, ok := g.all.find(h)
			if !ok {
				return nil, nil, 0, fmt.Errorf("gazetteer: %q is not in the shared gazetteer %s", strings.Join(e.Tokens[:j+1], " "), g.sum)
			}
			present[i/64] |= 1 << (i % 64)
			if j == len(e.Tokens)-1 {
				types[i] |= e.Types
			}
		}
		maxLen = max(maxLen, len(e.Tokens))
	}
	for i, v := range types {
		if present[i/64]>>(i%64)&1 != 0 {
			vals = append(vals, v)
		}
	}
	return present, vals, maxLen, nil
}

// modelTable returns the gazetteer table of a model with the entries of
// g.all that present marks and their values vals (see slotsOf): the table
// gazIndex builds of the model's own list, made in one pass over g.all.
func (g *sharedGaz) modelTable(present []uint64, vals []uint16) (table, error) {
	all := &g.all
	count := 0
	for _, w := range present {
		count += bits.OnesCount64(w)
	}
	tail := len(all.ent) % 64 // bits past the last entry must be clear
	if len(present) != (len(all.ent)+63)/64 || count != len(vals) || (tail != 0 && present[len(present)-1]>>tail != 0) {
		return table{}, errors.New("gazetteer: entries and values do not match the shared gazetteer")
	}
	if count == 0 {
		return table{}, nil
	}
	// the model's own buckets, as newTable sizes them for its keys (a
	// table of all's buckets would cost ~1 MB of directory per model): the
	// top k bits of a key's product, so all's finer buckets come in order
	k := min(all.k, uint(max(16, bits.Len(uint(count))-2)))
	t := table{k: k, dir: make([]uint32, 1<<k+1), ent: make([]uint64, 0, count)}
	for b := range uint64(1) << all.k {
		for i := all.dir[b]; i < all.dir[b+1]; i++ {
			if present[i/64]>>(i%64)&1 != 0 {
				mk := b<<(64-all.k) | all.ent[i]>>all.k
				// k >= 16: a value fits beside the key
				t.ent = append(t.ent, mk<<k|uint64(vals[len(t.ent)]))
			}
		}
		t.dir[b>>(all.k-k)+1] = uint32(len(t.ent))
	}
	return t, nil
}

// useShared has the lexicon look its gazetteer up in g (as a model read
// from a file does), with the types of its own list.
func (l *lexicon) useShared(g *sharedGaz) error {
	present, vals, maxLen, err := g.slotsOf(l.gazList)
	if err != nil {
		return err
	}
	if l.gaz, err = g.modelTable(present, vals); err != nil {
		return err
	}
	l.gazMaxLen, l.sharedGaz = maxLen, g
	return nil
}

// gazetteerFiles are the training files whose labelled names make up the
// shared gazetteer: every training split under <Data>/ner, whichever
// models a run trains and whatever their recipes, so that one file serves
// every model (a model built elsewhere from another recipe still finds its
// names in it).
func (c *Config) gazetteerFiles() ([]string, error) {
	files, err := filepath.Glob(filepath.Join(c.Data, "ner", "*", "*", "train.tsv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}

var (
	gazMu        sync.Mutex
	gazBySum     = map[string]*sharedGaz{}
	gazEmbedOnce sync.Once
	gazTextOnce  sync.Once
)

func registerGazetteer(g *sharedGaz) {
	gazMu.Lock()
	gazBySum[g.sum] = g
	gazMu.Unlock()
}

// gazetteerFor returns the shared gazetteer with checksum sum: the
// embedded GazKeysFile when it was built from it, else the embedded
// GazetteerFile read and hashed.
func gazetteerFor(sum string) (*sharedGaz, error) {
	gazEmbedOnce.Do(func() {
		if g, err := readGazKeys(stringBytes(gazKeysTab)); err == nil {
			registerGazetteer(g)
		}
	})
	gazMu.Lock()
	g := gazBySum[sum]
	gazMu.Unlock()
	if g != nil {
		return g, nil
	}
	gazTextOnce.Do(func() {
		if b, err := modelFiles.ReadFile("models/" + GazetteerFile); err == nil {
			if g, err := readGazetteer(b); err == nil {
				registerGazetteer(g)
			}
		}
	})
	gazMu.Lock()
	defer gazMu.Unlock()
	if g := gazBySum[sum]; g != nil {
		return g, nil
	}
	return nil, fmt.Errorf("the model needs gazetteer %s, which is neither embedded nor built here", sum)
}
