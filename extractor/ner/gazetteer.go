package ner

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// GazetteerFile is the shared gazetteer in the models folder, built by
// entities train like NamesFile: every token sequence that any model's
// gazetteer may hold (see buildSharedGazetteer), one per line, tokens
// separated by tabs. A model that uses it stores only the types of each
// sequence for itself (gazEntry.Types, 0 for none), in the file's order:
// the sequences were ~56% of every model file, nearly the same in each.
const GazetteerFile = "gazetteer.zst"

// gazMaxTokens is the length of the longest sequences gazetteers keep.
const gazMaxTokens = 6

// sharedGaz is a shared gazetteer as read: per sequence, in the file's
// order, the hashes of its prefixes and its own (as gazIndex keys them),
// and its length in tokens.
type sharedGaz struct {
	sum  string
	keys []uint64 // sequence after sequence, lens[i] keys each
	lens []uint8
	// index: sequence (tokens joined by tabs) -> its line; only where the
	// trainer built the file, to write models
	index map[string]int
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

// readGazetteer decodes a file written by buildSharedGazetteer; withIndex
// also keeps each sequence's line (for writing models).
func readGazetteer(b []byte, withIndex bool) (*sharedGaz, error) {
	sum := sha256.Sum256(b)
	g := &sharedGaz{sum: hex.EncodeToString(sum[:8])}
	if withIndex {
		g.index = map[string]int{}
	}
	raw, err := decompressFile(b)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// a key per token (the sequence's prefixes and itself), one sequence
	// a line
	n := bytes.Count(raw, []byte{'\n'})
	g.keys = make([]uint64, 0, n+bytes.Count(raw, []byte{'\t'}))
	g.lens = make([]uint8, 0, n)
	for len(raw) > 0 {
		line, rest, ok := bytes.Cut(raw, []byte{'\n'})
		if !ok || len(line) == 0 {
			return nil, fmt.Errorf("gazetteer: bad line %q", line)
		}
		raw = rest
		if withIndex {
			g.index[string(line)] = len(g.lens)
		}
		// hashed as gazIndex does: FNV over the tokens joined by 0x1f
		h, toks := uint64(fnvOffset), 1
		for _, c := range line {
			if c == '\t' {
				g.keys = append(g.keys, h)
				h = hashByte(h, 0x1f)
				toks++
				continue
			}
			h = hashByte(h, c)
		}
		if toks > 64 {
			return nil, fmt.Errorf("gazetteer: bad line %q", line)
		}
		g.keys = append(g.keys, h)
		g.lens = append(g.lens, uint8(toks))
	}
	if len(g.lens) == 0 {
		return nil, errors.New("gazetteer: empty")
	}
	return g, nil
}

// withTypes returns the gazetteer table of a model whose sequence i has
// types[i] (0: not in the model's gazetteer), and the length of its longest
// sequence: the table gazIndex builds of the model's own list, from hashes
// computed once for all models.
func (g *sharedGaz) withTypes(types []uint16) (table, int) {
	n := 0
	for i, v := range types {
		if v != 0 {
			n += int(g.lens[i])
		}
	}
	keys, vals := make([]uint64, 0, n), make([]uint32, 0, n)
	maxLen, at := 0, 0
	for i, v := range types {
		l := int(g.lens[i])
		if v != 0 {
			// its prefixes without types, so that matching can stop at a
			// sequence no entry starts with, then itself
			keys = append(keys, g.keys[at:at+l]...)
			for range l - 1 {
				vals = append(vals, 0)
			}
			vals = append(vals, uint32(v))
			maxLen = max(maxLen, l)
		}
		at += l
	}
	return newTable(keys, vals, orValues), maxLen
}

// typesOf returns the types of each sequence of g in list (a model's
// gazetteer), in g's order; an error if g lacks one of list's sequences.
func (g *sharedGaz) typesOf(list []gazEntry) ([]uint16, error) {
	if g.index == nil {
		return nil, errors.New("gazetteer: read without its index")
	}
	types := make([]uint16, len(g.lens))
	for _, e := range list {
		i, ok := g.index[strings.Join(e.Tokens, "\t")]
		if !ok {
			return nil, fmt.Errorf("gazetteer: %q is not in the shared gazetteer %s", strings.Join(e.Tokens, " "), g.sum)
		}
		types[i] |= e.Types
	}
	return types, nil
}

// useShared has the lexicon look its gazetteer up in g (as a model read
// from a file does), with the types of its own list.
func (l *lexicon) useShared(g *sharedGaz) error {
	types, err := g.typesOf(l.gazList)
	if err != nil {
		return err
	}
	l.gaz, l.gazMaxLen = g.withTypes(types)
	l.sharedGaz = g
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
)

func registerGazetteer(g *sharedGaz) {
	gazMu.Lock()
	gazBySum[g.sum] = g
	gazMu.Unlock()
}

// gazetteerFor returns the shared gazetteer with checksum sum.
func gazetteerFor(sum string) (*sharedGaz, error) {
	gazEmbedOnce.Do(func() {
		if b, err := modelFiles.ReadFile("models/" + GazetteerFile); err == nil {
			if g, err := readGazetteer(b, false); err == nil {
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
