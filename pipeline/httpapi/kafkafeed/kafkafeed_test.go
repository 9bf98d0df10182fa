package kafkafeed

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
)

func record(t *testing.T, id string) kafka.Message {
	t.Helper()
	rec := pipeline.DocumentRecord{
		Result: schema.Result{ID: id, Lang: "en", LangConfidence: 0.9, Entities: []schema.Mention{
			{Type: schema.Person, Text: "Ada Byron", Start: 0, End: 9, Key: "person:ada byron", Canonical: "Ada Byron"},
		}},
		Source:          pipeline.Source{Topic: "documents", Partition: 0, Offset: 1},
		PipelineVersion: pipeline.Version,
	}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return kafka.Message{Key: []byte(id), Value: b}
}

// TestFeedFollowsTheEnd runs the feed against the in-process broker: records
// written before it starts are not shown, those written after are, from
// every partition, and tombstones and foreign records are skipped.
func TestFeedFollowsTheEnd(t *testing.T) {
	const topic = "entities.documents"
	b := brokertest.Start(t, broker.Config{Partitions: 3, Topics: []string{topic}})
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: topic, Balancer: &kafka.Hash{}, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	defer w.Close()
	// No deadline of its own: the test waits on records, and a feed that
	// never shows them is caught by go test's -timeout.
	ctx := t.Context()
	if err := w.WriteMessages(ctx, record(t, "before-1"), record(t, "before-2")); err != nil {
		t.Fatal(err)
	}

	feed, err := New(Config{Brokers: []string{b.Addr()}, Topic: topic, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan schema.Result, 100)
	fctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- feed(fctx, func(r schema.Result) { got <- r }) }()

	// The readers find the end of their partitions lazily, each on its own:
	// write probes to every partition until one of each comes through (a
	// probe seen from one partition says nothing of the others' readers,
	// which could find their end after the records under test), then the
	// records under test.
	writers := make([]*kafka.Writer, 3)
	for p := range writers {
		writers[p] = &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: topic, Balancer: partitionBalancer(p), RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
		defer writers[p].Close()
	}
	ready := map[string]bool{}
	for probe := 1; len(ready) < len(writers); probe++ {
		for p, pw := range writers {
			if ready[fmt.Sprintf("p%d", p)] {
				continue
			}
			if err := pw.WriteMessages(ctx, record(t, fmt.Sprintf("probe-p%d-%d", p, probe))); err != nil {
				t.Fatal(err)
			}
		}
		for waiting := true; waiting; {
			select {
			case r := <-got:
				var p, n int
				if _, err := fmt.Sscanf(r.ID, "probe-p%d-%d", &p, &n); err != nil {
					t.Fatalf("feed showed %q, written before it started", r.ID)
				}
				ready[fmt.Sprintf("p%d", p)] = true
			case <-time.After(200 * time.Millisecond): // the others not seen yet: probe them again
				waiting = false
			}
		}
	}
	// every partition must be followed: write to each one explicitly
	want := map[string]bool{}
	for p, pw := range writers {
		msgs := []kafka.Message{record(t, fmt.Sprintf("p%d-a", p)), {Key: []byte("tomb"), Value: nil}, {Key: []byte("junk"), Value: []byte(`{"x":1}`)}, record(t, fmt.Sprintf("p%d-b", p))}
		if err := pw.WriteMessages(ctx, msgs...); err != nil {
			t.Fatal(err)
		}
		want[fmt.Sprintf("p%d-a", p)], want[fmt.Sprintf("p%d-b", p)] = true, true
	}
	for len(want) > 0 {
		select {
		case r := <-got:
			switch {
			case want[r.ID]:
				delete(want, r.ID)
				if len(r.Entities) != 1 || r.Entities[0].Key != "person:ada byron" {
					t.Fatalf("result %s decoded as %+v", r.ID, r)
				}
			case r.ID[:5] == "probe":
			default:
				t.Fatalf("feed showed %q", r.ID)
			}
		case <-done:
			t.Fatalf("feed stopped with records never shown: %v", want)
		}
	}
	stop()
	if err := <-done; err != context.Canceled {
		t.Fatalf("feed returned %v after its context ended, want context.Canceled", err)
	}
}

type partitionBalancer int

func (p partitionBalancer) Balance(_ kafka.Message, partitions ...int) int { return int(p) }

func TestNewValidates(t *testing.T) {
	if _, err := New(Config{Topic: "t"}); err == nil {
		t.Error("no brokers accepted")
	}
	if _, err := New(Config{Brokers: []string{"x:9092"}}); err == nil {
		t.Error("no topic accepted")
	}
}
