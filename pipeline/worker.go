package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor"
	"entities/extractor/schema"
)

// Worker is one consumer-group member: it fetches input documents, extracts
// them on Config.Concurrency goroutines, publishes what each produced, and
// commits each partition's highest contiguous finished offset.
type Worker struct {
	cfg     Config
	topics  Topics
	ex      extractor.Extractor
	proc    *Processor
	pub     *Publisher
	client  *kafka.Client
	dialer  *kafka.Dialer
	tracker *Tracker
	order   KeyOrder // outputs of one key publish in input order

	clientID       string
	describeFailed atomic.Bool  // the group cannot be described: commit unfiltered
	lastContact    atomic.Int64 // Unix nanoseconds of the brokers' last answer
	lastProbe      time.Time    // commitLoop's: when probe last asked
	log            *slog.Logger
	m              *Metrics

	modelsLoaded atomic.Bool
	joined       atomic.Bool
	stopping     atomic.Bool

	// slotWait is set while the fetcher waits for an in-flight slot; a
	// finished message then asks for a commit on commitSoon at once, so
	// throughput is not capped at MaxInFlight per CommitInterval.
	slotWait   atomic.Bool
	commitSoon chan struct{}

	closeOnce sync.Once
	closeErr  error

	// a publish error no retry can fix stops the worker (fail)
	fatalOnce sync.Once
	fatal     error
	stopFetch context.CancelCauseFunc
}

// NewWorker validates cfg and builds a worker around ex. It does not touch
// the network; Run does.
func NewWorker(cfg Config, ex extractor.Extractor) (*Worker, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	topics := cfg.Topics()
	proc, err := NewProcessor(ProcessorConfig{Extractor: ex, Topics: topics, MaxBytes: cfg.MaxBytes, Version: cfg.Version})
	if err != nil {
		return nil, err
	}
	// A client id of its own lets the worker find itself among the group's
	// members (see owned).
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	clientID := "entities-worker-" + hex.EncodeToString(rnd[:])
	transport := &kafka.Transport{Dial: cfg.Dial, TLS: cfg.TLS, SASL: cfg.SASL, ClientID: clientID}
	dialer := &kafka.Dialer{ClientID: clientID, Timeout: 10 * time.Second, DualStack: true, TLS: cfg.TLS, SASLMechanism: cfg.SASL}
	if cfg.Dial != nil {
		dialer.DialFunc = cfg.Dial
	}
	// A produce batch must fit Kafka's default message.max.bytes
	// (1,048,588): records are at most MaxRecordBytes, so any one fits. A
	// dead letter carries a whole rejected document; one larger than a
	// batch keeps only its start (error.value_truncated). Operators who
	// raise --max-bytes raise the topics' limits too.
	maxBatch := int64(1 << 20)
	if cfg.MaxBytes > schema.DefaultMaxBytes {
		maxBatch = int64(cfg.MaxBytes) + 64<<10
	}
	return &Worker{
		cfg: cfg, topics: topics, ex: ex, proc: proc,
		pub: NewPublisher(PublisherConfig{Brokers: cfg.Brokers, Transport: transport, BatchSize: cfg.BatchSize,
			Linger: cfg.Linger, MaxBytes: maxBatch, Logger: cfg.Logger, Metrics: cfg.Metrics}),
		client:     &kafka.Client{Addr: kafka.TCP(cfg.Brokers...), Transport: transport, Timeout: 30 * time.Second},
		dialer:     dialer,
		clientID:   clientID,
		tracker:    NewTracker(),
		commitSoon: make(chan struct{}, 1),
		log:        cfg.Logger,
		m:          cfg.Metrics,
	}, nil
}

// Topics returns the topics the worker reads and writes.
func (w *Worker) Topics() Topics { return w.topics }

// Processor returns the worker's processor.
func (w *Worker) Processor() *Processor { return w.proc }

// Ready reports whether the models are loaded and the worker has joined its
// consumer group; it turns false again once the worker starts stopping.
func (w *Worker) Ready() bool {
	return w.modelsLoaded.Load() && w.joined.Load() && !w.stopping.Load()
}

type job struct {
	msg    kafka.Message
	ticket *Ticket
	turn   *Turn // its place among the messages of its key (order)
}

