package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kmsg"

	"entities/extractor"
	"entities/extractor/extractortest"
	"entities/pipeline"
	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
)

// sharedEngine is the real extractor, built once per test binary.
func sharedEngine(tb testing.TB) *extractor.Engine {
	return extractortest.Engine(tb, extractor.Config{})
}

func testLogger(tb testing.TB) *slog.Logger {
	if os.Getenv("PIPELINE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func startBroker(tb testing.TB, partitions int) *broker.Broker {
	tb.Helper()
	return brokertest.Start(tb, broker.Config{Partitions: partitions, MinSessionTimeout: 500 * time.Millisecond})
}

// testConfig is a worker configuration with short timeouts for tests.
func testConfig(addr string) pipeline.Config {
	return pipeline.Config{
		Brokers:         []string{addr},
		GroupID:         "test-group",
		CreateTopics:    true,
		SessionTimeout:  3 * time.Second,
		CommitInterval:  50 * time.Millisecond,
		ShutdownTimeout: 20 * time.Second,
		MaxBytes:        64 << 10,
	}
}

// createTopics creates the worker's topics up front, so producers can write
// to the input topic before a worker runs.
func createTopics(tb testing.TB, addr string, t pipeline.Topics) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := &kafka.Client{Addr: kafka.TCP(addr)}
	if err := pipeline.EnsureTopics(ctx, c, t.Specs(), true, 0, 0, testLogger(tb)); err != nil {
		tb.Fatalf("create topics: %v", err)
	}
}

var produce = brokertest.Produce

// readTopic reads every record of every partition of topic, up to the
// high-water mark at the time of the call.
func readTopic(tb testing.TB, addr, topic string) []kafka.Message {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	conn, err := kafka.DialContext(ctx, "tcp", addr)
	if err != nil {
		tb.Fatalf("dial: %v", err)
	}
	parts, err := conn.ReadPartitions(topic)
	conn.Close()
	if err != nil {
		tb.Fatalf("partitions of %s: %v", topic, err)
	}
	var out []kafka.Message
	for _, p := range parts {
		pc, err := kafka.DialLeader(ctx, "tcp", addr, topic, p.ID)
		if err != nil {
			tb.Fatalf("dial leader of %s/%d: %v", topic, p.ID, err)
		}
		last, err := pc.ReadLastOffset()
		if err != nil {
			tb.Fatalf("last offset of %s/%d: %v", topic, p.ID, err)
		}
		first, err := pc.ReadFirstOffset()
		if err != nil {
			tb.Fatalf("first offset of %s/%d: %v", topic, p.ID, err)
		}
		if _, err := pc.Seek(first, kafka.SeekAbsolute); err != nil {
			tb.Fatalf("seek: %v", err)
		}
		for off := first; off < last; {
			pc.SetReadDeadline(time.Now().Add(10 * time.Second))
			batch := pc.ReadBatch(1, 16<<20)
			for {
				m, err := batch.ReadMessage()
				if err != nil {
					break
				}
				m.Topic, m.Partition = topic, p.ID
				out = append(out, m)
				off = m.Offset + 1
			}
			if err := batch.Close(); err != nil && !errors.Is(err, io.EOF) {
				tb.Fatalf("read %s/%d at %d: %v", topic, p.ID, off, err)
			}
		}
		pc.Close()
	}
	return out
}

// runWorker runs a worker in the background; the returned function cancels
// it and waits for Run's error.
func runWorker(tb testing.TB, cfg pipeline.Config) (*pipeline.Worker, func() error) {
	tb.Helper()
	return runWorkerWith(tb, cfg, sharedEngine(tb))
}

func runWorkerWith(tb testing.TB, cfg pipeline.Config, ex extractor.Extractor) (*pipeline.Worker, func() error) {
	tb.Helper()
	if cfg.Logger == nil {
		cfg.Logger = testLogger(tb)
	}
	w, err := pipeline.NewWorker(cfg, ex)
	if err != nil {
		tb.Fatalf("NewWorker: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			runErr = <-done
		})
		return runErr
	}
	tb.Cleanup(func() { stop() })
	return w, stop
}

// waitFor polls cond until it holds; it fails only when cond's progress
// string stays the same for brokertest.Stall (issue 16, finding 7).
var waitFor = brokertest.WaitFor

