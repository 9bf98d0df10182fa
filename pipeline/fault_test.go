package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"entities/pipeline"
)

// killSwitch cuts a worker off the network the way a crash or a network
// partition does: every connection closes at once, no new one opens, and
// nothing is committed or left cleanly.
type killSwitch struct {
	mu    sync.Mutex
	conns []net.Conn
	dead  bool
	// silent, when set, makes a dial after the kill wait until it is
	// closed, as a dial to a host that drops every packet waits out its
	// timeout; it does not end with the dial's context.
	silent chan struct{}
}

func (k *killSwitch) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.dead {
		if k.silent != nil {
			k.mu.Unlock()
			<-k.silent
			k.mu.Lock()
		}
		return nil, errors.New("killed")
	}
	c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
	if err == nil {
		k.conns = append(k.conns, c)
	}
	return c, err
}

func (k *killSwitch) kill() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.dead = true
	for _, c := range k.conns {
		c.Close()
	}
}

func inputMessages(n int, prefix string) []kafka.Message {
	msgs := make([]kafka.Message, n)
	for i, id := range ids(n, prefix) {
		text, lang := genDocument(i)
		msgs[i] = docMessage(id, text, lang)
	}
	return msgs
}

// TestWorkerKilled runs two workers in one group, kills one mid-stream
// without any clean shutdown, and checks that the other takes over its
// partitions, that no document is lost, and that the duplicates are
// bounded by --max-in-flight per lost member (issue 16, finding 6): here
// one kill, plus the rebalance when the second worker joins.
func TestWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const n = 3000
	const maxInFlight = 16
	b, cfg, topics, msgs := seeded(t, n, "k")
	cfg.MaxInFlight = maxInFlight

	var ks killSwitch
	cfg1 := cfg
	cfg1.Dial = ks.dial
	cfg1.ShutdownTimeout = 2 * time.Second
	// Commits far apart: a worker that publishes faster than it commits
	// has many published, uncommitted messages when it dies, unless the
	// in-flight bound holds until the commit.
	cfg1.CommitInterval = 500 * time.Millisecond
	w1, stop1 := runWorker(t, cfg1)
	w2, stop2 := runWorker(t, cfg)
	waitFor(t, "both workers ready", func() (bool, string) {
		return w1.Ready() && w2.Ready(), ""
	})
	waitResults(t, "a fifth of the results", b.Addr(), topics.Documents, n/5)
	ks.kill()
	killedAt := time.Now()
	err := stop1()
	t.Logf("killed worker's Run returned %v", err)

	waitResults(t, "every document's result", b.Addr(), topics.Documents, n)
	t.Logf("all results %v after the kill", time.Since(killedAt).Round(time.Millisecond))
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
	if err := stop2(); err != nil {
		t.Fatalf("surviving worker's Run: %v", err)
	}
	o := readOutputs(t, b.Addr(), topics)
	dups := lostOrDuplicated(t, msgs, o.docs)
	checkConsistent(t, topics, o)
	t.Logf("%d documents, %d results, %d duplicates (%.1f%%) after killing one of two workers", n, len(o.docs), dups, 100*float64(dups)/n)
	if bound := 2 * maxInFlight; dups > bound {
		t.Fatalf("%d duplicates, more than --max-in-flight %d per lost member (%d)", dups, maxInFlight, bound)
	}
}

