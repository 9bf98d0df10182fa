package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
)

// TestReprocessPrefixDeadLetters replays a topic with a bad message into
// another prefix: its dead letter lands in <prefix>.dlq, not in the live
// documents.dlq the workers write (issue 16, finding 8).
func TestReprocessPrefixDeadLetters(t *testing.T) {
	b := brokertest.Start(t, broker.Config{Partitions: 1, Topics: []string{"documents"}})
	brokertest.Produce(t, b.Addr(), "documents", []kafka.Message{
		{Key: []byte("good"), Value: []byte(`{"id":"good","text":"Jonas Brandt of Orbis Telecom paid $40 million."}`)},
		{Key: []byte("bad"), Value: []byte(`{"id":"bad","text":`)},
	})
	out, errs, code := runCLI(t, "", "reprocess", "--brokers", b.Addr(), "--prefix", "trial", "--create-topics")
	if code != 0 || !strings.Contains(out, "1 documents, 1 dead letters") {
		t.Fatalf("reprocess exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	topics := brokerTopics(t, b.Addr())
	if !topics["trial.dlq"] || topics["documents.dlq"] {
		t.Fatalf("topics after reprocess --prefix trial: %v; want trial.dlq and no documents.dlq\n%s", topics, errs)
	}
	conn, err := kafka.DialLeader(ctx, "tcp", b.Addr(), "trial.dlq", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if last, err := conn.ReadLastOffset(); err != nil || last != 1 {
		t.Fatalf("trial.dlq holds %d records (%v), want 1", last, err)
	}
}

// TestReprocessRefusesBadStarts: a missing input topic is an error naming
// it, also with --create-topics (which creates output topics only), and
// contradictory or negative start points and a topic used for two roles are
// refused before anything runs.
func TestReprocessRefusesBadStarts(t *testing.T) {
	b := brokertest.Start(t, broker.Config{Partitions: 1, Topics: []string{"documents"}})
	_, errs, code := runCLI(t, "", "reprocess", "--brokers", b.Addr(), "--topic", "documnets", "--prefix", "z2", "--create-topics")
	if code == 0 || !strings.Contains(errs, "documnets") {
		t.Errorf("misspelt --topic: exit %d, %s", code, errs)
	}
	for topic := range brokerTopics(t, b.Addr()) {
		if topic == "documnets" || strings.HasPrefix(topic, "z2.") {
			t.Errorf("topic %s created by a reprocess that could not run", topic)
		}
	}
	for _, args := range [][]string{
		{"--from-offset", "3", "--from-time", "2026-11-01T00:00:00Z"},
		{"--from-offset", "-5"},
		{"--topic", "documents", "--dlq", "documents"}, // dead letters into the live input
		{"--prefix", "z3", "--dlq", "z3.documents"},
		// before, each of these ran: with a default, or into topics such as ".documents"
		{"--in-flight", "-3"},
		{"--partitions", "-1", "--create-topics"},
		{"--version", ""},
		{"--prefix", "", "--create-topics"},
		{"--prefix", "bad name!", "--create-topics"},
		{"--from-time", "yesterday"},
		{"--from-time", "2026-11-01T00:00:00"}, // no zone
	} {
		_, errs, code := runCLI(t, "", append([]string{"reprocess", "--brokers", b.Addr()}, args...)...)
		if code != 2 {
			t.Errorf("reprocess %v: exit %d, want 2: %s", args, code, errs)
		}
	}
	for topic := range brokerTopics(t, b.Addr()) {
		if topic != "documents" {
			t.Errorf("topic %s created by a reprocess refused", topic)
		}
	}
	// a date alone is a start time, midnight UTC, as in published_at
	if out, errs, code := runCLI(t, "", "reprocess", "--brokers", b.Addr(), "--from-time", "2026-11-01", "--prefix", "z4", "--create-topics"); code != 0 {
		t.Errorf("--from-time 2026-11-01: exit %d, %s%s", code, out, errs)
	}
}

// brokerTopics lists the topics of the broker at addr.
func brokerTopics(t *testing.T, addr string) map[string]bool {
	t.Helper()
	c, err := kafka.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := c.ReadPartitions()
	c.Close()
	if err != nil {
		t.Fatal(err)
	}
	topics := map[string]bool{}
	for _, p := range parts {
		topics[p.Topic] = true
	}
	return topics
}