// Run consumes until ctx ends or a fatal error occurs. After ctx ends it
// stops fetching, finishes and publishes what is in flight, commits, and
// returns within Config.ShutdownTimeout (a second more when the brokers do
// not answer: see closeBy). Messages not finished by then are
// not committed and will be delivered again. Run returns nil after a
// shutdown that committed everything it finished.
func (w *Worker) Run(ctx context.Context) error {
	closing := false // closeBy owns closing once the reader runs
	defer func() {
		if !closing {
			w.Close()
		}
	}()
	if err := EnsureTopics(ctx, w.client, w.topics.Specs(), w.cfg.CreateTopics, w.cfg.Partitions, w.cfg.Replication, w.log); err != nil {
		return err
	}
	if err := w.warmUp(ctx); err != nil {
		return err
	}
	closing = true
	reader := kafka.NewReader(kafka.ReaderConfig{
		Brokers: w.cfg.Brokers,
		GroupID: w.cfg.GroupID,
		// A transactional producer's records are read once committed.
		// kafka-go does not drop an aborted transaction's records: they
		// are processed like the others (see docs/operations.md).
		IsolationLevel: kafka.ReadCommitted,
		Topic:          w.topics.Input,
		Dialer:         w.dialer,
		MinBytes:       1,
		MaxBytes:       max(10<<20, 2*w.cfg.MaxBytes),
		// A fetch waits up to MaxWait for data; kafka-go gives the
		// connection a deadline a little past it. Short waits made an idle
		// worker log "i/o timeout" now and then; 2 s does not, and a
		// message that arrives is still returned at once (MinBytes 1).
		MaxWait:           2 * time.Second,
		CommitInterval:    0, // commits are explicit and synchronous
		SessionTimeout:    w.cfg.SessionTimeout,
		HeartbeatInterval: max(100*time.Millisecond, w.cfg.SessionTimeout/4),
		RebalanceTimeout:  max(5*time.Second, w.cfg.SessionTimeout),
		JoinGroupBackoff:  500 * time.Millisecond,
		StartOffset:       kafka.FirstOffset,
		// Partitions added to the input topic join the assignment.
		WatchPartitionChanges: true,
		QueueCapacity:         max(100, w.cfg.MaxInFlight/2),
		ReadBackoffMin:        50 * time.Millisecond,
		ReadBackoffMax:        time.Second,
		Logger: kafka.LoggerFunc(func(f string, args ...any) {
			w.log.Debug("kafka reader: " + strings.TrimSpace(fmt.Sprintf(f, args...)))
		}),
		ErrorLogger: kafka.LoggerFunc(func(f string, args ...any) {
			w.log.Warn("kafka reader: " + strings.TrimSpace(fmt.Sprintf(f, args...)))
		}),
	})
	w.log.Info("worker started", "brokers", strings.Join(w.cfg.Brokers, ","), "group", w.cfg.GroupID,
		"input", w.topics.Input, "prefix", strings.TrimSuffix(w.topics.Documents, ".documents"), "concurrency", w.cfg.Concurrency)

	// work ends only at the shutdown deadline (or a fatal error), so that
	// in-flight messages can finish after ctx is cancelled.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	jobs := make(chan job, w.cfg.Concurrency)
	var extractors, publishes sync.WaitGroup
	for range w.cfg.Concurrency {
		extractors.Go(func() {
			for j := range jobs {
				w.handle(work, j, &publishes)
			}
		})
	}
	stopCommits := make(chan struct{})
	committerDone := make(chan struct{})
	go func() {
		defer close(committerDone)
		w.commitLoop(work, reader, stopCommits)
	}()

	fetchCtx, stopFetch := context.WithCancelCause(ctx)
	defer stopFetch(nil)
	w.stopFetch = stopFetch
	fetchErr := w.fetchLoop(fetchCtx, reader, jobs)
	close(jobs)
	w.stopping.Store(true) // not ready while draining

	deadline := time.Now().Add(w.cfg.ShutdownTimeout)
	w.log.Info("worker stopping: finishing in-flight messages", "in_flight", w.tracker.Pending(), "deadline", w.cfg.ShutdownTimeout)
	drained := make(chan struct{})
	go func() {
		extractors.Wait()
		publishes.Wait()
		close(drained)
	}()
	select {
	case <-drained:
	case <-time.After(time.Until(deadline.Add(-w.cfg.ShutdownTimeout / 4))):
		w.log.Warn("shutdown deadline: abandoning unfinished messages; they will be delivered again", "pending", w.tracker.Pending())
		cancelWork()
		<-drained
	}
	close(stopCommits)
	<-committerDone
	commitCtx, cancelCommit := context.WithDeadline(context.WithoutCancel(ctx), deadline)
	commitErr := w.commit(commitCtx, reader)
	for errors.Is(commitErr, errRebalancing) && time.Until(deadline) > 2*w.cfg.CommitInterval {
		// The reader is still a member: it rejoins and the group settles.
		time.Sleep(w.cfg.CommitInterval)
		commitErr = w.commit(commitCtx, reader)
	}
	cancelCommit()
	cancelWork()
	w.closeBy(reader, deadline)
	w.log.Info("worker stopped", "uncommitted", w.tracker.Pending())
	if w.fatal != nil {
		return w.fatal
	}
	if fetchErr != nil {
		return fetchErr
	}
	if commitErr != nil {
		return fmt.Errorf("final commit: %w", commitErr)
	}
	return nil
}

