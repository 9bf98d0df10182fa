package replay_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor"
	"entities/extractor/extractortest"
	"entities/pipeline"
	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
	"entities/pipeline/replay"
)

func engine(t testing.TB) *extractor.Engine {
	return extractortest.Engine(t, extractor.Config{RejectUnknownLanguage: true})
}

func startBroker(t *testing.T) string {
	t.Helper()
	return brokertest.Start(t, broker.Config{Partitions: 3}).Addr()
}

func ensure(t *testing.T, addr string, topics pipeline.Topics) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := &kafka.Client{Addr: kafka.TCP(addr)}
	if err := pipeline.EnsureTopics(ctx, c, topics.Specs(), true, 3, 0, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
}

var produce = brokertest.Produce

func docs(n int, at time.Time) []kafka.Message {
	out := make([]kafka.Message, n)
	for i := range out {
		v, _ := json.Marshal(map[string]string{"id": fmt.Sprint("doc-", i), "text": fmt.Sprintf("Die Firma Quantenwerk zahlte %d.000 Euro an den Berater Jonas Feld.", i+1)})
		out[i] = kafka.Message{Key: []byte(fmt.Sprint("doc-", i)), Value: v, Time: at}
	}
	return out
}

func TestPlanCapturesEndOffsets(t *testing.T) {
	addr := startBroker(t)
	topics := pipeline.NewTopics("documents", "entities")
	ensure(t, addr, topics)
	produce(t, addr, "documents", docs(30, time.Now()))
	ctx := context.Background()
	conn := replay.Conn{Brokers: []string{addr}}
	plan, err := replay.NewPlan(ctx, conn, "documents", replay.Start{})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Total() != 30 || len(plan.Spans) != 3 {
		t.Fatalf("plan %+v, want 30 messages over 3 partitions", plan)
	}
	// Messages produced after the plan are not read.
	produce(t, addr, "documents", docs(9, time.Now()))
	n := 0
	if err := replay.Read(ctx, conn, plan, func(kafka.Message) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 30 {
		t.Fatalf("read %d messages, want 30", n)
	}
	// After: exactly the messages produced since the plan
	after, err := replay.After(ctx, conn, plan)
	if err != nil {
		t.Fatal(err)
	}
	if after.Total() != 9 {
		t.Fatalf("after %+v, want the 9 messages produced since", after)
	}
	var keys []string
	if err := replay.Read(ctx, conn, after, func(m kafka.Message) error { keys = append(keys, string(m.Key)); return nil }); err != nil || len(keys) != 9 {
		t.Fatalf("read %v after the plan: %v", keys, err)
	}
	// From an offset: each partition from offset 5 (10 per partition before the second batch).
	plan, err = replay.NewPlan(ctx, conn, "documents", replay.Start{Offset: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range plan.Spans {
		if s.From != 5 || s.To != 13 {
			t.Fatalf("span %+v, want [5,13)", s)
		}
	}
	if _, err := replay.NewPlan(ctx, conn, "no-such-topic", replay.Start{}); err == nil {
		t.Fatal("a plan for a missing topic did not fail")
	}
}

func TestPlanFromTime(t *testing.T) {
	addr := startBroker(t)
	ensure(t, addr, pipeline.NewTopics("documents", "entities"))
	old := time.Now().Add(-2 * time.Hour).Truncate(time.Millisecond)
	produce(t, addr, "documents", docs(6, old))
	cut := time.Now().Add(-time.Hour)
	produce(t, addr, "documents", docs(9, time.Now()))
	plan, err := replay.NewPlan(context.Background(), replay.Conn{Brokers: []string{addr}}, "documents", replay.Start{Time: cut})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Total() != 9 {
		t.Fatalf("plan from %v has %d messages, want the 9 newer ones: %+v", cut, plan.Total(), plan)
	}
}

// TestReprocessIntoNewPrefix replays the input topic into a second set of
// output topics and checks the counts and that reruns produce identical
// records.
func TestReprocessIntoNewPrefix(t *testing.T) {
	addr := startBroker(t)
	in := pipeline.NewTopics("documents", "v2")
	ensure(t, addr, in)
	msgs := docs(40, time.Now())
	msgs = append(msgs, kafka.Message{Key: []byte("bad"), Value: []byte("{not json")})
	produce(t, addr, "documents", msgs)

	ctx := context.Background()
	conn := replay.Conn{Brokers: []string{addr}}
	proc, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: engine(t), Topics: in})
	if err != nil {
		t.Fatal(err)
	}
	run := func() replay.Stats {
		pub := pipeline.NewPublisher(pipeline.PublisherConfig{Brokers: []string{addr}})
		defer pub.Close()
		plan, err := replay.NewPlan(ctx, conn, "documents", replay.Start{})
		if err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		var last int64
		st, err := replay.Reprocess(ctx, replay.ReprocessConfig{Conn: conn, Plan: plan, Processor: proc, Publisher: pub,
			Progress: func(n int64) { mu.Lock(); last = max(last, n); mu.Unlock() }})
		if err != nil {
			t.Fatal(err)
		}
		if last != 41 {
			t.Fatalf("progress ended at %d, want 41", last)
		}
		return st
	}
	st := run()
	if st.Messages != 41 || st.Documents != 40 || st.DeadLetters != 1 {
		t.Fatalf("stats %+v", st)
	}
	read := func(topic string) map[string][]string {
		plan, err := replay.NewPlan(ctx, conn, topic, replay.Start{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]string{}
		replay.Read(ctx, conn, plan, func(m kafka.Message) error {
			out[string(m.Key)] = append(out[string(m.Key)], string(m.Value))
			return nil
		})
		return out
	}
	docsOut := read("v2.documents")
	if len(docsOut) != 40 {
		t.Fatalf("%d documents on v2.documents, want 40", len(docsOut))
	}
	if dl := read("documents.dlq"); len(dl["bad"]) != 1 {
		t.Fatalf("dead letters %v", dl)
	}
	// A rerun (as after an interruption) repeats identical records only.
	st2 := run()
	if st2 != st {
		t.Fatalf("rerun stats %+v, first run %+v", st2, st)
	}
	for id, vals := range read("v2.documents") {
		if len(vals) != 2 || vals[0] != vals[1] {
			t.Fatalf("document %s after rerun: %d records, identical=%v", id, len(vals), len(vals) == 2 && vals[0] == vals[1])
		}
	}
}
