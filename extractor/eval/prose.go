package eval

import (
	"strings"

	"github.com/jdkato/prose/v2"
)

// ProseTagger tags pre-tokenized English text with prose's built-in
// named-entity model, as the baseline our trained taggers are measured
// against (entities eval --tagger prose). It builds prose's model once:
// prose.NewDocument rebuilds it on every call unless it is handed one, which
// costs seconds per document. Not safe for concurrent use.
type ProseTagger struct {
	model *prose.Model
}

// NewProseTagger loads prose's default tagging and extraction model.
func NewProseTagger() (*ProseTagger, error) {
	doc, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		return nil, err
	}
	return &ProseTagger{model: doc.Model}, nil
}

// Tag returns one IOB2 tag per token (B-PER, I-PER, B-ORG, I-ORG or O).
// prose tokenizes the space-joined tokens itself and chunks its entities;
// each entity is found in the text in order, and our tokens inside it get
// its type.
func (p *ProseTagger) Tag(tokens []string) []string {
	text := strings.Join(tokens, " ")
	tags := make([]string, len(tokens))
	for i := range tags {
		tags[i] = "O"
	}
	doc, err := prose.NewDocument(text, prose.UsingModel(p.model), prose.WithSegmentation(false))
	if err != nil {
		return tags
	}
	starts := make([]int, len(tokens)) // byte offset of each token
	pos := 0
	for i, t := range tokens {
		starts[i] = pos
		pos += len(t) + 1
	}
	cur := 0
	for _, e := range doc.Entities() {
		k := strings.Index(text[cur:], e.Text)
		if k < 0 {
			continue // prose normalized the text (quotes): skip the entity
		}
		start, end := cur+k, cur+k+len(e.Text)
		cur = end
		typ := proseType(e.Label)
		if typ == "" {
			continue
		}
		first := true
		for i, st := range starts {
			if st >= start && st+len(tokens[i]) <= end {
				if first {
					tags[i] = "B-" + typ
					first = false
				} else {
					tags[i] = "I-" + typ
				}
			}
		}
	}
	return tags
}

func proseType(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "ORGANIZATION", "ORG":
		return "ORG"
	}
	return ""
}
