package kafkafeed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
	"golang.org/x/sync/errgroup"

	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/httpapi"
)

// Config says which topic to follow and how to reach it. Brokers and Topic
// are required.
type Config struct {
	Brokers   []string
	Topic     string           // the results topic, e.g. "entities.documents"
	Transport *kafka.Transport // nil: plain text, no authentication
	Dialer    *kafka.Dialer    // nil: plain text, no authentication
	Logger    *slog.Logger     // nil: slog.Default()
}

// New returns a Feed that follows cfg.Topic from the end of each partition
// that exists when it starts.
func New(cfg Config) (httpapi.Feed, error) {
	if len(cfg.Brokers) == 0 {
		return nil, errors.New("kafkafeed: no brokers")
	}
	if cfg.Topic == "" {
		return nil, errors.New("kafkafeed: no topic")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Dialer == nil {
		cfg.Dialer = &kafka.Dialer{Timeout: 10 * time.Second, DualStack: true}
	}
	f := &feed{cfg: cfg}
	return f.run, nil
}

type feed struct {
	cfg Config
	mu  sync.Mutex // publish is called by one partition reader at a time
}

func (f *feed) run(ctx context.Context, publish func(schema.Result)) error {
	parts, err := f.partitions(ctx)
	if err != nil {
		return err
	}
	f.cfg.Logger.Info("watching the pipeline", "topic", f.cfg.Topic, "partitions", len(parts))
	g, ctx := errgroup.WithContext(ctx)
	for _, p := range parts {
		g.Go(func() error { return f.follow(ctx, p, publish) })
	}
	err = g.Wait()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// partitions waits for the topic to exist: a viewer may start before the
// pipeline has created it.
func (f *feed) partitions(ctx context.Context) ([]int, error) {
	client := &kafka.Client{Addr: kafka.TCP(f.cfg.Brokers...), Timeout: 10 * time.Second}
	if f.cfg.Transport != nil { // a nil *Transport in the interface is not the default
		client.Transport = f.cfg.Transport
	}
	for wait := 500 * time.Millisecond; ; wait = min(2*wait, 10*time.Second) {
		md, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{f.cfg.Topic}})
		if err == nil && len(md.Topics) == 1 && md.Topics[0].Error == nil && len(md.Topics[0].Partitions) > 0 {
			var parts []int
			for _, p := range md.Topics[0].Partitions {
				parts = append(parts, p.ID)
			}
			return parts, nil
		}
		if err == nil && len(md.Topics) == 1 {
			err = md.Topics[0].Error
		}
		var netErr net.Error
		if err != nil && !errors.Is(err, kafka.UnknownTopicOrPartition) && !errors.As(err, &netErr) {
			return nil, fmt.Errorf("kafkafeed: metadata of %s: %w", f.cfg.Topic, err)
		}
		f.cfg.Logger.Info("waiting for the results topic", "topic", f.cfg.Topic, "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

func (f *feed) follow(ctx context.Context, partition int, publish func(schema.Result)) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   f.cfg.Brokers,
		Topic:     f.cfg.Topic,
		Partition: partition,
		Dialer:    f.cfg.Dialer,
		MinBytes:  1,
		MaxBytes:  8 << 20,
		MaxWait:   500 * time.Millisecond,
	})
	defer r.Close()
	if err := r.SetOffset(kafka.LastOffset); err != nil {
		return fmt.Errorf("kafkafeed: %s/%d: %w", f.cfg.Topic, partition, err)
	}
	for {
		m, err := r.ReadMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("kafkafeed: read %s/%d: %w", f.cfg.Topic, partition, err)
		}
		var rec pipeline.DocumentRecord
		if err := json.Unmarshal(m.Value, &rec); err != nil || rec.Result.Entities == nil {
			// a tombstone of the compacted topic, or not a result
			f.cfg.Logger.Debug("watch: skipped a record", "partition", partition, "offset", m.Offset, "err", err)
			continue
		}
		f.mu.Lock()
		publish(rec.Result)
		f.mu.Unlock()
	}
}