// TestShutdownAgainstSilentBrokers stops a worker whose brokers stopped
// answering (a partition that drops packets): Run must return after its
// shutdown deadline, not when kafka-go's close has waited out its dials
// (19 s with a 2 s shutdown timeout before closeBy; here the dials never
// end until the test lets them, so a Run that waits for them never
// returns). Nothing is lost: a second worker finishes everything.
func TestShutdownAgainstSilentBrokers(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const n = 1000
	b, cfg, topics, msgs := seeded(t, n, "q")
	ks := killSwitch{silent: make(chan struct{})}
	released := false
	release := func() {
		if !released {
			released = true
			close(ks.silent)
		}
	}
	cfg1 := cfg
	cfg1.Dial = ks.dial
	cfg1.ShutdownTimeout = 2 * time.Second
	_, stop1 := runWorker(t, cfg1)
	t.Cleanup(release) // before the worker's own cleanup waits for Run
	waitResults(t, "a fifth of the results", b.Addr(), topics.Documents, n/5)
	ks.kill()
	returned := make(chan error, 1)
	go func() { returned <- stop1() }()
	var err error
	waitFor(t, "Run to return while the brokers are silent", func() (bool, string) {
		select {
		case err = <-returned:
			return true, ""
		default:
			return false, "" // no progress to show: a Run that waits for the dials stalls
		}
	})
	t.Logf("Run returned %v while the brokers were silent", err)
	release()

	_, stop2 := runWorker(t, cfg)
	// duplicates count too: wait for the commits, which follow the results
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
	if err := stop2(); err != nil {
		t.Fatalf("second worker: %v", err)
	}
	o := readOutputs(t, b.Addr(), topics)
	lostOrDuplicated(t, msgs, o.docs)
}

// TestGracefulShutdown cancels a worker mid-stream (what SIGTERM does) and
// checks that everything it fetched was published and committed, and
// nothing more; a second worker then finishes the rest without duplicates.
func TestGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const n = 2000
	b, cfg, topics, msgs := seeded(t, n, "g")

	_, stop := runWorker(t, cfg)
	waitResults(t, "some results", b.Addr(), topics.Documents, n/5)
	if err := stop(); err != nil {
		t.Fatalf("Run after cancellation: %v", err)
	}
	if got := countRecords(t, b.Addr(), topics.Documents); got >= n {
		t.Fatalf("the worker finished all %d documents before it was stopped; the test shows nothing", got)
	}
	comm := committed(t, b.Addr(), cfg.GroupID, topics.Input)
	seen := map[int]map[int64]int{}
	for _, m := range readTopic(t, b.Addr(), topics.Documents) {
		r := decodeDocument(t, m)
		if seen[r.Source.Partition] == nil {
			seen[r.Source.Partition] = map[int64]int{}
		}
		seen[r.Source.Partition][r.Source.Offset]++
	}
	for p, c := range comm {
		for off := int64(0); off < c; off++ {
			if seen[p][off] != 1 {
				t.Fatalf("partition %d offset %d is committed (up to %d) but has %d results", p, off, c, seen[p][off])
			}
		}
		for off := range seen[p] {
			if off >= c {
				t.Fatalf("partition %d offset %d was published but not committed (committed %d)", p, off, c)
			}
		}
	}
	t.Logf("stopped at %d of %d documents, committed %s", countRecords(t, b.Addr(), topics.Documents), n, fmtOffsets(comm))

	_, stop2 := runWorker(t, cfg)
	waitResults(t, "the rest", b.Addr(), topics.Documents, n)
	if err := stop2(); err != nil {
		t.Fatalf("second Run: %v", err)
	}
	o := readOutputs(t, b.Addr(), topics)
	counts := countIDs(t, o.docs)
	for _, m := range msgs {
		if counts[string(m.Key)] != 1 {
			t.Fatalf("document %s has %d results after a graceful handover, want 1", m.Key, counts[string(m.Key)])
		}
	}
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
}

// TestScaleOut adds a second worker mid-stream: the group rebalances, each
// worker restarts its partitions at the committed offsets, and nothing is
// lost; the duplicates the handover causes are reported.
func TestScaleOut(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const n = 3000
	b, cfg, topics, msgs := seeded(t, n, "s")

	_, stop1 := runWorker(t, cfg)
	waitResults(t, "a fifth of the results", b.Addr(), topics.Documents, n/5)
	_, stop2 := runWorker(t, cfg)
	// Watch the committed offsets through the rebalance: a commit that
	// moves one backwards is a late commit of a partition's former owner.
	rewinds := 0
	last := committed(t, b.Addr(), cfg.GroupID, topics.Input)
	waitFor(t, "every document's result", func() (bool, string) {
		now := committed(t, b.Addr(), cfg.GroupID, topics.Input)
		for p, off := range now {
			if off < last[p] {
				rewinds++
			}
		}
		last = now
		got := countRecords(t, b.Addr(), topics.Documents)
		return got >= n, strconv.Itoa(got) + " results"
	})
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
	for i, stop := range []func() error{stop1, stop2} {
		if err := stop(); err != nil {
			t.Fatalf("worker %d: %v", i+1, err)
		}
	}
	o := readOutputs(t, b.Addr(), topics)
	dups := lostOrDuplicated(t, msgs, o.docs)
	checkConsistent(t, topics, o)
	t.Logf("%d documents, %d duplicates after a second worker joined; committed offsets seen moving backwards %d times", n, dups, rewinds)
}