// CloseGrace is how long closing may take past the shutdown deadline: a
// reader that closes leaves its group at once, so its partitions move to
// the other members without waiting for the session timeout. kafka-go took
// 0.25-0.97 s to finish its fetch and leave on a healthy cluster (an
// audit), so a second was tight when the final commit had used the
// deadline up; 3 s keeps the default 30 s shutdown within the manifests'
// 45 s grace period.
const CloseGrace = 3 * time.Second

// closeBy closes the reader, then the publisher, and waits for them until
// the deadline, or CloseGrace if that is later. Against brokers that do not
// answer, kafka-go's close waits out its dial timeouts (19 s measured with
// a 2 s shutdown timeout); the connections are then left to the process's
// exit, and the group drops the member after its session timeout.
func (w *Worker) closeBy(reader *kafka.Reader, deadline time.Time) {
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		if err := reader.Close(); err != nil {
			w.log.Warn("close reader", "err", err)
		}
		if err := w.Close(); err != nil {
			w.log.Warn("close publisher", "err", err)
		}
	}()
	wait := time.NewTimer(max(time.Until(deadline), CloseGrace))
	defer wait.Stop()
	select {
	case <-closed:
	case <-wait.C:
		w.log.Warn("shutdown deadline: the Kafka connections did not close; the group drops this member after its session timeout")
	}
}

// Close releases the worker's connections. Run calls it; it is safe to call
// more than once.
func (w *Worker) Close() error {
	w.closeOnce.Do(func() {
		w.closeErr = w.pub.Close()
		if t, ok := w.client.Transport.(*kafka.Transport); ok {
			t.CloseIdleConnections()
		}
	})
	return w.closeErr
}

// warmUp loads the models before the worker joins its group, so the first
// assigned partitions do not wait behind model loading and /readyz means
// what it says.
func (w *Worker) warmUp(ctx context.Context) error {
	start := time.Now()
	if err := extractor.WarmUp(ctx, w.ex); err != nil {
		return err
	}
	w.modelsLoaded.Store(true)
	w.log.Info("models loaded", "took", time.Since(start).Round(time.Millisecond))
	if w.cfg.ModelsLoaded != nil {
		w.cfg.ModelsLoaded()
	}
	return nil
}

