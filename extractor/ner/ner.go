// Package ner tags PERSON and ORGANIZATION mentions. SKELETON: the NER helper replaces this file.
package ner

import "entities/extractor/text"

// Span is one tagged mention. Start and End are code-point offsets into the text.
type Span struct {
	Type       string // "PERSON" or "ORGANIZATION"
	Start, End int
	Confidence float64
}

// Find tags the text of one document in language lang (ISO 639-1 or "und").
func Find(s string, toks []text.Token, lang string) []Span { return nil }
