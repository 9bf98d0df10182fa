package pipeline_test

import (
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/pipeline"
)

func TestSmoke(t *testing.T) {
	b := startBroker(t, 3)
	cfg := testConfig(b.Addr())
	topics := cfg.Topics()
	if topics.Input == "" {
		topics = pipeline.NewTopics("documents", "entities")
	}
	createTopics(t, b.Addr(), topics)
	var msgs []kafka.Message
	for _, id := range ids(50, "s") {
		msgs = append(msgs, docMessage(id, "Der Vorstandschef Christian Klein sagte, SAP habe 1,5 Mrd. Euro verdient.", ""))
	}
	produce(t, b.Addr(), "documents", msgs)
	start := time.Now()
	_, stop := runWorker(t, cfg)
	waitFor(t, 30*time.Second, "50 results", func() (bool, string) {
		n := len(readTopic(t, b.Addr(), "entities.documents"))
		return n >= 50, "have " + itoa(n)
	})
	t.Logf("50 docs in %v", time.Since(start))
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("committed %v", committed(t, b.Addr(), "test-group", "documents"))
}
