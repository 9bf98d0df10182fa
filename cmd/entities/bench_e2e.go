package main

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
	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/broker"
)

// benchPipeline sends docs through an in-process broker and one worker: a
// producer keeps window documents in flight, readers of the result topic
// note when each document's result arrives. Latency is from the produce call
// to the result's arrival.
func benchPipeline(ctx context.Context, eng extractor.Extractor, docs []benchDoc, workers, window int) (benchResult, error) {
	const partitions = 6
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	br, err := broker.Start(broker.Config{Partitions: partitions})
	if err != nil {
		return benchResult{}, err
	}
	defer br.Close()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg := pipeline.Config{Brokers: []string{br.Addr()}, GroupID: "entities-bench", CreateTopics: true, Partitions: partitions,
		Concurrency: workers, Logger: logger}
	topics := cfg.Topics()
	if err := pipeline.EnsureTopics(ctx, &kafka.Client{Addr: kafka.TCP(br.Addr())}, topics.Specs(), true, partitions, 0, logger); err != nil {
		return benchResult{}, err
	}
	w, err := pipeline.NewWorker(cfg, eng)
	if err != nil {
		return benchResult{}, err
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
			return benchResult{}, fmt.Errorf("worker: %w", err)
		case <-ctx.Done():
			return benchResult{}, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}

	n := len(docs)
	sent := make([]time.Time, n)
	arrived := make([]time.Duration, n)
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
				i, err := strconv.Atoi(strings.TrimPrefix(string(m.Key), "bench-"))
				if err != nil || i < 0 || i >= n || arrived[i] != 0 || sent[i].IsZero() {
					continue
				}
				arrived[i] = time.Since(sent[i])
				received.Add(1)
			}
		})
	}
	defer func() {
		stopReading()
		readers.Wait()
	}()
	msgs := make([]kafka.Message, n)
	for i, d := range docs {
		id := fmt.Sprintf("bench-%07d", i)
		v, err := json.Marshal(schema.Document{ID: id, Text: d.text})
		if err != nil {
			return benchResult{}, err
		}
		msgs[i] = kafka.Message{Key: []byte(id), Value: v}
	}
	batch := min(32, window)
	prod := &kafka.Writer{Addr: kafka.TCP(br.Addr()), Topic: topics.Input, Balancer: &kafka.RoundRobin{},
		RequiredAcks: kafka.RequireAll, BatchSize: batch, BatchTimeout: time.Millisecond, BatchBytes: 8 << 20}
	defer prod.Close()

	cpu0, start := processCPU(), time.Now()
	for i := 0; i < n; {
		for int64(i)-received.Load() >= int64(window) {
			if err := ctx.Err(); err != nil {
				return benchResult{}, err
			}
			time.Sleep(time.Millisecond)
		}
		k := min(batch, n-i)
		now := time.Now()
		for j := i; j < i+k; j++ {
			sent[j] = now
		}
		if err := prod.WriteMessages(ctx, msgs[i:i+k]...); err != nil {
			return benchResult{}, fmt.Errorf("produce: %w", err)
		}
		i += k
	}
	for received.Load() < int64(n) {
		select {
		case err := <-workerErr:
			if err == nil {
				err = errors.New("stopped")
			}
			return benchResult{}, fmt.Errorf("worker: %w (%d of %d results)", err, received.Load(), n)
		case <-ctx.Done():
			return benchResult{}, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	return benchResult{elapsed: time.Since(start), cpu: processCPU() - cpu0, latency: arrived}, nil
}
