package demo

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/segmentio/kafka-go"

	"entities/extractor"
	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/broker"
)

//go:embed samples.jsonl
var samplesJSONL []byte

// Sample is one input message of the demo.
type Sample struct {
	Key   string
	Value []byte
}

// Samples returns the demo's input messages: one per line of samples.jsonl
// (keyed by its id; some lines are broken on purpose) and one of binary
// garbage.
func Samples() []Sample {
	var out []Sample
	for i, line := range bytes.Split(bytes.TrimSpace(samplesJSONL), []byte("\n")) {
		var v struct {
			ID string `json:"id"`
		}
		key := fmt.Sprintf("demo-line-%d", i+1)
		if json.Unmarshal(line, &v) == nil && v.ID != "" {
			key = v.ID
		} else if _, rest, ok := bytes.Cut(line, []byte(`"id":"`)); ok {
			if id, _, ok := bytes.Cut(rest, []byte(`"`)); ok {
				key = string(id)
			}
		}
		out = append(out, Sample{Key: key, Value: line})
	}
	// What a producer that sends compressed bytes without saying so puts
	// on the topic.
	out = append(out, Sample{Key: "demo-bad-binary", Value: []byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xf3, 0x48, 0xcd, 0xc9, 0xc9, 0xff}})
	return out
}

// Config configures Run.
type Config struct {
	Extractor extractor.Extractor // required
	Out       io.Writer           // the table and the summary; default io.Discard
	Logger    *slog.Logger        // the broker's and worker's logs; default: none
	// Timeout is how long Run waits without progress (a record arriving)
	// before it gives up, ten times as long for the worker to get ready;
	// default 45s. A slow machine gets there later; only a stuck one
	// gives up.
	Timeout time.Duration
}

// Summary is what the demo saw on the output topics.
type Summary struct {
	Documents   int
	Entities    map[schema.Type]int
	DeadLetters map[schema.Code]int
	Elapsed     time.Duration
}

// Run starts a broker and a worker, produces the samples, prints the
// entities as they arrive and returns when every sample has its result or
// dead letter and every entity record has arrived.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	if cfg.Extractor == nil {
		return Summary{}, errors.New("demo: no extractor")
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 45 * time.Second
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	const partitions = 3
	b, err := broker.Start(broker.Config{Partitions: partitions})
	if err != nil {
		return Summary{}, err
	}
	defer b.Close()
	wcfg := pipeline.Config{Brokers: []string{b.Addr()}, GroupID: "entities-demo", CreateTopics: true, Partitions: partitions,
		Linger: 2 * time.Millisecond, CommitInterval: 100 * time.Millisecond, ShutdownTimeout: 5 * time.Second, Logger: cfg.Logger}
	topics := wcfg.Topics()
	client := &kafka.Client{Addr: kafka.TCP(b.Addr())}
	if err := pipeline.EnsureTopics(ctx, client, topics.Specs(), true, partitions, 0, cfg.Logger); err != nil {
		return Summary{}, err
	}
	w, err := pipeline.NewWorker(wcfg, cfg.Extractor)
	if err != nil {
		return Summary{}, err
	}
	workerCtx, stopWorker := context.WithCancel(ctx)
	defer stopWorker()
	workerErr := make(chan error, 1)
	workerDone := make(chan struct{})
	go func() {
		workerErr <- w.Run(workerCtx)
		close(workerDone)
	}()

	samples := Samples()
	fmt.Fprintf(cfg.Out, "entities demo: in-memory broker on %s, producing %d articles to %q\n\n", b.Addr(), len(samples), topics.Input)
	if err := produce(ctx, b.Addr(), topics.Input, samples); err != nil {
		return Summary{}, err
	}

	records := make(chan kafka.Message)
	var readers sync.WaitGroup
	readCtx, stopReading := context.WithCancel(ctx)
	for _, t := range []string{topics.Documents, topics.Person, topics.Organization, topics.Money, topics.DLQ} {
		for p := range partitions {
			readers.Go(func() { tail(readCtx, b.Addr(), t, p, records) })
		}
	}
	sum, err := watch(ctx, cfg.Out, topics, len(samples), records, progressWatch{ready: w.Ready, done: workerDone, stall: cfg.Timeout})
	stopReading()
	go func() {
		for range records { // let the readers finish their last send
		}
	}()
	readers.Wait()
	close(records)
	stopWorker()
	if werr := <-workerErr; werr != nil && err == nil {
		err = fmt.Errorf("worker: %w", werr)
	}
	sum.Elapsed = time.Since(start)
	if err != nil {
		return sum, err
	}
	printSummary(cfg.Out, sum)
	return sum, nil
}

func produce(ctx context.Context, addr, topic string, samples []Sample) error {
	w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topic, Balancer: kafka.Murmur2Balancer{Consistent: true},
		RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	defer w.Close()
	msgs := make([]kafka.Message, len(samples))
	for i, s := range samples {
		msgs[i] = kafka.Message{Key: []byte(s.Key), Value: s.Value}
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("produce samples: %w", err)
	}
	return nil
}