// fetchLoop fetches until ctx ends or the reader is closed. It is the only
// caller of Tracker.Add, so tickets are added in fetch order.
func (w *Worker) fetchLoop(ctx context.Context, r *kafka.Reader, jobs chan<- job) error {
	backoff := 100 * time.Millisecond
	for {
		if !w.waitForSlot(ctx) {
			return nil
		}
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, io.EOF) {
				return errors.New("kafka reader closed")
			}
			if fatalConsumerError(err) {
				return fmt.Errorf("consume %s as group %s: %w", w.topics.Input, w.cfg.GroupID, err)
			}
			w.log.Warn("fetch failed, retrying", "err", err, "backoff", backoff)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 10*time.Second)
			continue
		}
		backoff = 100 * time.Millisecond
		w.contacted()
		w.joined.Store(true)
		w.m.observeLag(m.Topic, m.Partition, m.Offset, m.HighWaterMark)
		if IsControlRecord(m) {
			// a transaction's commit or abort marker: no document, but
			// its offset is done
			if tk := w.tracker.Add(m); !tk.Finished() {
				w.tracker.Finish(tk)
			}
			w.m.controlSkipped.Inc()
			continue
		}
		w.m.docsIn.Inc()
		tk := w.tracker.Add(m)
		if tk.Finished() {
			// Fetched again after a rebalance, and its output is
			// already published.
			w.m.redeliveriesSkipped.Inc()
			continue
		}
		w.m.inFlight.Inc()
		j := job{msg: m, ticket: tk, turn: w.order.Enter(m)}
		select {
		case jobs <- j:
		case <-ctx.Done():
			// every extraction slot is busy and the worker is stopping:
			// the shutdown deadline starts now, not when a slot frees
			w.abandon(j, ctx.Err())
			return nil
		}
	}
}

// waitForSlot waits until fewer than MaxInFlight messages are fetched and
// not committed; it returns false if ctx ends first. A message holds its
// slot until its offset is committed, not just until its output is
// published: that is what bounds the duplicates a crash can cause.
func (w *Worker) waitForSlot(ctx context.Context) bool {
	for {
		changed := w.tracker.Changed()
		if w.tracker.InFlight() < w.cfg.MaxInFlight {
			w.slotWait.Store(false)
			return true
		}
		w.slotWait.Store(true)
		w.askCommit() // what finished meanwhile
		select {
		case <-changed:
		case <-ctx.Done():
			return false
		}
	}
}

// handle extracts one message and hands its records to a publishing
// goroutine, so extraction goroutines never wait for acks.
func (w *Worker) handle(ctx context.Context, j job, publishes *sync.WaitGroup) {
	if !w.tracker.Current(j.ticket) {
		w.m.staleSkipped.Inc()
		w.abandon(j, errRevoked)
		return
	}
	out, err := w.proc.Process(ctx, j.msg)
	if err != nil {
		w.abandon(j, err)
		return
	}
	w.m.extraction.Observe(out.Elapsed.Seconds())
	publishes.Go(func() {
		// an earlier version of the document publishes first
		if err := j.turn.Wait(ctx); err != nil {
			w.abandon(j, err)
			return
		}
		if !w.tracker.Current(j.ticket) {
			w.m.staleSkipped.Inc()
			w.abandon(j, errRevoked)
			return
		}
		w.publish(ctx, j, out)
	})
}

// errRevoked says a message's partition moved to another member before
// the message was processed or published.
var errRevoked = errors.New("partition moved to another member")

func (w *Worker) publish(ctx context.Context, j job, out Output) {
	err := w.pub.Publish(ctx, out.Records...)
	if errors.Is(err, ErrPermanent) && out.Failure == nil {
		// The output cannot be written (a record too large for the
		// broker, say): the input goes to the dead-letter topic instead.
		serr := schema.Errorf(schema.CodeInternal, "publishing the output failed: %v", err)
		if tooLarge(err) {
			serr = errOutputTooLarge(err)
		}
		w.log.Warn("output refused by the broker; the input goes to the dead-letter topic", "topic", j.msg.Topic,
			"partition", j.msg.Partition, "offset", j.msg.Offset, "code", serr.Code, "err", err)
		out = Output{Failure: serr, Records: []kafka.Message{w.proc.DeadLetter(j.msg, serr)}}
		err = w.pub.Publish(ctx, out.Records...)
	}
	if errors.Is(err, ErrPermanent) {
		// The dead letter does not fit either (a dead-letter topic with a
		// smaller size limit than the input's): keep its value's start.
		// A dead letter from the start (too_large input, say) comes here
		// at once, not through a second refused publish of the same record.
		d := truncated(out.Records[0], deadLetterKeep)
		out.Records = []kafka.Message{d}
		err = w.pub.Publish(ctx, d)
		if errors.Is(err, ErrPermanent) {
			// Not even its start: skipping the input would lose it
			err = fmt.Errorf("%w: the dead-letter topic %s refuses the dead letter of %s: %w", ErrRefused, w.topics.DLQ, sourceOf(j.msg), err)
		}
	}
	if errors.Is(err, ErrRefused) {
		w.fail(err)
	}
	if err != nil {
		w.abandon(j, err)
		return
	}
	if out.Failure != nil {
		w.m.docsFailed.WithLabelValues(string(out.Failure.Code)).Inc()
		w.m.deadLetters.Inc()
		w.log.Warn("dead letter", "code", out.Failure.Code, "topic", j.msg.Topic, "partition", j.msg.Partition,
			"offset", j.msg.Offset, "dlq", w.topics.DLQ, "message", out.Failure.Message)
	} else {
		w.contacted()
		w.m.docsOut.Inc()
		for _, r := range out.Records[1:] {
			w.m.entities.WithLabelValues(entityType(r.Topic, w.topics), out.Result.Lang).Inc()
		}
	}
	if !j.msg.Time.IsZero() {
		w.m.endToEnd.Observe(time.Since(j.msg.Time).Seconds())
	}
	w.tracker.Finish(j.ticket)
	j.turn.Leave()
	w.m.inFlight.Dec()
	if w.slotWait.Load() {
		w.askCommit()
	}
}

