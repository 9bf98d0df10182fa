package pipeline_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"entities/pipeline"
)

// TestLagOfEveryOwnedPartition: after the group assigns partitions, the lag
// gauge has a series for each one the worker owns, also for a partition that
// never gets a message (fetches alone set the gauge, and a rebalance resets
// it, so alerts on the sum of the lag saw nothing of an idle partition),
// and it reads 0 once the worker has caught up, also when the backlog was
// there before the worker started (its fetches run before it sees the
// assignment and before their offsets are committed).
func TestLagOfEveryOwnedPartition(t *testing.T) {
	b := startBroker(t, 2)
	cfg := testConfig(b.Addr())
	reg := prometheus.NewRegistry()
	cfg.Metrics = pipeline.NewMetrics(reg)
	topics := cfg.Topics()
	// a backlog of three documents, in partition 0 only: partition 1 is
	// never fetched from
	createTopics(t, b.Addr(), topics)
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: topics.Input,
		Balancer: kafka.BalancerFunc(func(kafka.Message, ...int) int { return 0 })}
	defer w.Close()
	var msgs []kafka.Message
	for i := range 3 {
		text, lang := genDocument(i)
		msgs = append(msgs, docMessage(fmt.Sprint("backlog-", i), text, lang))
	}
	waitFor(t, "the backlog written", func() (bool, string) {
		err := w.WriteMessages(t.Context(), msgs...)
		return err == nil, fmt.Sprint(err)
	})
	_, stop := runWorker(t, cfg)
	defer stop()
	waitFor(t, "a lag series of 0 for both partitions", func() (bool, string) {
		lag := map[string]float64{}
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			if mf.GetName() != "entities_consumer_lag" {
				continue
			}
			for _, m := range mf.GetMetric() {
				var part string
				for _, l := range m.GetLabel() {
					if l.GetName() == "partition" {
						part = l.GetValue()
					}
				}
				lag[part] = m.GetGauge().GetValue()
			}
		}
		v0, ok0 := lag["0"]
		v1, ok1 := lag["1"]
		return ok0 && ok1 && v0 == 0 && v1 == 0, strings.TrimSpace(fmt.Sprint(lag))
	})
}
