package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kerr"

	"entities/pipeline"
)

// TestRefusedWritesStopTheWorker: when the broker refuses every write to the
// output and dead-letter topics (the worker's principal has no ACL on a new
// prefix, say), the worker stops with an error that says so and commits
// nothing: before, it dead-lettered each input into a refused topic, logged
// it as skipped and committed it, so the input was lost. An output topic
// whose timestamp limits refuse the input's time (a replay of old input)
// refuses every record alike: before, the worker retried it forever.
func TestRefusedWritesStopTheWorker(t *testing.T) {
	for _, code := range []int16{kerr.TopicAuthorizationFailed.Code, kerr.InvalidTimestamp.Code} {
		t.Run(kerr.ErrorForCode(code).Error(), func(t *testing.T) { refusedWrites(t, code) })
	}
}

// refusedWrites checks the worker against a broker that answers every
// produce to the deny.* topics with code.
func refusedWrites(t *testing.T, code int16) {
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	cfg.Prefix = "deny"
	cfg.DLQTopic = "deny.dlq"
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	failProduce(b, code, func(topic string) bool { return strings.HasPrefix(topic, "deny.") })
	msgs := inputMessages(5, "acl")
	produce(t, b.Addr(), topics.Input, msgs)
	cfg.Logger = testLogger(t)
	w, err := pipeline.NewWorker(cfg, sharedEngine(t))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- w.Run(context.Background()) }() // it must stop by itself
	waitFor(t, "the worker to stop by itself", func() (bool, string) {
		select {
		case err = <-done:
			return true, ""
		default:
			return false, "running"
		}
	})
	if !errors.Is(err, pipeline.ErrRefused) || !strings.Contains(err.Error(), "deny.") {
		t.Fatalf("Run: %v, want the refused writes", err)
	}
	for p, off := range committed(t, b.Addr(), cfg.GroupID, topics.Input) {
		if off > 0 {
			t.Errorf("partition %d committed up to %d: refused input counted as done", p, off)
		}
	}
}
