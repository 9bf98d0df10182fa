package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
)

// ErrPermanent marks a publish error that retrying cannot fix for this
// record (a record too large for the broker, an invalid record): the input
// may go to the dead-letter topic instead.
var ErrPermanent = errors.New("permanent publish error")

// ErrRefused marks a publish error that no record can get past: the broker
// refuses the worker's writes to a topic (no authorization, a setting it
// rejects). Nothing is written, so nothing may be committed: the worker
// stops.
var ErrRefused = errors.New("the broker refuses the writes")

// PublisherConfig configures a Publisher.
type PublisherConfig struct {
	Brokers   []string
	Transport *kafka.Transport // TLS, SASL and dialing; nil uses kafka.DefaultTransport
	BatchSize int              // default 200
	Linger    time.Duration    // default 5ms
	MaxBytes  int64            // largest produce batch; default 1 MiB, under Kafka's default message.max.bytes
	Logger    *slog.Logger
	Metrics   *Metrics
}

// Publisher writes records with acks from all in-sync replicas. Records are
// spread over partitions by the murmur2 hash of their key, the Java
// client's default, so other Kafka tools that join on these keys agree on
// partitions. Publish is synchronous: when it returns nil every record is
// acknowledged. It is safe for concurrent use; concurrent calls share
// produce batches.
type Publisher struct {
	w       *kafka.Writer
	log     *slog.Logger
	metrics *Metrics
}

// NewPublisher returns a Publisher; it connects lazily.
func NewPublisher(cfg PublisherConfig) *Publisher {
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 200
	}
	if cfg.Linger <= 0 {
		cfg.Linger = 5 * time.Millisecond
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 1 << 20
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	w := &kafka.Writer{
		Addr:            kafka.TCP(cfg.Brokers...),
		Balancer:        kafka.Murmur2Balancer{Consistent: true},
		RequiredAcks:    kafka.RequireAll,
		BatchSize:       cfg.BatchSize,
		BatchTimeout:    cfg.Linger,
		BatchBytes:      cfg.MaxBytes,
		MaxAttempts:     3,
		WriteBackoffMin: 50 * time.Millisecond,
		WriteBackoffMax: time.Second,
	}
	if cfg.Transport != nil {
		w.Transport = cfg.Transport
	}
	return &Publisher{w: w, log: cfg.Logger, metrics: cfg.Metrics}
}

// Publish writes msgs, each with its Topic set, and waits for the acks.
// Transient failures are retried with exponential backoff until ctx ends;
// only the records that failed are sent again. A permanent failure returns
// an error wrapping ErrPermanent; the records before it may have been
// written.
func (p *Publisher) Publish(ctx context.Context, msgs ...kafka.Message) error {
	backoff := 100 * time.Millisecond
	for attempt := 1; len(msgs) > 0; attempt++ {
		err := p.w.WriteMessages(ctx, msgs...)
		if err == nil {
			return nil
		}
		var failed []kafka.Message
		var werrs kafka.WriteErrors
		if errors.As(err, &werrs) && len(werrs) == len(msgs) {
			for i, e := range werrs {
				if e == nil {
					continue
				}
				if ferr := final("publish to "+msgs[i].Topic, e); ferr != nil {
					return ferr
				}
				failed = append(failed, msgs[i])
			}
		} else if ferr := final("publish", err); ferr != nil {
			return ferr
		} else {
			failed = msgs
		}
		if cerr := ctx.Err(); cerr != nil {
			return fmt.Errorf("publish: %w (last error: %v)", cerr, err)
		}
		p.metrics.publishRetries.Inc()
		p.log.Warn("publish failed, retrying", "records", len(failed), "attempt", attempt, "backoff", backoff, "err", summarize(err))
		select {
		case <-ctx.Done():
			return fmt.Errorf("publish: %w (last error: %v)", ctx.Err(), err)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
		msgs = failed
	}
	return nil
}

// Close flushes and closes the writer. It is safe to call twice.
func (p *Publisher) Close() error {
	if err := p.w.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
		return fmt.Errorf("close publisher: %w", err)
	}
	return nil
}

// tooLarge tells the errors that say a record or batch is too large.
func tooLarge(err error) bool {
	var mtl kafka.MessageTooLargeError
	return errors.As(err, &mtl) || errors.Is(err, kafka.MessageSizeTooLarge) || errors.Is(err, kafka.RecordListTooLarge)
}

// permanent tells the errors that no retry can fix.
func permanent(err error) bool {
	var mtl kafka.MessageTooLargeError
	if errors.As(err, &mtl) {
		return true
	}
	var kerr kafka.Error
	if errors.As(err, &kerr) {
		switch kerr {
		case kafka.MessageSizeTooLarge, kafka.RecordListTooLarge, kafka.InvalidRecord, kafka.UnsupportedForMessageFormat:
			return true
		}
	}
	return false
}

// final wraps an error no retry can fix in its kind, ErrRefused or
// ErrPermanent, after where; nil when a retry may help.
func final(where string, err error) error {
	switch {
	case refused(err):
		return fmt.Errorf("%s: %w: %w", where, ErrRefused, err)
	case permanent(err):
		return fmt.Errorf("%s: %w: %w", where, ErrPermanent, err)
	}
	return nil
}

// refused tells the errors that say the broker refuses every write to a
// topic, whatever the record: the worker's principal may not write it, the
// topic's name is invalid, or the broker rejects the producer's settings.
// Dead-lettering the input would not help (the dead-letter topic is most
// often refused too) and skipping it would lose it.
func refused(err error) bool {
	var kerr kafka.Error
	if errors.As(err, &kerr) {
		switch kerr {
		case kafka.TopicAuthorizationFailed, kafka.ClusterAuthorizationFailed, kafka.InvalidTopic,
			kafka.InvalidRequiredAcks, kafka.TransactionalIDAuthorizationFailed, kafka.SASLAuthenticationFailed,
			// the topic's message.timestamp.*.max.ms refuses the input's
			// time, which every output record carries: a replay of old
			// input is refused record after record
			kafka.InvalidTimestamp:
			return true
		}
	}
	return false
}

// summarize shortens a write error for the log: kafka-go's WriteErrors
// holds one error per record and prints them all, up to 11,000 characters
// on one line in an audit, past the 16 KB at which container runtimes split
// log lines. Each distinct error is given once, with how many records had
// it, three at most.
func summarize(err error) string {
	var werrs kafka.WriteErrors
	if !errors.As(err, &werrs) {
		return err.Error()
	}
	count := map[string]int{}
	var order []string
	for _, e := range werrs {
		if e == nil {
			continue
		}
		m := e.Error()
		if count[m] == 0 {
			order = append(order, m)
		}
		count[m]++
	}
	var b strings.Builder
	for i, m := range order {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d other errors", len(order)-3)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%d records: %s", count[m], m)
	}
	return b.String()
}
