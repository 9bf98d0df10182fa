package extractor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entities/extractor/benchcorpus"
	"entities/extractor/schema"
)

// expiringContext is a context whose Err turns to DeadlineExceeded after a
// number of calls: a deadline that passes at a chosen point of the work,
// with no clock involved.
type expiringContext struct {
	context.Context
	left  atomic.Int64 // calls of Err before it expires
	after atomic.Int64 // calls of Err once expired
}

func (c *expiringContext) Err() error {
	if c.left.Add(-1) < 0 {
		c.after.Add(1)
		return context.DeadlineExceeded
	}
	return nil
}

// TestExtractStopsWhenContextEnds: a deadline that passes in the middle of a
// long document stops extraction between sentences (not only between
// steps), with a timeout error that is also context.DeadlineExceeded, and
// nothing more is done once it is seen.
func TestExtractStopsWhenContextEnds(t *testing.T) {
	e := newEngine(t, Config{})
	var b strings.Builder
	const paragraphs = 60
	for i := range paragraphs {
		fmt.Fprintf(&b, "Anna Berger%d joined Nordlicht Holding%d in March. She said the plan was sound. The board agreed on Tuesday.\n\n", i, i)
	}
	doc := schema.Document{ID: "long", Text: b.String()}
	res, err := e.Extract(context.Background(), doc)
	if err != nil || len(res.Entities) == 0 {
		t.Fatalf("without a deadline: %v, %d mentions", err, len(res.Entities))
	}
	// Far fewer checks than the document's sentences: only a check per
	// sentence stops it.
	for _, checks := range []int64{0, 1, 2, 3, 5, 20, paragraphs} {
		ctx := &expiringContext{Context: context.Background()}
		ctx.left.Store(checks)
		_, err := e.Extract(ctx, doc)
		if schema.CodeOf(err) != schema.CodeTimeout || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("deadline after %d checks: %v, want a timeout that is context.DeadlineExceeded", checks, err)
		}
		if n := ctx.after.Load(); n > 2 {
			t.Errorf("deadline after %d checks: ctx asked %d times after it ended; work went on", checks, n)
		}
	}
}

// BenchmarkDeadline extracts a 2 MiB news document with a deadline that
// passes in the middle of it (100 ms, 1 s) and reports how long Extract
// takes to return once it has passed (ms-late/op): the work of a step that
// is not cut, e.g. linking. Run with -benchtime 5x.
func BenchmarkDeadline(b *testing.B) {
	dir, err := benchcorpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	e := newEngine(b, Config{MaxBytes: 8 << 20})
	doc, err := benchcorpus.Large(dir, "en", 2<<20)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := e.Extract(context.Background(), schema.Document{ID: "load", Text: doc.Text[:2000]}); err != nil {
		b.Fatal(err)
	}
	for _, deadline := range []time.Duration{100 * time.Millisecond, time.Second} {
		b.Run(deadline.String(), func(b *testing.B) {
			var late time.Duration
			for range b.N {
				ctx, cancel := context.WithTimeout(context.Background(), deadline)
				start := time.Now()
				_, err := e.Extract(ctx, schema.Document{ID: doc.ID, Text: doc.Text})
				late += max(0, time.Since(start)-deadline)
				cancel()
				if schema.CodeOf(err) != schema.CodeTimeout && err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(late.Milliseconds())/float64(b.N), "ms-late/op")
		})
	}
}
