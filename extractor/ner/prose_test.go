package ner

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

var proseFlag = flag.Bool("prose", false, "measure prose's built-in NER on CoNLL en val (baseline; slow)")

// TestProseBaseline scores prose's own English NER model on CoNLL English val
// (strict span match on gold tokens joined by spaces) as the baseline the
// project's taggers replace. It loads prose's model once and reuses it:
// prose.NewDocument without UsingModel rebuilds the model on every call.
func TestProseBaseline(t *testing.T) {
	if !*proseFlag {
		t.Skip("run with -prose")
	}
	path := filepath.Join(dataDir, "ner", "conll", "en", "val.tsv")
	sents, err := readFile(path, 0)
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	start := time.Now()
	seed, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	model := seed.Model
	t.Logf("prose model load: %s", time.Since(start))
	scores := []Score{{Set: "conll/en", Type: "PERSON"}, {Set: "conll/en", Type: "ORGANIZATION"}}
	labels := map[string]int{}
	overlap := [2]int{} // predicted spans overlapping a gold span of the type
	start = time.Now()
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
		text := strings.Join(s.Tokens, " ")
		// character offsets of the gold tokens
		starts := map[int]int{}
		ends := map[int]int{}
		off := 0
		for i, tok := range s.Tokens {
			starts[off] = i
			ends[off+len(tok)] = i
			off += len(tok) + 1
		}
		doc, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false))
		if err != nil {
			t.Fatal(err)
		}
		var pred []span
		pos := 0
		cur := -1
		for _, pt := range doc.Tokens() {
			at := strings.Index(text[pos:], pt.Text)
			if at < 0 {
				continue
			}
			b, e := pos+at, pos+at+len(pt.Text)
			pos = e
			labels[pt.Label]++
			typ := -1
			switch {
			case strings.HasSuffix(pt.Label, "PERSON"):
				typ = 0
			case strings.HasSuffix(pt.Label, "ORGANIZATION"), strings.HasSuffix(pt.Label, "ORG"):
				typ = 1
			}
			if typ < 0 {
				cur = -1
				continue
			}
			// like prose's own Entities(), consecutive tokens of one type form one
			// entity (prose labels most name tokens B-)
			if cur < 0 || pred[cur].typ != typ {
				pred = append(pred, span{typ: typ, start: b, end: e})
				cur = len(pred) - 1
				continue
			}
			pred[cur].end = e
		}
		gold := spansFromIOB(s.Tags)
		for _, g := range gold {
			if g.typ <= 1 {
				scores[g.typ].Gold++
			}
		}
		for _, p := range pred {
			scores[p.typ].Pred++
			for _, g := range gold {
				if g.typ == p.typ && goldStart(starts, g.start) < p.end && p.start < goldEnd(ends, g.end-1) {
					overlap[p.typ]++
					break
				}
			}
			si, ok1 := starts[p.start]
			ei, ok2 := ends[p.end]
			if !ok1 || !ok2 {
				continue
			}
			for _, g := range gold {
				if g == (span{typ: p.typ, start: si, end: ei + 1}) {
					scores[p.typ].Correct++
					break
				}
			}
		}
	}
	took := time.Since(start)
	for i := range scores {
		scores[i].finish()
		t.Logf("prose %s %s: strict P %.4f R %.4f F1 %.4f (gold %d, predicted %d); overlapping a gold span: %d (P %.4f)", scores[i].Set, scores[i].Type,
			scores[i].P, scores[i].R, scores[i].F1, scores[i].Gold, scores[i].Pred, overlap[i], float64(overlap[i])/float64(max(scores[i].Pred, 1)))
	}
	t.Logf("prose labels seen: %v", labels)
	t.Logf("prose tagged %d tokens in %s: %.0f tokens/s", tokens, took, float64(tokens)/took.Seconds())
	// part-of-speech tags alone (a candidate feature): still far below the
	// 200,000 tokens/s the tagger must sustain
	start = time.Now()
	for _, s := range sents {
		if _, err := prose.NewDocument(strings.Join(s.Tokens, " "), prose.UsingModel(model),
			prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
			t.Fatal(err)
		}
	}
	took = time.Since(start)
	t.Logf("prose POS tagging alone: %.0f tokens/s", float64(tokens)/took.Seconds())
	// without UsingModel, every NewDocument decodes prose's models again
	start = time.Now()
	const calls = 20
	for _, s := range sents[:calls] {
		if _, err := prose.NewDocument(strings.Join(s.Tokens, " "), prose.WithSegmentation(false)); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("prose.NewDocument without a reused model: %s per call", time.Since(start)/calls)
}

func goldStart(starts map[int]int, tok int) int {
	for off, i := range starts {
		if i == tok {
			return off
		}
	}
	return -1
}

func goldEnd(ends map[int]int, tok int) int {
	for off, i := range ends {
		if i == tok {
			return off
		}
	}
	return -1
}
