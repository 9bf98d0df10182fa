package pipeline_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
	"github.com/twmb/franz-go/pkg/kfake"

	"entities/pipeline"
)

// TestSASL runs a worker against a broker that requires authentication,
// once per mechanism the worker offers.
func TestSASL(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	scram256, _ := scram.Mechanism(scram.SHA256, "entities", "s3cret")
	scram512, _ := scram.Mechanism(scram.SHA512, "entities", "s3cret")
	tests := []struct {
		name  string
		kfake string
		mech  sasl.Mechanism
		wrong sasl.Mechanism
	}{
		{"PLAIN", "PLAIN", plain.Mechanism{Username: "entities", Password: "s3cret"}, plain.Mechanism{Username: "entities", Password: "nope"}},
		{"SCRAM-SHA-256", "SCRAM-SHA-256", scram256, nil},
		{"SCRAM-SHA-512", "SCRAM-SHA-512", scram512, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.EnableSASL(), kfake.Superuser(tt.kfake, "entities", "s3cret"),
				kfake.DefaultNumPartitions(2), kfake.GroupMinSessionTimeout(500*time.Millisecond))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			addr := c.ListenAddrs()[0]
			cfg := testConfig(addr)
			cfg.SASL = tt.mech
			topics := cfg.Topics()

			w, stop := runWorker(t, cfg)
			waitFor(t, 30*time.Second, "worker ready", func() (bool, string) { return w.Ready(), "" })
			pw := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topics.Input, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond,
				Transport: &kafka.Transport{SASL: tt.mech}}
			var msgs []kafka.Message
			for i := range 20 {
				text, lang := genDocument(i)
				msgs = append(msgs, docMessage("sasl-"+strconv.Itoa(i), text, lang))
			}
			if err := pw.WriteMessages(t.Context(), msgs...); err != nil {
				t.Fatalf("produce: %v", err)
			}
			pw.Close()
			client := &kafka.Client{Addr: kafka.TCP(addr), Transport: &kafka.Transport{SASL: tt.mech}}
			waitFor(t, 30*time.Second, "20 results", func() (bool, string) {
				n := countRecordsWith(t, client, topics.Documents)
				return n >= 20, strconv.Itoa(n) + " results"
			})
			if err := stop(); err != nil {
				t.Fatalf("Run: %v", err)
			}
			if tt.wrong == nil {
				return
			}
			bad := cfg
			bad.SASL = tt.wrong
			bw, err := pipeline.NewWorker(bad, sharedEngine(t))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
			defer cancel()
			if err := bw.Run(ctx); err == nil || ctx.Err() != nil {
				t.Fatalf("Run with a wrong password: %v (context: %v), want an authentication error", err, ctx.Err())
			} else {
				t.Logf("wrong password: %v", err)
			}
		})
	}
}
