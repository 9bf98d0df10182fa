package pipeline_test

import (
	"context"
	"testing"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"entities/pipeline"
)

// TestIsControlRecord: a transaction's commit or abort marker is told from
// documents, however short.
func TestIsControlRecord(t *testing.T) {
	tests := []struct {
		m    kafka.Message
		want bool
	}{
		{kafka.Message{Key: []byte{0, 0, 0, 1}, Value: []byte{0, 0, 0, 0, 0, 7}}, true},
		{kafka.Message{Key: []byte{0, 0, 0, 0}, Value: []byte{0, 0, 0, 0, 0, 0}}, true},
		{kafka.Message{Key: []byte{0, 0, 0, 2}, Value: []byte{0, 0, 0, 0, 0, 0}}, false},
		{kafka.Message{Key: []byte("doc1"), Value: []byte(`{"id":"doc1","text":"x"}`)}, false},
		{kafka.Message{Key: []byte{0, 0, 0, 1}, Value: []byte(`{"a":1}`)}, false},
		{kafka.Message{Key: []byte{0, 0, 0, 1}, Value: []byte{0, 0, 0, 0, 0, 7}, Headers: []kafka.Header{{Key: "h"}}}, false},
	}
	for _, tt := range tests {
		if got := pipeline.IsControlRecord(tt.m); got != tt.want {
			t.Errorf("%v / %v: %v, want %v", tt.m.Key, tt.m.Value, got, tt.want)
		}
	}
}

// TestTransactionalInput: a transactional producer's documents are
// processed once committed, and its commit markers, which kafka-go hands
// over as messages, are skipped and committed past: before, each marker went
// to the dead-letter topic as bad_json.
func TestTransactionalInput(t *testing.T) {
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.TransactionalID("tx-test"), kgo.DefaultProduceTopic(topics.Input))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx := context.Background()
	const txs, per = 3, 2
	for tx := range txs {
		if err := cl.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		for _, m := range inputMessages(per, "tx"+string(rune('a'+tx))) {
			if err := cl.ProduceSync(ctx, &kgo.Record{Key: m.Key, Value: m.Value}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
		if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
			t.Fatal(err)
		}
	}
	_, stop := runWorker(t, cfg)
	waitResults(t, "every committed document's result", b.Addr(), topics.Documents, txs*per)
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input) // past the markers
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := countRecords(t, b.Addr(), topics.DLQ); n != 0 {
		t.Errorf("%d dead letters, want none (the transaction markers are no documents)", n)
	}
	if n := countRecords(t, b.Addr(), topics.Documents); n != txs*per {
		t.Errorf("%d results, want %d", n, txs*per)
	}
}
