package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"entities/extractor/eval"
	"entities/extractor/ner"
	"entities/extractor/schema"
)

// evalTSV scores the PERSON/ORGANIZATION tagger on a token-per-line file,
// over the file's own tokens (so it measures the tagger, not the tokenizer).
// The group is the data set, e.g. "conll/en" for .../ner/conll/en/val.tsv,
// and the language is the folder's name.
//
// With bySeen, each mention is also scored in a row of its own by whether
// its words are a name (PERSON or ORGANIZATION) in the training split next
// to the file (train.tsv in the same folder; a set without one has no
// such rows): "conll/de seen" and
// "conll/de unseen". The second row is how well the tagger generalizes to
// names it was not trained on; a set whose names are mostly unseen scores
// lower for that reason alone.
//
// Every docSize consecutive sentences are tagged as one document (see
// docTagger); 1 tags one sentence at a time.
//
// With errs, it writes each error of the tagger there (see writeSpanErrors).
func evalTSV(path string, types []schema.Type, tag docTagger, docSize int, sc *eval.Scorer, bySeen bool, errs io.Writer) error {
	if docSize < 1 {
		return fmt.Errorf("documents of %d sentences", docSize)
	}
	sents, err := ner.ReadTSVFile(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	lang := filepath.Base(dir)
	corpus := filepath.Base(filepath.Dir(dir))
	group := corpus + "/" + lang
	if corpus == "wikiann" {
		group += eval.Fragments // link anchors, not running text
	}
	if len(lang) != 2 {
		return fmt.Errorf("cannot tell the language from the folder %q (want .../<set>/<lang>/<split>.tsv)", dir)
	}
	var seen map[string]bool
	if bySeen {
		train := filepath.Join(dir, "train.tsv")
		ts, err := ner.ReadTSVFile(train)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// no training split (GermEval's dev set): no such rows
		case err != nil:
			return err
		default:
			seen = map[string]bool{}
		}
		for _, s := range ts {
			text, offsets := joinTokens(s.Tokens)
			for _, m := range eval.SpansFromBIO(s.Tags, offsets) {
				seen[string(text[m.Start:m.End])] = true
			}
		}
	}
	allTags := make([][]string, len(sents))
	for lo := 0; lo < len(sents); lo += docSize {
		hi := min(lo+docSize, len(sents))
		doc := make([][]string, 0, hi-lo)
		for _, s := range sents[lo:hi] {
			doc = append(doc, s.Tokens)
		}
		copy(allTags[lo:hi], tag(lang, doc))
	}
	for i, s := range sents {
		text, offsets := joinTokens(s.Tokens)
		tags := allTags[i]
		gold := keepTypes(eval.SpansFromBIO(s.Tags, offsets), types)
		pred := keepTypes(eval.SpansFromBIO(tags, offsets), types)
		if errs != nil {
			if err := writeSpanErrors(errs, group, s.Tokens, spanErrors(s.Tags, tags, types)); err != nil {
				return err
			}
		}
		sc.Add(group, gold, pred)
		if seen != nil {
			part := func(ms []schema.Mention, want bool) []schema.Mention {
				var out []schema.Mention
				for _, m := range ms {
					if seen[string(text[m.Start:m.End])] == want {
						out = append(out, m)
					}
				}
				return out
			}
			sc.AddPart(group, "seen", part(gold, true), part(pred, true))
			sc.AddPart(group, "unseen", part(gold, false), part(pred, false))
		}
	}
	return nil
}

// joinTokens is the text of a sentence's tokens joined by one space, and
// each token's [start, end) code-point offsets in it.
func joinTokens(tokens []string) ([]rune, [][2]int) {
	text := []rune(strings.Join(tokens, " "))
	offsets := make([][2]int, len(tokens))
	pos := 0
	for i, t := range tokens {
		n := utf8.RuneCountInString(t)
		offsets[i] = [2]int{pos, pos + n}
		pos += n + 1
	}
	return text, offsets
}

// docTagger tags the sentences (tokens) of one document in language lang
// and returns BIO tags per sentence.
type docTagger func(lang string, sentences [][]string) [][]string

// tokenTagger returns the tagger --tagger names. Ours tags a document as
// extract does (a name found in one sentence is also found where it recurs);
// prose tags sentence by sentence.
func tokenTagger(name string) (docTagger, error) {
	switch name {
	case "entities":
		return ner.TagDocument, nil
	case "prose":
		p, err := eval.NewProseTagger()
		if err != nil {
			return nil, err
		}
		return func(_ string, sents [][]string) [][]string {
			out := make([][]string, len(sents))
			for i, s := range sents {
				out[i] = p.Tag(s)
			}
			return out
		}, nil
	}
	return nil, fmt.Errorf("unknown --tagger %q (want entities or prose)", name)
}

// tsvLike reports whether path holds token-per-line data.
func tsvLike(path string) bool { return strings.HasSuffix(path, ".tsv") }
