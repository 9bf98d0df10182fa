package pipeline_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"

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

// lagSum is the sum of the lag gauge's series.
func lagSum(t *testing.T, reg *prometheus.Registry) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, mf := range mfs {
		if mf.GetName() == "entities_consumer_lag" {
			for _, m := range mf.GetMetric() {
				sum += m.GetGauge().GetValue()
			}
		}
	}
	return sum
}

// TestLagGrowsWhenStuck: a worker whose output the broker keeps refusing
// with a retriable error fills its in-flight slots and stops fetching; the
// lag gauge still follows the growing backlog, counted from the committed
// offsets, so the messages it holds count too (before, only fetches set it,
// so it froze and EntitiesLagGrowing could not fire, and a first fix counted
// from the last fetched message, so a stuck worker with 500 held read 0).
func TestLagGrowsWhenStuck(t *testing.T) {
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	cfg.MaxInFlight = 4
	cfg.LagInterval = 200 * time.Millisecond
	cfg.ShutdownTimeout = 2 * time.Second // it cannot publish: no need to wait for it
	reg := prometheus.NewRegistry()
	cfg.Metrics = pipeline.NewMetrics(reg)
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	failProduce(b, kerr.NotEnoughReplicas.Code, func(topic string) bool { return topic != topics.Input })
	produce(t, b.Addr(), topics.Input, inputMessages(4, "stuck"))
	runWorker(t, cfg)
	waitFor(t, "the in-flight slots full", func() (bool, string) {
		n := countRecords(t, b.Addr(), topics.Input)
		return n == 4 && lagSum(t, reg) >= 0 && gaugeValue(t, reg, "entities_in_flight_messages") == 4, fmt.Sprint(gaugeValue(t, reg, "entities_in_flight_messages"))
	})
	produce(t, b.Addr(), topics.Input, inputMessages(30, "more"))
	// the 4 held, uncommitted, and the 30 new
	waitFor(t, "the lag to show the whole backlog", func() (bool, string) {
		sum := lagSum(t, reg)
		return sum >= 34, fmt.Sprint(sum)
	})
}

// gaugeValue is the value of an unlabelled gauge.
func gaugeValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.GetMetric()) == 1 {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	return -1
}
