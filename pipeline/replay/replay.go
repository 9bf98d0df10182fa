package replay

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/segmentio/kafka-go"
)

// Conn says how to reach the brokers.
type Conn struct {
	Brokers   []string
	Transport *kafka.Transport // for metadata and offset requests; nil uses kafka.DefaultTransport
	Dialer    *kafka.Dialer    // for partition readers; nil uses kafka.DefaultDialer
}

// Start says where a range begins in every partition. The zero value is the
// earliest offset still in the log.
type Start struct {
	Offset int64     // first offset to read in each partition (clamped to what the log holds); ignored when Time is set
	Time   time.Time // read from the first message at or after this time
}

// Span is the range of one partition: offsets [From, To).
type Span struct {
	Partition int
	From, To  int64
}

// Len is the number of messages in the span.
func (s Span) Len() int64 { return s.To - s.From }

// Plan is the range to read of one topic, fixed when it is made.
type Plan struct {
	Topic string
	Spans []Span
}

// Total is the number of messages in the plan.
func (p Plan) Total() int64 {
	var n int64
	for _, s := range p.Spans {
		n += s.Len()
	}
	return n
}

// NewPlan captures the current end offsets of topic and the start offsets
// for start. Messages produced after NewPlan returns are not part of it.
func NewPlan(ctx context.Context, c Conn, topic string, start Start) (Plan, error) {
	if len(c.Brokers) == 0 {
		return Plan{}, errors.New("replay: no brokers")
	}
	client := &kafka.Client{Addr: kafka.TCP(c.Brokers...), Timeout: 30 * time.Second}
	if c.Transport != nil {
		client.Transport = c.Transport
	}
	md, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return Plan{}, fmt.Errorf("replay: metadata of %s: %w", topic, err)
	}
	var parts []int
	for _, t := range md.Topics {
		if t.Name != topic {
			continue
		}
		if t.Error != nil {
			return Plan{}, fmt.Errorf("replay: topic %s: %w", topic, t.Error)
		}
		for _, p := range t.Partitions {
			parts = append(parts, p.ID)
		}
	}
	if len(parts) == 0 {
		return Plan{}, fmt.Errorf("replay: topic %s does not exist or has no partitions", topic)
	}
	sort.Ints(parts)
	first, err := listOffsets(ctx, client, topic, parts, kafka.FirstOffsetOf)
	if err != nil {
		return Plan{}, err
	}
	last, err := listOffsets(ctx, client, topic, parts, kafka.LastOffsetOf)
	if err != nil {
		return Plan{}, err
	}
	var atTime map[int]int64
	if !start.Time.IsZero() {
		atTime, err = listOffsets(ctx, client, topic, parts, func(p int) kafka.OffsetRequest { return kafka.TimeOffsetOf(p, start.Time) })
		if err != nil {
			return Plan{}, err
		}
	}
	plan := Plan{Topic: topic}
	for _, p := range parts {
		from, to := max(start.Offset, first[p]), last[p]
		if atTime != nil {
			from = to // no message at or after the time
			if o := atTime[p]; o >= 0 {
				from = max(o, first[p])
			}
		}
		from = min(from, to)
		plan.Spans = append(plan.Spans, Span{Partition: p, From: from, To: to})
	}
	return plan, nil
}

// After is the plan of the messages produced to p's topic since p was made:
// from each partition's end offset in p to its end offset now. Partitions
// added since start at their first offset.
func After(ctx context.Context, c Conn, p Plan) (Plan, error) {
	now, err := NewPlan(ctx, c, p.Topic, Start{})
	if err != nil {
		return Plan{}, err
	}
	ends := map[int]int64{}
	for _, s := range p.Spans {
		ends[s.Partition] = s.To
	}
	for i, s := range now.Spans {
		if e, ok := ends[s.Partition]; ok {
			now.Spans[i].From = min(max(s.From, e), s.To)
		}
	}
	return now, nil
}

// listOffsets asks for one offset per partition. It sends one kind of query
// per request: Kafka refuses a partition twice in one request, and kafka-go
// files the answer by the timestamp the broker echoes, which differs between
// brokers, so the answer is whichever field the reply filled.
func listOffsets(ctx context.Context, client *kafka.Client, topic string, parts []int, req func(int) kafka.OffsetRequest) (map[int]int64, error) {
	reqs := make([]kafka.OffsetRequest, len(parts))
	for i, p := range parts {
		reqs[i] = req(p)
	}
	lo, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, fmt.Errorf("replay: offsets of %s: %w", topic, err)
	}
	out := make(map[int]int64, len(parts))
	for _, po := range lo.Topics[topic] {
		if po.Error != nil {
			return nil, fmt.Errorf("replay: offsets of %s/%d: %w", topic, po.Partition, po.Error)
		}
		o := max(po.FirstOffset, po.LastOffset)
		for off := range po.Offsets {
			o = off
		}
		out[po.Partition] = o
	}
	for _, p := range parts {
		if _, ok := out[p]; !ok {
			return nil, fmt.Errorf("replay: no offset for %s/%d in the broker's answer", topic, p)
		}
	}
	return out, nil
}

// Read calls fn for every message of the plan, partition after partition in
// offset order. It stops at the first error fn returns, or when ctx ends.
func Read(ctx context.Context, c Conn, plan Plan, fn func(kafka.Message) error) error {
	for _, s := range plan.Spans {
		if s.Len() <= 0 {
			continue
		}
		if err := readSpan(ctx, c, plan.Topic, s, fn); err != nil {
			return err
		}
	}
	return nil
}

func readSpan(ctx context.Context, c Conn, topic string, s Span, fn func(kafka.Message) error) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   c.Brokers,
		Topic:     topic,
		Partition: s.Partition,
		Dialer:    c.Dialer,
		// committed transactions only, as the worker reads
		IsolationLevel: kafka.ReadCommitted,
		MinBytes:       1,
		MaxBytes:       16 << 20,
		MaxWait:        250 * time.Millisecond,
	})
	defer r.Close()
	if err := r.SetOffset(s.From); err != nil {
		return fmt.Errorf("replay: %s/%d: seek to %d: %w", topic, s.Partition, s.From, err)
	}
	for next := s.From; next < s.To; {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			return fmt.Errorf("replay: %s/%d at offset %d: %w", topic, s.Partition, next, err)
		}
		if m.Offset >= s.To {
			return nil
		}
		if err := fn(m); err != nil {
			return err
		}
		next = m.Offset + 1
	}
	return nil
}