// committed returns the group's committed offset per partition of topic.
func committed(tb testing.TB, addr, group, topic string) map[int]int64 {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := &kafka.Client{Addr: kafka.TCP(addr)}
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil || len(md.Topics) != 1 {
		tb.Fatalf("metadata of %s: %v", topic, err)
	}
	var ps []int
	for _, p := range md.Topics[0].Partitions {
		ps = append(ps, p.ID)
	}
	res, err := c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: ps}})
	if err != nil {
		tb.Fatalf("offset fetch: %v", err)
	}
	out := map[int]int64{}
	for _, p := range res.Topics[topic] {
		out[p.Partition] = p.CommittedOffset
	}
	return out
}

// countRecords is the number of records in topic, from its partitions'
// offsets (cheap enough to poll).
func countRecords(tb testing.TB, addr, topic string) int {
	tb.Helper()
	return countRecordsWith(tb, &kafka.Client{Addr: kafka.TCP(addr)}, topic)
}

func countRecordsWith(tb testing.TB, c *kafka.Client, topic string) int {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil || len(md.Topics) != 1 {
		tb.Fatalf("metadata of %s: %v", topic, err)
	}
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, p := range md.Topics[0].Partitions {
		req.Topics[topic] = append(req.Topics[topic], kafka.FirstOffsetOf(p.ID), kafka.LastOffsetOf(p.ID))
	}
	res, err := c.ListOffsets(ctx, req)
	if err != nil {
		tb.Fatalf("list offsets of %s: %v", topic, err)
	}
	n := 0
	for _, p := range res.Topics[topic] {
		if p.Error != nil {
			tb.Fatalf("offsets of %s/%d: %v", topic, p.Partition, p.Error)
		}
		n += int(p.LastOffset - p.FirstOffset)
	}
	return n
}

// highWater returns the end offset per partition of topic.
func highWater(tb testing.TB, addr, topic string) map[int]int64 {
	out := map[int]int64{}
	for _, m := range readTopic(tb, addr, topic) {
		if m.Offset+1 > out[m.Partition] {
			out[m.Partition] = m.Offset + 1
		}
	}
	return out
}

func decodeDocument(tb testing.TB, m kafka.Message) pipeline.DocumentRecord {
	var r pipeline.DocumentRecord
	if err := json.Unmarshal(m.Value, &r); err != nil {
		tb.Fatalf("decode result %s/%d@%d: %v", m.Topic, m.Partition, m.Offset, err)
	}
	return r
}

func docMessage(id, text, lang string) kafka.Message {
	v, _ := json.Marshal(map[string]string{"id": id, "text": text, "lang": lang})
	return kafka.Message{Key: []byte(id), Value: v}
}

func ids(n int, prefix string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s-%05d", prefix, i)
	}
	return out
}

func itoa(n int) string { return fmt.Sprint(n) }

func runtimeProcs() int { return runtime.GOMAXPROCS(0) }

// seeded starts a 6-partition broker, creates the topics of a test worker
// configuration and produces n input documents with ids prefix-0...
func seeded(tb testing.TB, n int, prefix string) (*broker.Broker, pipeline.Config, pipeline.Topics, []kafka.Message) {
	tb.Helper()
	b := startBroker(tb, 6)
	cfg := testConfig(b.Addr())
	topics := cfg.Topics()
	createTopics(tb, b.Addr(), topics)
	msgs := inputMessages(n, prefix)
	produce(tb, b.Addr(), topics.Input, msgs)
	return b, cfg, topics, msgs
}

// waitResults waits until topic holds at least want records.
func waitResults(tb testing.TB, what, addr, topic string, want int) {
	tb.Helper()
	waitFor(tb, what, func() (bool, string) {
		got := countRecords(tb, addr, topic)
		return got >= want, strconv.Itoa(got) + " results"
	})
}

// failProduce makes the broker answer every produce request to a topic that
// fails pass with the error code: a topic's ACLs, its timestamp limits, or
// too few in-sync replicas, as a real cluster would refuse them. Requests
// for other topics go through.
func failProduce(b *broker.Broker, code int16, fails func(topic string) bool) {
	c := b.Cluster()
	c.ControlKey(int16(kmsg.Produce), func(r kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		req := r.(*kmsg.ProduceRequest)
		resp := req.ResponseKind().(*kmsg.ProduceResponse)
		for _, tp := range req.Topics {
			if !fails(tp.Topic) {
				return nil, nil, false
			}
			rt := kmsg.NewProduceResponseTopic()
			rt.Topic = tp.Topic
			for _, p := range tp.Partitions {
				rp := kmsg.NewProduceResponseTopicPartition()
				rp.Partition = p.Partition
				rp.ErrorCode = code
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp, nil, true
	})
}
