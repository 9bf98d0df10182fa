package demo

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"entities/extractor"
	"entities/extractor/schema"
)

// TestSamples checks the built-in set against what the demo promises: a
// dozen languages, mixed-language articles, and broken inputs whose codes
// the schema decoder agrees with.
func TestSamples(t *testing.T) {
	langs := map[string]bool{}
	mixed, bad := 0, map[schema.Code]int{}
	keys := map[string]bool{}
	for _, s := range Samples() {
		if keys[s.Key] {
			t.Fatalf("key %q twice", s.Key)
		}
		keys[s.Key] = true
		doc, err := schema.Decode(s.Value, 0)
		if err != nil {
			bad[schema.CodeOf(err)]++
			continue
		}
		if doc.ID != s.Key {
			t.Errorf("sample keyed %q has id %q", s.Key, doc.ID)
		}
		switch {
		case doc.Lang != "":
			langs[doc.Lang] = true
		case strings.Contains(doc.Text, "\n\n"):
			mixed++
		default:
			t.Errorf("sample %s has neither a language nor several paragraphs", s.Key)
		}
	}
	if len(langs) < 10 {
		t.Errorf("%d languages, want 10 or more", len(langs))
	}
	if mixed < 1 {
		t.Errorf("no mixed-language sample")
	}
	for _, c := range []schema.Code{schema.CodeBadJSON, schema.CodeEmptyText, schema.CodeInvalidUTF8} {
		if bad[c] == 0 {
			t.Errorf("no broken sample with code %s", c)
		}
	}
}

func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a broker and a worker")
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	eng, err := extractor.New(extractor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	// The demo's own 45 s limit is for a person waiting; the test waits on
	// progress (under -race on a busy machine, loading every model alone
	// can take longer than that).
	sum, err := Run(context.Background(), Config{Extractor: eng, Out: &out, Timeout: time.Hour})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	good, wantDead := 0, map[schema.Code]int{}
	for _, s := range Samples() {
		if _, err := schema.Decode(s.Value, 0); err != nil {
			wantDead[schema.CodeOf(err)]++
		} else {
			good++
		}
	}
	if sum.Documents != good {
		t.Errorf("%d documents, want %d", sum.Documents, good)
	}
	for c, n := range wantDead {
		if sum.DeadLetters[c] != n {
			t.Errorf("%d dead letters with code %s, want %d", sum.DeadLetters[c], c, n)
		}
	}
	rows := 0
	for _, line := range strings.Split(out.String(), "\n") {
		for _, typ := range schema.Types {
			if strings.HasPrefix(line, string(typ)+" ") {
				rows++
			}
		}
	}
	total := 0
	for _, n := range sum.Entities {
		total += n
	}
	if total == 0 || rows != total {
		t.Errorf("%d entities in the summary, %d table rows", total, rows)
	}
	if !strings.Contains(out.String(), "Summary:") {
		t.Errorf("no summary line in\n%s", out.String())
	}
	if testing.Verbose() {
		t.Log("\n" + out.String())
	}
}
