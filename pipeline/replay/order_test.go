package replay_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/segmentio/kafka-go"

	"entities/pipeline"
	"entities/pipeline/replay"
)

// TestReprocessPublishesVersionsInOrder: documents sent twice in a row (a
// long first version, a short edit) are replayed; the edit is extracted
// first, but the last result of each document in the compacted documents
// topic must be the edit's (an audit found 126 of 200 stale).
func TestReprocessPublishesVersionsInOrder(t *testing.T) {
	addr := startBroker(t)
	out := pipeline.NewTopics("documents", "v2")
	ensure(t, addr, out)
	var msgs []kafka.Message
	for i := range 60 {
		id := fmt.Sprint("doc-", i)
		long := strings.Repeat(fmt.Sprintf("Die Firma Quantenwerk %d zahlte 5.000 Euro an den Berater Jonas Feld. ", i), 300)
		for _, text := range []string{long, fmt.Sprintf("Ingrid Solberg leitet Fjordkraft %d.", i)} {
			v, _ := json.Marshal(map[string]string{"id": id, "text": text})
			msgs = append(msgs, kafka.Message{Key: []byte(id), Value: v})
		}
	}
	ctx := context.Background()
	w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: "documents", Balancer: &kafka.Hash{}, RequiredAcks: kafka.RequireAll, BatchBytes: 8 << 20}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()
	conn := replay.Conn{Brokers: []string{addr}}
	proc, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: engine(t), Topics: out})
	if err != nil {
		t.Fatal(err)
	}
	pub := pipeline.NewPublisher(pipeline.PublisherConfig{Brokers: []string{addr}})
	defer pub.Close()
	plan, err := replay.NewPlan(ctx, conn, "documents", replay.Start{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := replay.Reprocess(ctx, replay.ReprocessConfig{Conn: conn, Plan: plan, Processor: proc, Publisher: pub}); err != nil {
		t.Fatal(err)
	}
	plan, err = replay.NewPlan(ctx, conn, out.Documents, replay.Start{})
	if err != nil {
		t.Fatal(err)
	}
	last, latest := map[string]int64{}, map[string]int64{}
	err = replay.Read(ctx, conn, plan, func(m kafka.Message) error { // each partition in offset order
		var r pipeline.DocumentRecord
		if err := json.Unmarshal(m.Value, &r); err != nil {
			return err
		}
		last[string(m.Key)] = r.Source.Offset
		latest[string(m.Key)] = max(latest[string(m.Key)], r.Source.Offset)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stale := 0
	for k, off := range last {
		if off != latest[k] {
			stale++
		}
	}
	if stale > 0 || len(last) != 60 {
		t.Fatalf("%d of %d documents end on an older version's result", stale, len(last))
	}
}
