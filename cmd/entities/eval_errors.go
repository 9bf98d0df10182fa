package main

import (
	"fmt"
	"io"
	"strings"

	"entities/extractor/schema"
)

// tagSpan is a typed token range [start, end) read from BIO tags; the type
// is the tag's own (PER, ORG, LOC, MISC, OTH...).
type tagSpan struct {
	typ        string
	start, end int
}

// tagSpans reads spans from BIO tags as conlleval does: an I- tag that does
// not continue a span of its type starts one.
func tagSpans(tags []string) []tagSpan {
	var out []tagSpan
	cur := -1
	for i, t := range tags {
		pre, typ, ok := strings.Cut(t, "-")
		if !ok || typ == "" || (pre != "B" && pre != "I") {
			cur = -1
			continue
		}
		if pre == "I" && cur >= 0 && out[cur].typ == typ {
			out[cur].end = i + 1
			continue
		}
		out = append(out, tagSpan{typ: typ, start: i, end: i + 1})
		cur = len(out) - 1
	}
	return out
}

// spanError is one gold mention the tagger missed or got wrong (FN) or one
// predicted mention that is not in the gold (FP), with the kind of error:
//   - FP: spurious (no gold name there), boundary (a gold name of the type
//     overlaps it), type:T (a gold name of type T overlaps it: LOC, MISC...)
//   - FN: missed (nothing predicted there), boundary, as:T (predicted with
//     type T; the tagger reports PER and ORG only)
type spanError struct {
	Kind, Type, Class string
	Span              tagSpan
}

// spanErrors compares the predicted tags of one sentence with the gold ones
// for the reported types.
func spanErrors(gold, pred []string, types []schema.Type) []spanError {
	want := map[string]bool{}
	for _, t := range types {
		switch t {
		case schema.Person:
			want["PER"] = true
		case schema.Organization:
			want["ORG"] = true
		}
	}
	g, p := tagSpans(gold), tagSpans(pred)
	overlap := func(a, b tagSpan) bool { return a.start < b.end && b.start < a.end }
	var out []spanError
	classify := func(s tagSpan, others []tagSpan, none, other string) (string, bool) {
		class := none
		for _, o := range others {
			if o == s {
				return "", false
			}
			if overlap(o, s) {
				if o.typ == s.typ {
					class = "boundary"
				} else if class == none {
					class = other + o.typ
				}
			}
		}
		return class, true
	}
	for _, s := range p {
		if !want[s.typ] {
			continue
		}
		if class, bad := classify(s, g, "spurious", "type:"); bad {
			out = append(out, spanError{Kind: "FP", Type: s.typ, Class: class, Span: s})
		}
	}
	for _, s := range g {
		if !want[s.typ] {
			continue
		}
		if class, bad := classify(s, p, "missed", "as:"); bad {
			out = append(out, spanError{Kind: "FN", Type: s.typ, Class: class, Span: s})
		}
	}
	return out
}

// writeSpanErrors writes one line per error: group, FP or FN, type, kind of
// error, and the sentence around the span (4 tokens each side) with the
// span in [[ ]].
func writeSpanErrors(w io.Writer, group string, tokens []string, errs []spanError) error {
	for _, e := range errs {
		lo, hi := max(0, e.Span.start-4), min(len(tokens), e.Span.end+4)
		ctx := strings.Join(tokens[lo:e.Span.start], " ") + " [[" + strings.Join(tokens[e.Span.start:e.Span.end], " ") + "]] " + strings.Join(tokens[e.Span.end:hi], " ")
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", group, e.Kind, e.Type, e.Class, strings.TrimSpace(ctx)); err != nil {
			return err
		}
	}
	return nil
}