// askCommit asks the commit loop to commit now rather than at its next tick.
func (w *Worker) askCommit() {
	select {
	case w.commitSoon <- struct{}{}:
	default:
	}
}

// deadLetterKeep is how much of a value a dead letter keeps when the whole
// value is refused by the broker.
const deadLetterKeep = 64 << 10

func truncated(m kafka.Message, keep int) kafka.Message {
	if len(m.Value) <= keep {
		return m
	}
	m.Headers = append(m.Headers[:len(m.Headers):len(m.Headers)], kafka.Header{Key: HeaderValueTruncated, Value: []byte(strconv.Itoa(len(m.Value)))})
	m.Value = m.Value[:keep]
	return m
}

// fail stops the worker on an error no retry can fix: it stops fetching,
// commits what it finished and Run returns err. The message that met it is
// abandoned, so it is not committed and is read again after the fix.
func (w *Worker) fail(err error) {
	w.fatalOnce.Do(func() {
		w.fatal = err
		w.log.Error("worker stopping: the broker refuses its writes; fix the topics' ACLs or settings and start it again, nothing is committed past this message", "err", err)
		w.stopFetch(err)
	})
}

// abandon gives a message up without finishing it: it stays uncommitted and
// is delivered again to whoever owns its partition next.
func (w *Worker) abandon(j job, err error) {
	j.turn.Leave()
	w.log.Debug("message abandoned, it will be delivered again", "source", sourceOf(j.msg), "err", err)
	w.m.inFlight.Dec()
}

