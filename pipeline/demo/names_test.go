package demo

import (
	"context"
	"testing"

	"entities/extractor"
	"entities/extractor/extractortest"
	"entities/extractor/schema"
)

// TestNamesHaveNoLowercaseEdges extracts every demo article as the demo's
// worker does and checks that no PERSON or ORGANIZATION name begins or ends
// with a lowercase common word ("général", "société Ubisoft", a clause
// ending in "conseil régional": what the models before the retraining on
// running text made of these articles). Particles such as "de" or "van" may
// begin a name, camel-case brands such as "mBank" are names, and in
// languages that write organizations in sentence case ("Force ouvrière")
// one may end in a lowercase word: see extractortest.LowercaseEdge.
func TestNamesHaveNoLowercaseEdges(t *testing.T) {
	e := extractortest.Engine(t, extractor.Config{})
	for _, s := range Samples() {
		doc, err := schema.Decode(s.Value, 0)
		if err != nil {
			continue // the broken samples
		}
		res, err := e.Extract(context.Background(), doc)
		if err != nil {
			t.Errorf("%s: %v", doc.ID, err)
			continue
		}
		for _, m := range res.Entities {
			if w := extractortest.LowercaseEdge(m, m.LangIn(res.Lang)); w != "" {
				t.Errorf("%s: %s %q begins or ends with the lowercase word %q", doc.ID, m.Type, m.Text, w)
			}
		}
	}
}