// tail sends every record of one partition to out until ctx ends.
func tail(ctx context.Context, addr, topic string, partition int, out chan<- kafka.Message) {
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{addr}, Topic: topic, Partition: partition,
		MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 100 * time.Millisecond, StartOffset: kafka.FirstOffset})
	defer r.Close()
	for {
		m, err := r.ReadMessage(ctx)
		if err != nil {
			return
		}
		select {
		case out <- m:
		case <-ctx.Done():
			return
		}
	}
}

// progressWatch is what watch needs to tell a slow run from a stuck one.
type progressWatch struct {
	ready func() bool     // the worker has loaded its models and joined
	done  <-chan struct{} // the worker stopped
	stall time.Duration   // longest wait without progress
}

// watch prints entity records and dead letters as they arrive, until every
// sample is accounted for and every entity record its result promises has
// arrived. It gives up when nothing moves for pw.stall: no record arrives
// and the worker does not become ready.
func watch(ctx context.Context, out io.Writer, topics pipeline.Topics, samples int, records <-chan kafka.Message, pw progressWatch) (Summary, error) {
	sum := Summary{Entities: map[schema.Type]int{}, DeadLetters: map[schema.Code]int{}}
	expected, seen := 0, 0
	fmt.Fprintf(out, "%-13s %-30s %-34s %-5s %s\n", "TYPE", "CANONICAL", "KEY", "LANG", "AMOUNT / DOCUMENT")
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	ready, moved := false, time.Now()
	for sum.Documents+dead(sum) < samples || seen < expected {
		var m kafka.Message
		select {
		case m = <-records:
			moved = time.Now()
		case <-tick.C:
			if !ready && pw.ready() {
				ready, moved = true, time.Now()
			}
			// Loading the models shows no progress until it ends; it
			// may take minutes on a loaded machine under -race, so the
			// worker gets ten times as long to get ready (it stops with
			// an error, ending the wait, if loading fails).
			if limit := pw.stall; time.Since(moved) > limit && (ready || time.Since(moved) > 10*limit) {
				return sum, fmt.Errorf("demo: gave up after %v without progress (%d of %d documents, %d of %d entity records, worker ready %v)",
					time.Since(moved).Round(time.Second), sum.Documents+dead(sum), samples, seen, expected, ready)
			}
			continue
		case <-pw.done:
			return sum, fmt.Errorf("demo: the worker stopped (%d of %d documents, %d of %d entity records)", sum.Documents+dead(sum), samples, seen, expected)
		case <-ctx.Done():
			return sum, fmt.Errorf("demo: gave up waiting (%d of %d documents, %d of %d entity records): %w",
				sum.Documents+dead(sum), samples, seen, expected, ctx.Err())
		}
		switch m.Topic {
		case topics.Documents:
			var r pipeline.DocumentRecord
			if err := json.Unmarshal(m.Value, &r); err != nil {
				return sum, fmt.Errorf("demo: decode result: %w", err)
			}
			sum.Documents++
			expected += len(pipeline.EntityRecords(r.Result, r.Source, r.PipelineVersion))
		case topics.DLQ:
			code, msg := header(m, pipeline.HeaderErrorCode), header(m, pipeline.HeaderErrorMessage)
			sum.DeadLetters[schema.Code(code)]++
			fmt.Fprintf(out, "%-13s %-30s %-34s %-5s %s\n", "dead letter", clip(code, 30), clip(string(m.Key), 34), "", clip(msg, 48))
		default:
			var e pipeline.EntityRecord
			if err := json.Unmarshal(m.Value, &e); err != nil {
				return sum, fmt.Errorf("demo: decode entity: %w", err)
			}
			seen++
			sum.Entities[e.Type]++
			detail := e.DocumentID
			if e.Type == schema.Money {
				detail = strings.TrimSpace(e.Amount + " " + e.Currency)
				if e.AmountMax != "" {
					detail = e.Amount + "–" + e.AmountMax + " " + e.Currency
				}
			}
			fmt.Fprintf(out, "%-13s %-30s %-34s %-5s %s\n", e.Type, clip(e.Canonical, 30), clip(e.Key, 34), e.Lang, detail)
		}
	}
	return sum, nil
}

func dead(s Summary) int {
	n := 0
	for _, c := range s.DeadLetters {
		n += c
	}
	return n
}

func header(m kafka.Message, key string) string {
	for _, h := range m.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}

// clip shortens s to n characters for a table column.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func printSummary(out io.Writer, s Summary) {
	total := 0
	var parts []string
	for _, t := range schema.Types {
		total += s.Entities[t]
		parts = append(parts, fmt.Sprintf("%s %d", t, s.Entities[t]))
	}
	var codes []string
	for c, n := range s.DeadLetters {
		codes = append(codes, fmt.Sprintf("%s %d", c, n))
	}
	sort.Strings(codes)
	fmt.Fprintf(out, "\nSummary: %d documents, %d entities (%s), %d dead letters (%s), %.1fs\n",
		s.Documents, total, strings.Join(parts, ", "), dead(s), strings.Join(codes, ", "), s.Elapsed.Seconds())
}