// cut closes every open connection of the switch without killing it: a
// network blip. New connections are allowed.
func (k *killSwitch) cut() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	n := len(k.conns)
	for _, c := range k.conns {
		c.Close()
	}
	k.conns = nil
	return n
}

// TestNetworkBlips cuts all of a worker's connections several times
// mid-stream: fetches, produce requests and commits fail in flight and are
// retried, and no document is lost.
func TestNetworkBlips(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const n = 2000
	b, cfg, topics, msgs := seeded(t, n, "n")
	var ks killSwitch
	cfg.Dial = ks.dial

	_, stop := runWorker(t, cfg)
	cuts := 0
	for i := 1; i <= 3; i++ {
		waitResults(t, "progress", b.Addr(), topics.Documents, i*n/5)
		cuts += ks.cut()
	}
	waitResults(t, "every document's result", b.Addr(), topics.Documents, n)
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	o := readOutputs(t, b.Addr(), topics)
	dups := lostOrDuplicated(t, msgs, o.docs)
	checkConsistent(t, topics, o)
	t.Logf("%d documents, %d connections cut in 3 blips, %d duplicates", n, cuts, dups)
}

// lostOrDuplicated fails the test if any input document has no result and
// returns how many extra results (duplicates) there are.
func lostOrDuplicated(t *testing.T, msgs []kafka.Message, docs []kafka.Message) int {
	t.Helper()
	counts := countIDs(t, docs)
	dups := 0
	for _, m := range msgs {
		c := counts[string(m.Key)]
		if c == 0 {
			t.Fatalf("document %s lost", m.Key)
		}
		dups += c - 1
	}
	return dups
}

// TestContactDuringOutage: entities_kafka_last_contact_timestamp_seconds
// advances while the worker is idle (a probe every lag interval) and stops
// when the brokers are out of reach, where every other metric stood still
// and no alert could fire (an audit stopped the broker for 40 s).
func TestContactDuringOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	b, cfg, topics, _ := seeded(t, 10, "o")
	var ks killSwitch
	cfg.Dial = ks.dial
	cfg.LagInterval = 100 * time.Millisecond
	cfg.ShutdownTimeout = 2 * time.Second
	reg := prometheus.NewRegistry()
	cfg.Metrics = pipeline.NewMetrics(reg)
	contact := func() float64 {
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			if mf.GetName() == "entities_kafka_last_contact_timestamp_seconds" {
				return mf.GetMetric()[0].GetGauge().GetValue()
			}
		}
		t.Fatal("no entities_kafka_last_contact_timestamp_seconds")
		return 0
	}
	_, stop := runWorker(t, cfg)
	waitResults(t, "every document's result", b.Addr(), topics.Documents, 10)
	idle := contact()
	waitFor(t, "the contact time to advance while the worker is idle", func() (bool, string) {
		c := contact()
		return c > idle, fmt.Sprintf("contact %f, idle since %f", c, idle)
	})
	ks.kill()
	time.Sleep(5 * cfg.LagInterval) // an answer on its way when the switch fell lands by then
	before := contact()
	time.Sleep(20 * cfg.LagInterval) // probes keep asking, and nobody answers
	if after := contact(); after != before {
		t.Errorf("contact time moved from %f to %f with the brokers out of reach", before, after)
	}
	if age := float64(time.Now().UnixNano())/1e9 - before; age < float64(20*cfg.LagInterval)/float64(time.Second) {
		t.Errorf("contact time %.2f s old after the outage", age)
	}
	stop()
}
