package text

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"entities/extractor/internal/golden"
)

type goldenSample struct {
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// goldenResult is one line of the golden file: each sentence as its tokens,
// each token as text and code-point offsets.
type goldenResult struct {
	Lang      string      `json:"lang"`
	Sentences [][]goldTok `json:"sentences"`
}

type goldTok [3]any // text, start, end

// TestGolden tokenizes and splits the samples in testdata/samples.jsonl
// (sentences written for this test, in many languages) with TokenizeLang and
// SentencesIn, and compares with testdata/samples.golden.jsonl. Run with
// -update to rewrite the golden file after a deliberate change, and review
// the diff.
func TestGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "samples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(in))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var s goldenSample
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("decode sample %q: %v", sc.Text(), err)
		}
		toks := TokenizeLang(s.Text, s.Lang)
		checkTokens(t, s.Text, toks)
		sents := SentencesIn(s.Text, toks)
		checkSentences(t, toks, sents)
		r := goldenResult{Lang: s.Lang, Sentences: [][]goldTok{}}
		for _, sent := range sents {
			var st []goldTok
			for _, tok := range sent {
				st = append(st, goldTok{tok.Text, tok.Start, tok.End})
			}
			r.Sentences = append(r.Sentences, st)
		}
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "samples.golden.jsonl"), out.Bytes())
}
