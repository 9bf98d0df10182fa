// Package brokertest starts the in-process broker for tests and writes to
// it, so that every package's integration tests share one way of doing so.
package brokertest

import (
	"context"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/pipeline/broker"
)

// Start starts a broker with cfg and closes it when the test ends.
func Start(tb testing.TB, cfg broker.Config) *broker.Broker {
	tb.Helper()
	b, err := broker.Start(cfg)
	if err != nil {
		tb.Fatalf("start broker: %v", err)
	}
	tb.Cleanup(func() { b.Close() })
	return b
}

// Produce writes msgs to topic, spread round-robin over its partitions, and
// returns when the broker has acknowledged all of them (acks=all).
func Produce(tb testing.TB, addr, topic string, msgs []kafka.Message) {
	tb.Helper()
	w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topic, Balancer: &kafka.RoundRobin{}, RequiredAcks: kafka.RequireAll,
		BatchSize: 500, BatchTimeout: 2 * time.Millisecond, BatchBytes: 4 << 20}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for len(msgs) > 0 {
		n := min(len(msgs), 2000)
		if err := w.WriteMessages(ctx, msgs[:n]...); err != nil {
			tb.Fatalf("produce to %s: %v", topic, err)
		}
		msgs = msgs[n:]
	}
}
