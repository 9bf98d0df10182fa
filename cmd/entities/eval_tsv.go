package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"entities/extractor/eval"
	"entities/extractor/ner"
	"entities/extractor/schema"
)

// evalTSV scores the PERSON/ORGANIZATION tagger on a token-per-line file,
// over the file's own tokens (so it measures the tagger, not the tokenizer).
// The group is the data set, e.g. "conll/en" for .../ner/conll/en/val.tsv,
// and the language is the folder's name.
func evalTSV(path string, types []schema.Type, tag func(lang string, tokens []string) []string, sc *eval.Scorer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := ner.ReadTSV(f)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	lang := filepath.Base(dir)
	group := filepath.Base(filepath.Dir(dir)) + "/" + lang
	if len(lang) != 2 {
		return fmt.Errorf("cannot tell the language from the folder %q (want .../<set>/<lang>/<split>.tsv)", dir)
	}
	for _, s := range sents {
		offsets := make([][2]int, len(s.Tokens))
		pos := 0
		for i, t := range s.Tokens {
			n := len([]rune(t))
			offsets[i] = [2]int{pos, pos + n}
			pos += n + 1 // tokens joined by one space
		}
		gold := eval.SpansFromBIO(s.Tags, offsets)
		pred := eval.SpansFromBIO(tag(lang, s.Tokens), offsets)
		sc.Add(group, keepTypes(gold, types), keepTypes(pred, types))
	}
	return nil
}

// tokenTagger returns the tagger --tagger names.
func tokenTagger(name string) (func(lang string, tokens []string) []string, error) {
	switch name {
	case "entities":
		return ner.TagTokens, nil
	case "prose":
		p, err := eval.NewProseTagger()
		if err != nil {
			return nil, err
		}
		return func(_ string, tokens []string) []string { return p.Tag(tokens) }, nil
	}
	return nil, fmt.Errorf("unknown --tagger %q (want entities or prose)", name)
}

// tsvLike reports whether path holds token-per-line data.
func tsvLike(path string) bool { return strings.HasSuffix(path, ".tsv") }
