package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
)

// TestWorkerShortTexts runs `entities worker` on short texts whose language
// cannot be told: by default they are extracted ("lang":"und"), not
// dead-lettered; ENTITIES_ALLOW_UND=false turns refusal back on.
func TestWorkerShortTexts(t *testing.T) {
	addr := brokertest.Start(t, broker.Config{Partitions: 1, MinSessionTimeout: 500 * time.Millisecond}).Addr()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	msgs := []kafka.Message{
		{Key: []byte("usd"), Value: []byte(`{"id":"usd","text":"$20"}`)},
		{Key: []byte("eur"), Value: []byte(`{"id":"eur","text":"Siemens zahlt 3 €"}`)},
	}
	for _, tc := range []struct {
		prefix string
		env    map[string]string
		docs   int // results
		dead   int // dead letters
	}{
		{"lenient", nil, 2, 0},
		{"strict", map[string]string{"ENTITIES_ALLOW_UND": "false"}, 1, 1},
	} {
		args := []string{"worker", "--brokers", addr, "--create-topics", "--http", "", "--group", tc.prefix,
			"--prefix", tc.prefix, "--dlq", tc.prefix + ".dlq", "--session-timeout", "3s"}
		e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &lockedBuffer{},
			getenv: func(k string) string { return tc.env[k] }}
		runCtx, stop := context.WithCancel(ctx)
		done := make(chan int, 1)
		go func() { done <- run(runCtx, e, args) }()
		if tc.env == nil { // the first worker creates the topics
			produceWhenCreated(t, addr, "documents", msgs)
		}
		client := &kafka.Client{Addr: kafka.TCP(addr)}
		brokertest.WaitFor(t, tc.prefix+" worker to commit the input", func() (bool, string) {
			resp, err := client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: tc.prefix, Topics: map[string][]int{"documents": {0}}})
			if err != nil || len(resp.Topics["documents"]) != 1 {
				return false, ""
			}
			off := resp.Topics["documents"][0].CommittedOffset
			return off == int64(len(msgs)), fmt.Sprint(off, " committed")
		})
		stop()
		if code := <-done; code != 0 {
			t.Fatalf("%s: worker exit %d: %s", tc.prefix, code, e.stderr)
		}
		docs, dead := topicLen(t, addr, tc.prefix+".documents"), topicLen(t, addr, tc.prefix+".dlq")
		if docs != tc.docs || dead != tc.dead {
			t.Errorf("%s: %d results and %d dead letters, want %d and %d", tc.prefix, docs, dead, tc.docs, tc.dead)
		}
	}
}

// topicLen returns the number of records in partition 0 of topic (0 when
// the topic does not exist).
func topicLen(t *testing.T, addr, topic string) int {
	t.Helper()
	conn, err := kafka.DialLeader(context.Background(), "tcp", addr, topic, 0)
	if err != nil {
		return 0
	}
	defer conn.Close()
	first, last, err := conn.ReadOffsets()
	if err != nil {
		t.Fatal(err)
	}
	return int(last - first)
}

// produceWhenCreated writes msgs to topic, retrying until the topic exists
// (a worker creates it as it starts); it fails only when the error stays the
// same for brokertest.Stall.
func produceWhenCreated(t *testing.T, addr, topic string, msgs []kafka.Message) {
	t.Helper()
	pw := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topic, RequiredAcks: kafka.RequireAll, AllowAutoTopicCreation: true, BatchTimeout: time.Millisecond}
	defer pw.Close()
	brokertest.WaitFor(t, "writing to "+topic, func() (bool, string) {
		err := pw.WriteMessages(context.Background(), msgs...)
		if err != nil {
			return false, err.Error()
		}
		return true, ""
	})
}

// TestJSONLogDurations: JSON logs write durations as text logs do ("2.5s"),
// not as integer nanoseconds.
func TestJSONLogDurations(t *testing.T) {
	var b strings.Builder
	log, err := newLogger(&env{stderr: &b}, "info", "json")
	if err != nil {
		t.Fatal(err)
	}
	log.Info("worker stopping", "deadline", 30*time.Second, "took", 2500*time.Millisecond)
	if !strings.Contains(b.String(), `"deadline":"30s"`) || !strings.Contains(b.String(), `"took":"2.5s"`) {
		t.Errorf("log line %s", b.String())
	}
}
