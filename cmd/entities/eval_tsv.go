package main

import (
	"errors"

	"entities/extractor/eval"
	"entities/extractor/schema"
)

// evalTSV scores the PERSON/ORGANIZATION tagger on a token-per-line file.
func evalTSV(path, data string, types []schema.Type, sc *eval.Scorer) error {
	return errors.New("token-per-line gold needs the trained tagger (extractor/ner), not built yet")
}
