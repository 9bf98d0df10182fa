package loadtest

import (
	"context"
	"testing"

	"entities/extractor/schema"
)

// oneMention finds one organization in any document.
type oneMention struct{}

func (oneMention) Extract(ctx context.Context, doc schema.Document) (schema.Result, error) {
	if err := schema.Validate(doc, 0); err != nil {
		return schema.Result{}, err
	}
	return schema.Result{ID: doc.ID, Lang: "en", LangConfidence: 1, Entities: []schema.Mention{
		{Type: schema.Organization, Text: "Orbis", Start: 0, End: 5, Key: "organization:orbis", Canonical: "Orbis"},
	}}, nil
}

// TestRun: every document, good or dead-lettered (empty text), is timed.
func TestRun(t *testing.T) {
	docs := make([]Document, 50)
	for i := range docs {
		docs[i].Text = "Orbis said so."
	}
	docs[7].Text = " "
	r, err := Run(context.Background(), Config{Extractor: oneMention{}, Documents: docs, Window: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Latency) != len(docs) || r.Elapsed <= 0 {
		t.Fatalf("%d latencies, elapsed %s", len(r.Latency), r.Elapsed)
	}
	for i, l := range r.Latency {
		if l <= 0 {
			t.Errorf("document %d: latency %s", i, l)
		}
	}
}
