package pipeline

import (
	"strconv"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the worker's Prometheus metrics. Declare them once per
// process with NewMetrics and pass them in Config.
type Metrics struct {
	docsIn         prometheus.Counter
	docsOut        prometheus.Counter
	docsFailed     *prometheus.CounterVec
	entities       *prometheus.CounterVec
	deadLetters    prometheus.Counter
	extraction     prometheus.Histogram
	endToEnd       prometheus.Histogram
	lag            *prometheus.GaugeVec
	inFlight       prometheus.Gauge
	commits        prometheus.Counter
	commitErrors   prometheus.Counter
	publishRetries prometheus.Counter
	rebalances     prometheus.Counter
	kafkaContact   prometheus.Gauge

	redeliveriesSkipped prometheus.Counter
	staleSkipped        prometheus.Counter
	controlSkipped      prometheus.Counter

	lagMu       sync.Mutex
	fetchedNext map[string]int64 // per partition, the offset after the last one a fetch of this worker saw
}

// NewMetrics declares the metrics and registers them on reg (nil: not
// registered, as in tests that do not look at them).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns = "entities"
	m := &Metrics{
		docsIn: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "documents_in_total",
			Help: "Input messages fetched."}),
		docsOut: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "documents_out_total",
			Help: "Documents whose result and entity records were acknowledged by the broker."}),
		docsFailed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "documents_failed_total",
			Help: "Documents sent to the dead-letter topic, by reason (error code)."}, []string{"reason"}),
		entities: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "entities_total",
			Help: "Entity records published, by type and document language."}, []string{"type", "lang"}),
		deadLetters: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "dead_letters_total",
			Help: "Records acknowledged on the dead-letter topic."}),
		extraction: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "extraction_seconds",
			Help: "Time to decode and extract one document.", Buckets: prometheus.ExponentialBuckets(0.0001, 2.5, 14)}),
		endToEnd: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "end_to_end_seconds",
			Help:    "Time from the input message's timestamp to the acknowledgement of everything it produced.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 14)}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "consumer_lag",
			Help: "Messages between the last fetched offset and the high-water mark, per input partition."}, []string{"topic", "partition"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "in_flight_messages",
			Help: "Messages fetched and not yet finished."}),
		commits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "offset_commits_total",
			Help: "Successful offset commits."}),
		commitErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "offset_commit_errors_total",
			Help: "Failed offset commits (retried at the next interval)."}),
		publishRetries: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "publish_retries_total",
			Help: "Publish attempts retried after a transient error."}),
		rebalances: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "rebalances_total",
			Help: "Consumer-group generations joined."}),
		kafkaContact: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "kafka_last_contact_timestamp_seconds",
			Help: "Unix time at which the brokers last answered this worker: a fetch, a publish, a commit, or a probe every lag interval when nothing else runs. It stops when the brokers are out of reach, when every other metric may stand still."}),
		redeliveriesSkipped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "redeliveries_skipped_total",
			Help: "Messages fetched again after a rebalance whose output this worker had already published."}),
		staleSkipped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "revoked_messages_skipped_total",
			Help: "Fetched messages not processed or published because their partition moved to another member."}),
		controlSkipped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "transaction_markers_skipped_total",
			Help: "Commit and abort markers of transactional producers read from the input and skipped (no documents)."}),
	}
	if reg != nil {
		reg.MustRegister(m.docsIn, m.docsOut, m.docsFailed, m.entities, m.deadLetters, m.extraction, m.endToEnd,
			m.lag, m.inFlight, m.commits, m.commitErrors, m.publishRetries, m.rebalances, m.redeliveriesSkipped, m.staleSkipped,
			m.controlSkipped, m.kafkaContact)
	}
	return m
}

// observeLag sets a partition's lag as a fetch of the message at offset
// sees it.
func (m *Metrics) observeLag(topic string, partition int, offset, highWaterMark int64) {
	p := strconv.Itoa(partition)
	m.lagMu.Lock()
	defer m.lagMu.Unlock()
	if m.fetchedNext == nil {
		m.fetchedNext = map[string]int64{}
	}
	tp := topic + "/" + p
	m.fetchedNext[tp] = max(m.fetchedNext[tp], offset+1)
	m.lag.WithLabelValues(topic, p).Set(float64(max(highWaterMark-offset-1, 0)))
}

// seedLag sets a partition's lag when the group assigns it: from next, the
// offset the group resumes at, or from after the last message this worker
// fetched from it, whichever is later (the fetches may have run before the
// assignment is seen, and before their offsets were committed). With
// committed, from next alone: the periodic refresh counts the messages
// fetched but not done too, which a stuck worker holds.
func (m *Metrics) seedLag(topic string, partition int, next, end int64, committed bool) {
	p := strconv.Itoa(partition)
	m.lagMu.Lock()
	defer m.lagMu.Unlock()
	if !committed {
		next = max(next, m.fetchedNext[topic+"/"+p])
	}
	m.lag.WithLabelValues(topic, p).Set(float64(max(end-next, 0)))
}

// resetLag drops every partition's lag (after a rebalance: partitions this
// member no longer owns drop out).
func (m *Metrics) resetLag() {
	m.lagMu.Lock()
	defer m.lagMu.Unlock()
	m.lag.Reset()
}
