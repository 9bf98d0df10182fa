package pipeline

import (
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
)

// Source says which input message an output record came from.
type Source struct {
	Topic     string `json:"topic"`
	Partition int    `json:"partition"`
	Offset    int64  `json:"offset"`
}

// DocumentRecord is the value of a record on <prefix>.documents: the
// extraction result of one document, keyed by document id.
type DocumentRecord struct {
	schema.Result
	// EntitiesTruncated says the record keeps only the first mentions, to
	// fit under MaxRecordBytes; Mentions is then how many the document
	// has. The entity records carry all of them.
	EntitiesTruncated bool   `json:"entities_truncated,omitempty"`
	Mentions          int    `json:"mentions,omitempty"`
	Source            Source `json:"source"`
	PipelineVersion   string `json:"pipeline_version"`
}

// Form is one surface form of an entity in a document and how often it
// occurs there.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Span is where one mention of an entity is: code-point offsets into the
// document's text, end exclusive.
type Span struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Confidence float64 `json:"confidence,omitempty"`
}

// EntityRecord is the value of a record on <prefix>.person,
// <prefix>.organization and <prefix>.money: one entity of one document,
// keyed by the entity key, so every mention of an entity across documents
// lands in one partition.
type EntityRecord struct {
	Key         string      `json:"key"`
	Type        schema.Type `json:"type"`
	Canonical   string      `json:"canonical"`
	DocumentID  string      `json:"document_id"`
	Lang        string      `json:"lang"`
	PublishedAt *time.Time  `json:"published_at,omitempty"`
	Count       int         `json:"count"`
	Forms       []Form      `json:"forms"`
	Mentions    []Span      `json:"mentions"`
	Amount      string      `json:"amount,omitempty"`
	AmountMax   string      `json:"amount_max,omitempty"`
	Currency    string      `json:"currency,omitempty"`
	LegalForm   string      `json:"legal_form,omitempty"`
	// Part and Parts number the records of an entity split to fit under
	// MaxRecordBytes (1-based); both are left out of an entity in one record.
	Part            int    `json:"part,omitempty"`
	Parts           int    `json:"parts,omitempty"`
	Source          Source `json:"source"`
	PipelineVersion string `json:"pipeline_version"`
}

// SchemaMentions turns the record back into the mentions it was built from,
// for consumers that aggregate entities (export.Aggregator.AddDocument).
func (r EntityRecord) SchemaMentions() []schema.Mention {
	ms := make([]schema.Mention, len(r.Mentions))
	for i, s := range r.Mentions {
		ms[i] = schema.Mention{
			Type: r.Type, Text: s.Text, Start: s.Start, End: s.End, Key: r.Key, Canonical: r.Canonical,
			Confidence: s.Confidence, Amount: r.Amount, AmountMax: r.AmountMax, Currency: r.Currency, LegalForm: r.LegalForm,
		}
	}
	return ms
}

// EntityRecords groups the mentions of a result by key, in order of first
// mention. Mentions without a key are left out: they have no entity to
// belong to (the result record still carries them).
func EntityRecords(res schema.Result, src Source, version string) []EntityRecord {
	var out []EntityRecord
	index := map[string]int{}
	for _, m := range res.Entities {
		if m.Key == "" {
			continue
		}
		i, ok := index[m.Key]
		if !ok {
			i = len(out)
			index[m.Key] = i
			out = append(out, EntityRecord{
				Key: m.Key, Type: m.Type, Canonical: m.Canonical, DocumentID: res.ID, Lang: m.LangIn(res.Lang),
				PublishedAt: res.PublishedAt, Amount: m.Amount, AmountMax: m.AmountMax, Currency: m.Currency,
				LegalForm: m.LegalForm, Source: src, PipelineVersion: version,
			})
		}
		out[i].Mentions = append(out[i].Mentions, Span{Start: m.Start, End: m.End, Text: m.Text, Confidence: m.Confidence})
	}
	for i := range out {
		out[i] = partOf(out[i], out[i].Mentions)
	}
	return out
}

// Dead-letter headers added to the original message's headers.
const (
	HeaderErrorCode       = "error.code"
	HeaderErrorMessage    = "error.message"
	HeaderSourceTopic     = "source.topic"
	HeaderSourcePartition = "source.partition"
	HeaderSourceOffset    = "source.offset"
	// HeaderValueTruncated is set on a dead letter whose value the broker
	// refused whole and that keeps only its start; it holds the original
	// length in bytes.
	HeaderValueTruncated = "error.value_truncated"
)

// IsControlRecord reports whether m is the commit or abort marker of a
// transactional producer, which kafka-go hands over as a message: its key is
// a version 0 and a type, 0 (abort) or 1 (commit), in two int16s, and its
// value a version 0 and the coordinator's epoch (int16, int32). Before, the
// worker dead-lettered every marker as bad_json.
func IsControlRecord(m kafka.Message) bool {
	k, v := m.Key, m.Value
	return len(k) == 4 && k[0] == 0 && k[1] == 0 && k[2] == 0 && k[3] <= 1 &&
		len(v) == 6 && v[0] == 0 && v[1] == 0 && len(m.Headers) == 0
}