// commitLoop commits finished offsets every CommitInterval until stop is
// closed. A failed commit is retried at the next tick. It also keeps the
// lag gauge current when nothing is fetched.
func (w *Worker) commitLoop(ctx context.Context, r *kafka.Reader, stop <-chan struct{}) {
	t := time.NewTicker(w.cfg.CommitInterval)
	defer t.Stop()
	var assigned map[partitionKey]bool
	assignmentChanged := true
	lagSeen := time.Now()
	for {
		select {
		case <-stop:
			return
		case <-ctx.Done():
			return
		case <-t.C:
		case <-w.commitSoon:
		}
		if n := r.Stats().Rebalances; n > 0 {
			w.m.rebalances.Add(float64(n))
			w.m.resetLag()
			w.joined.Store(true)
			assignmentChanged = true
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		if assignmentChanged && w.joined.Load() {
			assigned, assignmentChanged = w.logAssignment(cctx, assigned)
			lagSeen = time.Now()
		} else if time.Since(lagSeen) >= w.cfg.LagInterval && len(assigned) > 0 {
			// Fetches set the lag, but a worker that cannot publish stops
			// fetching once its in-flight slots are full: its lag gauge
			// froze while the backlog grew, and EntitiesLagGrowing could
			// not fire. From the committed offsets, so the messages it
			// holds count too (EntitiesStalled needs a lag above 0).
			w.seedLag(cctx, assigned, true)
			lagSeen = time.Now()
		}
		if err := w.commit(cctx, r); errors.Is(err, errRebalancing) {
			w.log.Debug("commit waits for the rebalance to finish")
		} else if err != nil && ctx.Err() == nil {
			w.log.Warn("commit failed, retrying at the next interval", "err", err)
		}
		cancel()
		w.probe(ctx)
	}
}

// logAssignment logs the partitions assigned to and revoked from this
// worker since prev, once the group is stable. It returns the assignment
// and whether to look again at the next tick.
func (w *Worker) logAssignment(ctx context.Context, prev map[partitionKey]bool) (map[partitionKey]bool, bool) {
	owned, stable, ok := w.owned(ctx)
	if !ok {
		return prev, false // the group cannot be described: nothing to say
	}
	if !stable {
		return prev, true
	}
	var added, removed []string
	for k := range owned {
		if !prev[k] {
			added = append(added, k.topic+"/"+strconv.Itoa(k.partition))
		}
	}
	for k := range prev {
		if !owned[k] {
			removed = append(removed, k.topic+"/"+strconv.Itoa(k.partition))
		}
	}
	sort.Strings(added)
	sort.Strings(removed)
	if len(removed) > 0 {
		w.log.Info("partitions revoked", "group", w.cfg.GroupID, "partitions", strings.Join(removed, ","))
	}
	if len(added) > 0 {
		w.log.Info("partitions assigned", "group", w.cfg.GroupID, "partitions", strings.Join(added, ","), "owned", len(owned))
	}
	w.seedLag(ctx, owned, false)
	return owned, false
}

// seedLag sets the lag of every partition the worker now owns from the
// group's committed offsets and the partitions' ends: after a rebalance the
// gauge is reset, and fetches alone would leave an idle partition, or one
// not fetched yet, out of it until its next message.
func (w *Worker) seedLag(ctx context.Context, owned map[partitionKey]bool, committedOnly bool) {
	if len(owned) == 0 {
		return
	}
	parts := map[string][]int{}
	ends := map[string][]kafka.OffsetRequest{}
	for k := range owned {
		parts[k.topic] = append(parts[k.topic], k.partition)
		ends[k.topic] = append(ends[k.topic], kafka.FirstOffsetOf(k.partition), kafka.LastOffsetOf(k.partition))
	}
	committed, err := w.client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: w.cfg.GroupID, Topics: parts})
	if err == nil {
		err = committed.Error
	}
	var offsets *kafka.ListOffsetsResponse
	if err == nil {
		offsets, err = w.client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: ends})
	}
	if err != nil {
		w.log.Debug("lag of the new assignment not known until its next fetch", "err", err)
		return
	}
	w.contacted()
	for topic, ps := range committed.Topics {
		for _, p := range ps {
			for _, o := range offsets.Topics[topic] {
				if o.Partition != p.Partition || o.Error != nil || p.Error != nil {
					continue
				}
				next := p.CommittedOffset
				if next < 0 { // nothing committed: the group starts at the first offset kept
					next = o.FirstOffset
				}
				w.m.seedLag(topic, p.Partition, next, o.LastOffset, committedOnly)
			}
		}
	}
}

// commit commits the tracker's ready offsets of the partitions the worker
// owns now. A partition that moved to another member is not committed any
// more: a late commit of its former owner would move the new owner's
// committed offset back.
func (w *Worker) commit(ctx context.Context, r *kafka.Reader) error {
	if w.tracker.Pending() == 0 && len(w.tracker.Ready()) == 0 {
		return nil
	}
	seq := w.tracker.Seq()
	owned, stable, ok := w.owned(ctx)
	if ok && !stable {
		return errRebalancing
	}
	if ok {
		// Messages of partitions that moved to another member are not
		// worth processing: the new owner starts at the committed offset.
		revoked := w.tracker.Revoke(func(topic string, partition int) bool { return owned[partitionKey{topic, partition}] }, seq)
		if len(revoked) > 0 {
			w.log.Debug("partitions moved to another member", "partitions", len(revoked))
		}
	}
	cs := w.tracker.Ready()
	if len(cs) == 0 {
		return nil
	}
	if ok {
		kept := cs[:0]
		for _, c := range cs {
			if owned[partitionKey{c.Topic, c.Partition}] {
				kept = append(kept, c)
			}
		}
		if len(kept) < len(cs) {
			w.log.Debug("not committing partitions this worker does not own now", "ready", len(cs), "owned", len(kept))
		}
		if cs = kept; len(cs) == 0 {
			return nil
		}
	}
	msgs := make([]kafka.Message, len(cs))
	for i, c := range cs {
		msgs[i] = c.Message()
	}
	if err := r.CommitMessages(ctx, msgs...); err != nil {
		w.m.commitErrors.Inc()
		return fmt.Errorf("commit %d partitions: %w", len(cs), err)
	}
	w.tracker.Committed(cs)
	w.m.commits.Inc()
	w.contacted()
	return nil
}

