package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of token-per-line data: tokens and their IOB2 tags
// as they appear in the file (B-PER, I-ORG, B-LOC, O, ...).
type Sentence struct {
	Tokens, Tags []string
}

// ReadTSV reads token<TAB>tag lines; a blank line ends a sentence. Lines
// starting with -DOCSTART- are skipped. A line without a tab is an error.
func ReadTSV(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "-DOCSTART-") {
			flush()
			continue
		}
		i := strings.LastIndexByte(l, '\t')
		if i < 0 {
			return nil, fmt.Errorf("read tsv: line %d: no tab between token and tag", line)
		}
		tok, tag := l[:i], strings.TrimSpace(l[i+1:])
		if tag == "" {
			return nil, fmt.Errorf("read tsv: line %d: empty tag", line)
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read tsv: line %d: %w", line, err)
	}
	flush()
	return out, nil
}
