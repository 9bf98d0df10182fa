package schema

import (
	"encoding/json"
	"time"
)

// Document is one input document. Only Text is required.
type Document struct {
	ID          string          `json:"id,omitempty"`
	Text        string          `json:"text"`
	Title       string          `json:"title,omitempty"`
	Lang        string          `json:"lang,omitempty"` // caller's hint, ISO 639-1; wins unless the text is mostly in another script
	Source      string          `json:"source,omitempty"`
	PublishedAt *time.Time      `json:"published_at,omitempty"`
	Meta        json.RawMessage `json:"meta,omitempty"`
}

// Type is the kind of thing a mention names.
type Type string

// The entity types the product extracts.
const (
	Person       Type = "PERSON"
	Organization Type = "ORGANIZATION"
	Money        Type = "MONEY"
)

// Types lists every Type in output order.
var Types = []Type{Person, Organization, Money}

// Mention is one span of a document that names an entity. Start and End are
// Unicode code-point offsets into Document.Text, End exclusive. Mentions that
// share a Key refer to one entity.
type Mention struct {
	Type       Type    `json:"type"`
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Key        string  `json:"key"`
	Canonical  string  `json:"canonical"`
	Confidence float64 `json:"confidence,omitempty"`
	// Lang is the language of the paragraph the mention is in, set only when
	// it differs from the document's (mixed documents).
	Lang string `json:"lang,omitempty"`
	// MONEY only: exact decimal strings (never floats) and an ISO 4217 code.
	Amount    string `json:"amount,omitempty"`
	AmountMax string `json:"amount_max,omitempty"` // upper bound of a range
	Currency  string `json:"currency,omitempty"`
	// ORGANIZATION only: the legal form split off the name ("PLC", "GmbH").
	LegalForm string `json:"legal_form,omitempty"`
}

// LangIn returns the language of the mention in a document in doc: its own
// in a paragraph of another language, else the document's.
func (m Mention) LangIn(doc string) string {
	if m.Lang != "" {
		return m.Lang
	}
	return doc
}

// LangShare is the share of a document's text in one language.
type LangShare struct {
	Lang  string  `json:"lang"`
	Share float64 `json:"share"`
}

// Result is what the extractor returns for one document.
type Result struct {
	ID             string          `json:"id"`
	Lang           string          `json:"lang"`
	LangConfidence float64         `json:"lang_confidence"`
	Languages      []LangShare     `json:"languages,omitempty"`
	PublishedAt    *time.Time      `json:"published_at,omitempty"` // copied from the document
	Title          string          `json:"title,omitempty"`        // copied from the document
	Meta           json.RawMessage `json:"meta,omitempty"`         // copied from the document, so results join back to the caller's records
	Entities       []Mention       `json:"entities"`
}

// Failure is the result line of a document that could not be processed.
type Failure struct {
	ID    string `json:"id"`
	Error Error  `json:"error"`
}
