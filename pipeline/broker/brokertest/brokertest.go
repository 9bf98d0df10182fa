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
		BatchSize: 500, BatchTimeout: 2 * time.Millisecond, BatchBytes: 1 << 20} // a batch fits the broker's default limit
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

// Stall is how long WaitFor waits without progress before it fails the
// test. It is long on purpose: a test must not depend on how fast the
// machine is, only on whether it moves.
var Stall = 3 * time.Minute

// WaitFor polls cond until it reports done. cond also reports its progress
// as a string (results so far, offsets committed): the test fails only when
// that string has not changed for Stall, never because the machine is slow.
func WaitFor(tb testing.TB, what string, cond func() (done bool, progress string)) {
	tb.Helper()
	start := time.Now()
	last, since := "", time.Now()
	for i := 0; ; i++ {
		done, progress := cond()
		if done {
			return
		}
		if i == 0 || progress != last {
			last, since = progress, time.Now()
		} else if time.Since(since) > Stall {
			tb.Fatalf("waiting for %s: no progress for %v (%s), %v in all", what, Stall, progress, time.Since(start).Round(time.Second))
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
