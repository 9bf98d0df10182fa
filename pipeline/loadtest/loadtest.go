// Package loadtest measures a worker end to end: it starts an in-process
// Kafka-protocol broker and one pipeline.Worker, produces documents with a
// fixed number in flight, and times each document from its produce call to
// the arrival of its result (or dead letter). BenchmarkPipeline and
// `entities bench --e2e` both run it; it is not for production.
package loadtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor"
	"entities/extractor/cputime"
	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/broker"
)

// Document is one document to send; Lang may be empty (no hint).
type Document struct {
	Text, Lang string
}

// Config configures Run. Extractor and Documents are required.
type Config struct {
	Extractor extractor.Extractor
	Documents []Document
	Window    int             // documents produced but not yet seen on the output; default 256
	Worker    pipeline.Config // the worker's configuration; Brokers is set by Run, GroupID and Partitions have defaults
	OnStart   func()          // called just before the first document is produced (a benchmark resets its timer)
}

// Result is what Run measured. Elapsed and CPU run from the first produce
// call to the last result; CPU is the whole process's (worker, broker,
// producer and readers).
type Result struct {
	Elapsed, CPU time.Duration
	Latency      []time.Duration // per document, in input order
}

const partitions = 6

// Run starts the broker and the worker, sends the documents and returns
// when every one has its result or dead letter, or ctx ends.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Extractor == nil || len(cfg.Documents) == 0 {
		return Result{}, errors.New("loadtest: no extractor or no documents")
	}
	window := cfg.Window
	if window <= 0 {
		window = 256
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	br, err := broker.Start(broker.Config{Partitions: partitions, MinSessionTimeout: 500 * time.Millisecond})
	if err != nil {
		return Result{}, err
	}
	defer br.Close()
	wcfg := cfg.Worker
	wcfg.Brokers = []string{br.Addr()}
	if wcfg.GroupID == "" {
		wcfg.GroupID = "entities-loadtest"
	}
	if wcfg.Partitions == 0 {
		wcfg.Partitions = partitions
	}
	if wcfg.Logger == nil {
		wcfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	topics := wcfg.Topics()
	if err := pipeline.EnsureTopics(ctx, &kafka.Client{Addr: kafka.TCP(br.Addr())}, topics.Specs(), true, partitions, 0, wcfg.Logger); err != nil {
		return Result{}, err
	}
	w, err := pipeline.NewWorker(wcfg, cfg.Extractor)
	if err != nil {
		return Result{}, err
	}
	workerCtx, stopWorker := context.WithCancel(ctx)
	workerErr := make(chan error, 1)
	go func() { workerErr <- w.Run(workerCtx) }()
	defer func() {
		stopWorker()
		<-workerErr
	}()
	for !w.Ready() {
		select {
		case err := <-workerErr:
			return Result{}, fmt.Errorf("loadtest: worker: %w", err)
		case <-ctx.Done():
			return Result{}, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}

	n := len(cfg.Documents)
	sent := make([]atomic.Int64, n) // produce time, unix ns
	latency := make([]time.Duration, n)
	arrived := make([]atomic.Bool, n) // latency[i] is written once, by the reader that sets arrived[i]
	var received atomic.Int64
	readCtx, stopReading := context.WithCancel(ctx)
	var readers sync.WaitGroup
	// A document's result, or its dead letter.
	for k := range 2 * partitions {
		topic, p := topics.Documents, k%partitions
		if k >= partitions {
			topic = topics.DLQ
		}
		readers.Go(func() {
			r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{br.Addr()}, Topic: topic, Partition: p,
				MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 20 * time.Millisecond, StartOffset: kafka.FirstOffset})
			defer r.Close()
			for {
				m, err := r.ReadMessage(readCtx)
				if err != nil {
					return
				}
				i, err := strconv.Atoi(strings.TrimPrefix(string(m.Key), "load-"))
				if err != nil || i < 0 || i >= n || sent[i].Load() == 0 || !arrived[i].CompareAndSwap(false, true) {
					continue
				}
				latency[i] = time.Since(time.Unix(0, sent[i].Load()))
				received.Add(1)
			}
		})
	}
	defer func() {
		stopReading()
		readers.Wait()
	}()
	msgs := make([]kafka.Message, n)
	for i, d := range cfg.Documents {
		id := fmt.Sprintf("load-%07d", i)
		v, err := json.Marshal(schema.Document{ID: id, Text: d.Text, Lang: d.Lang})
		if err != nil {
			return Result{}, err
		}
		msgs[i] = kafka.Message{Key: []byte(id), Value: v}
	}
	batch := min(32, window)
	prod := &kafka.Writer{Addr: kafka.TCP(br.Addr()), Topic: topics.Input, Balancer: &kafka.RoundRobin{},
		RequiredAcks: kafka.RequireAll, BatchSize: batch, BatchTimeout: time.Millisecond, BatchBytes: 8 << 20}
	defer prod.Close()

	if cfg.OnStart != nil {
		cfg.OnStart()
	}
	start, cpu0 := time.Now(), cputime.Process()
	for i := 0; i < n; {
		for int64(i)-received.Load() >= int64(window) {
			if err := ctx.Err(); err != nil {
				return Result{}, err
			}
			time.Sleep(time.Millisecond)
		}
		k := min(batch, n-i)
		now := time.Now().UnixNano()
		for j := i; j < i+k; j++ {
			sent[j].Store(now)
		}
		if err := prod.WriteMessages(ctx, msgs[i:i+k]...); err != nil {
			return Result{}, fmt.Errorf("loadtest: produce: %w", err)
		}
		i += k
	}
	for received.Load() < int64(n) {
		select {
		case err := <-workerErr:
			if err == nil {
				err = errors.New("stopped")
			}
			return Result{}, fmt.Errorf("loadtest: worker: %w (%d of %d results)", err, received.Load(), n)
		case <-ctx.Done():
			return Result{}, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	stopReading()
	readers.Wait()
	return Result{Elapsed: time.Since(start), CPU: cputime.Process() - cpu0, Latency: latency}, nil
}