// contacted notes that the brokers answered.
func (w *Worker) contacted() {
	now := time.Now()
	w.lastContact.Store(now.UnixNano())
	w.m.kafkaContact.Set(float64(now.UnixNano()) / 1e9)
}

// probe asks the brokers for the input's end offset when nothing else
// reached them for a lag interval: an idle worker, or one whose partitions
// are all elsewhere, would otherwise say nothing of an outage (an audit
// stopped the broker for 40 s: no metric moved, and no alert could fire).
// It asks at most once a lag interval, for at most 5 s.
func (w *Worker) probe(ctx context.Context) {
	if time.Since(time.Unix(0, w.lastContact.Load())) < w.cfg.LagInterval || time.Since(w.lastProbe) < w.cfg.LagInterval {
		return
	}
	w.lastProbe = time.Now()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	// the end of the input's first partition: a metadata request would be
	// answered from kafka-go's cache, broker or not
	res, err := w.client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{w.topics.Input: {kafka.LastOffsetOf(0)}}})
	if err == nil {
		for _, p := range res.Topics[w.topics.Input] {
			err = p.Error
		}
	}
	if err != nil {
		w.log.Warn("the brokers do not answer", "err", err, "last_contact", time.Unix(0, w.lastContact.Load()).UTC().Format(time.RFC3339))
		return
	}
	w.contacted()
}

// errRebalancing says a commit waits for the group to settle.
var errRebalancing = errors.New("consumer group is rebalancing")

// owned asks the group coordinator which partitions this worker is
// assigned now; stable is false while the group rebalances. ok is false
// when the group cannot be described (no DESCRIBE permission on the group,
// say): then every ready offset is committed.
func (w *Worker) owned(ctx context.Context) (owned map[partitionKey]bool, stable, ok bool) {
	if w.describeFailed.Load() {
		return nil, false, false
	}
	res, err := w.client.DescribeGroups(ctx, &kafka.DescribeGroupsRequest{GroupIDs: []string{w.cfg.GroupID}})
	if err == nil && len(res.Groups) == 1 {
		err = res.Groups[0].Error
	}
	if err != nil {
		if ctx.Err() == nil {
			var kerr kafka.Error
			if errors.As(err, &kerr) && (kerr == kafka.GroupAuthorizationFailed || kerr == kafka.UnsupportedVersion) {
				w.describeFailed.Store(true)
			}
			w.log.Warn("describe consumer group; committing without checking the assignment", "group", w.cfg.GroupID, "err", err)
		}
		return nil, false, false
	}
	owned = map[partitionKey]bool{}
	g := res.Groups[0]
	if g.GroupState != "Stable" {
		return owned, false, true
	}
	for _, m := range g.Members {
		if m.ClientID != w.clientID {
			continue
		}
		for _, t := range m.MemberAssignments.Topics {
			for _, p := range t.Partitions {
				owned[partitionKey{t.Topic, p}] = true
			}
		}
	}
	return owned, true, true
}

// fatalConsumerError tells the errors that retrying cannot fix: the
// configuration or the credentials are wrong.
func fatalConsumerError(err error) bool {
	var kerr kafka.Error
	if !errors.As(err, &kerr) {
		return false
	}
	switch kerr {
	case kafka.InvalidSessionTimeout, kafka.InvalidGroupId, kafka.GroupAuthorizationFailed,
		kafka.TopicAuthorizationFailed, kafka.SASLAuthenticationFailed, kafka.InconsistentGroupProtocol,
		kafka.GroupMaxSizeReached:
		return true
	}
	return false
}

func sourceOf(m kafka.Message) string {
	return Source{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset}.String()
}

func entityType(topic string, t Topics) string {
	switch topic {
	case t.Person:
		return string(schema.Person)
	case t.Organization:
		return string(schema.Organization)
	case t.Money:
		return string(schema.Money)
	}
	return "unknown"
}
