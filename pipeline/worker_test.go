package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
)

func TestMain(m *testing.M) {
	// The extractor's packages log through the default logger; keep test
	// output readable.
	if os.Getenv("PIPELINE_TEST_LOG") == "" {
		slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	}
	os.Exit(m.Run())
}

// outputs is what the worker wrote, read back from the broker.
type outputs struct {
	docs     []kafka.Message
	entities []kafka.Message
	dlq      []kafka.Message
}

func readOutputs(t *testing.T, addr string, topics pipeline.Topics) outputs {
	var o outputs
	o.docs = readTopic(t, addr, topics.Documents)
	for _, tp := range []string{topics.Person, topics.Organization, topics.Money} {
		o.entities = append(o.entities, readTopic(t, addr, tp)...)
	}
	o.dlq = readTopic(t, addr, topics.DLQ)
	return o
}

// checkConsistent checks that the entity topics hold exactly one record per
// entity key of each document result, on the topic of its type, keyed by
// the entity key, and that one key always lands in one partition.
func checkConsistent(t *testing.T, topics pipeline.Topics, o outputs) (entities int) {
	t.Helper()
	type docKey struct{ doc, key string }
	want := map[docKey]schema.Type{}
	for _, m := range o.docs {
		r := decodeDocument(t, m)
		if string(m.Key) != r.ID {
			t.Fatalf("result keyed %q, id %q", m.Key, r.ID)
		}
		if r.PipelineVersion != pipeline.Version || r.Source.Topic != topics.Input {
			t.Fatalf("result %s: version %q source %+v", r.ID, r.PipelineVersion, r.Source)
		}
		for _, e := range r.Entities {
			if e.Key != "" {
				want[docKey{r.ID, e.Key}] = e.Type
			}
		}
	}
	got := map[docKey]bool{}
	partOf := map[string]string{}
	for _, m := range o.entities {
		var e pipeline.EntityRecord
		if err := json.Unmarshal(m.Value, &e); err != nil {
			t.Fatalf("decode entity record: %v", err)
		}
		if string(m.Key) != e.Key {
			t.Fatalf("entity record keyed %q holds key %q", m.Key, e.Key)
		}
		if m.Topic != topics.Entity(e.Type) {
			t.Fatalf("%s record on topic %s", e.Type, m.Topic)
		}
		if e.Count != len(e.Mentions) || e.Count == 0 {
			t.Fatalf("entity %s in %s: count %d, %d mentions", e.Key, e.DocumentID, e.Count, len(e.Mentions))
		}
		p := m.Topic + "/" + strconv.Itoa(m.Partition)
		if q, ok := partOf[e.Key]; ok && q != p {
			t.Fatalf("key %s in partitions %s and %s", e.Key, q, p)
		}
		partOf[e.Key] = p
		k := docKey{e.DocumentID, e.Key}
		typ, ok := want[k]
		if !ok {
			t.Fatalf("entity record %s of document %s has no mention in the document's result", e.Key, e.DocumentID)
		}
		if typ != e.Type {
			t.Fatalf("entity %s: type %s in record, %s in result", e.Key, e.Type, typ)
		}
		got[k] = true
	}
	for k := range want {
		if !got[k] {
			t.Fatalf("no entity record for key %s of document %s", k.key, k.doc)
		}
	}
	return len(want)
}

// checkCommitted checks that the group committed every input message.
func checkCommitted(t *testing.T, addr, group, topic string) {
	t.Helper()
	hw := highWater(t, addr, topic)
	waitFor(t, "commits up to the high-water marks", func() (bool, string) {
		c := committed(t, addr, group, topic)
		for p, h := range hw {
			if c[p] != h {
				return false, "committed " + fmtOffsets(c) + " high water " + fmtOffsets(hw)
			}
		}
		return true, ""
	})
}

func fmtOffsets(m map[int]int64) string {
	var ps []int
	for p := range m {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(strconv.Itoa(p) + ":" + strconv.FormatInt(m[p], 10) + " ")
	}
	return b.String()
}

// countIDs counts results per document id.
func countIDs(t *testing.T, docs []kafka.Message) map[string]int {
	n := map[string]int{}
	for _, m := range docs {
		n[string(m.Key)]++
	}
	return n
}

func TestTenThousandDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const n = 10000
	b := startBroker(t, 6)
	cfg := testConfig(b.Addr())
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	msgs := make([]kafka.Message, n)
	for i, id := range ids(n, "doc") {
		text, lang := genDocument(i)
		if i%3 == 0 {
			lang = "" // detected, not hinted
		}
		msgs[i] = docMessage(id, text, lang)
	}
	produce(t, b.Addr(), topics.Input, msgs)

	start := time.Now()
	_, stop := runWorker(t, cfg)
	waitFor(t, "10,000 results", func() (bool, string) {
		got := countRecords(t, b.Addr(), topics.Documents)
		return got >= n, strconv.Itoa(got) + " results"
	})
	elapsed := time.Since(start)
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	o := readOutputs(t, b.Addr(), topics)
	counts := countIDs(t, o.docs)
	for _, m := range msgs {
		if counts[string(m.Key)] != 1 {
			t.Fatalf("document %s has %d results, want 1", m.Key, counts[string(m.Key)])
		}
	}
	if len(o.docs) != n || len(o.dlq) != 0 {
		t.Fatalf("%d results and %d dead letters for %d good documents", len(o.docs), len(o.dlq), n)
	}
	ents := checkConsistent(t, topics, o)
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
	t.Logf("%d documents, %d entity records in %v (%.0f docs/s incl. group join)", n, ents, elapsed, n/elapsed.Seconds())
}

func TestDeadLetters(t *testing.T) {
	b := startBroker(t, 3)
	cfg := testConfig(b.Addr())
	cfg.MaxBytes = 4 << 10
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)

	bad := []struct {
		name  string
		value []byte
		code  schema.Code
	}{
		{"malformed json", []byte(`{"id":"x","text":"Angela`), schema.CodeBadJSON},
		{"json array", []byte(`["text"]`), schema.CodeBadJSON},
		{"invalid utf-8", []byte("{\"text\":\"Fran\xe7ois Dupont a pay\xe9 3 millions\"}"), schema.CodeInvalidUTF8},
		{"empty text", []byte(`{"id":"e","text":"   "}`), schema.CodeEmptyText},
		{"missing text", []byte(`{"id":"m","title":"no body"}`), schema.CodeMissingText},
		{"oversized", []byte(`{"text":"` + strings.Repeat("Lorem ipsum dolor sit amet. ", 400) + `"}`), schema.CodeTooLarge},
		{"binary garbage", []byte{0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0xff}, schema.CodeInvalidUTF8},
		{"bad language hint", []byte(`{"text":"Hallo Welt","lang":"deutsch"}`), schema.CodeBadLangHint},
	}
	var msgs []kafka.Message
	wantCode := map[string]schema.Code{}
	good := 0
	for i := 0; i < 40; i++ {
		text, lang := genDocument(i)
		msgs = append(msgs, docMessage("good-"+strconv.Itoa(i), text, lang))
		good++
		if i%5 == 0 && i/5 < len(bad) {
			bd := bad[i/5]
			key := "bad-" + strconv.Itoa(i/5)
			msgs = append(msgs, kafka.Message{Key: []byte(key), Value: bd.value,
				Headers: []kafka.Header{{Key: "origin", Value: []byte(bd.name)}}})
			wantCode[key] = bd.code
		}
	}
	produce(t, b.Addr(), topics.Input, msgs)
	w, stop := runWorker(t, cfg)
	waitFor(t, "all outputs", func() (bool, string) {
		d, q := countRecords(t, b.Addr(), topics.Documents), countRecords(t, b.Addr(), topics.DLQ)
		return d >= good && q >= len(wantCode), strconv.Itoa(d) + " results, " + strconv.Itoa(q) + " dead letters"
	})
	if !w.Ready() {
		t.Errorf("worker not ready while it consumes")
	}
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if w.Ready() {
		t.Errorf("worker still ready after it stopped")
	}
	o := readOutputs(t, b.Addr(), topics)
	if len(o.docs) != good || len(o.dlq) != len(wantCode) {
		t.Fatalf("%d results and %d dead letters, want %d and %d", len(o.docs), len(o.dlq), good, len(wantCode))
	}
	byKey := map[string]kafka.Message{}
	for _, m := range msgs {
		byKey[string(m.Key)] = m
	}
	for _, d := range o.dlq {
		key := string(d.Key)
		in, ok := byKey[key]
		code, bad := wantCode[key]
		if !ok || !bad {
			t.Fatalf("unexpected dead letter with key %q", key)
		}
		h := map[string]string{}
		for _, x := range d.Headers {
			h[x.Key] = string(x.Value)
		}
		if h[pipeline.HeaderErrorCode] != string(code) {
			t.Errorf("%s (%s): error.code %q, want %q (message %q)", key, h["origin"], h[pipeline.HeaderErrorCode], code, h[pipeline.HeaderErrorMessage])
		}
		if h[pipeline.HeaderErrorMessage] == "" || h[pipeline.HeaderSourceTopic] != topics.Input {
			t.Errorf("%s: headers %v", key, h)
		}
		if !bytes.Equal(d.Value, in.Value) || h["origin"] == "" {
			t.Errorf("%s: original value or headers not kept", key)
		}
		// the source headers point at the original record
		p, _ := strconv.Atoi(h[pipeline.HeaderSourcePartition])
		off, _ := strconv.ParseInt(h[pipeline.HeaderSourceOffset], 10, 64)
		found := false
		for _, m := range readTopic(t, b.Addr(), topics.Input) {
			if m.Partition == p && m.Offset == off {
				found = bytes.Equal(m.Value, in.Value)
			}
		}
		if !found {
			t.Errorf("%s: source %s/%d@%d is not the original record", key, topics.Input, p, off)
		}
	}
	checkConsistent(t, topics, o)
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
}

// TestDeadLetterTooLargeForTopic sends a document that the dead-letter topic
// cannot take whole: its dead letter keeps the start of the value and says
// so, and the partition moves on.
func TestDeadLetterTooLargeForTopic(t *testing.T) {
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	cfg.MaxBytes = 4 << 10
	var logs syncBuffer
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	topics := cfg.Topics()
	ctx := context.Background()
	c := &kafka.Client{Addr: kafka.TCP(b.Addr())}
	res, err := c.CreateTopics(ctx, &kafka.CreateTopicsRequest{Topics: []kafka.TopicConfig{{Topic: topics.DLQ, NumPartitions: 1, ReplicationFactor: 1,
		ConfigEntries: []kafka.ConfigEntry{{ConfigName: "max.message.bytes", ConfigValue: "100000"}}}}})
	if err != nil || res.Errors[topics.DLQ] != nil {
		t.Fatalf("create %s: %v %v", topics.DLQ, err, res.Errors)
	}
	createTopics(t, b.Addr(), topics)
	big := []byte(`{"id":"big","text":"` + strings.Repeat("Jonas Brandt sprach mit Orbis Telecom. ", 6000) + `"}`)
	text, lang := genDocument(1)
	produce(t, b.Addr(), topics.Input, []kafka.Message{{Key: []byte("big"), Value: big}, docMessage("after", text, lang)})
	_, stop := runWorker(t, cfg)
	waitFor(t, "the dead letter and the next result", func() (bool, string) {
		return countRecords(t, b.Addr(), topics.DLQ) >= 1 && countRecords(t, b.Addr(), topics.Documents) >= 1, ""
	})
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	dl := readTopic(t, b.Addr(), topics.DLQ)
	if len(dl) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dl))
	}
	h := map[string]string{}
	for _, x := range dl[0].Headers {
		h[x.Key] = string(x.Value)
	}
	if h[pipeline.HeaderErrorCode] != string(schema.CodeTooLarge) || h[pipeline.HeaderValueTruncated] != strconv.Itoa(len(big)) ||
		len(dl[0].Value) >= len(big) || !bytes.HasPrefix(big, dl[0].Value) {
		t.Fatalf("dead letter of %d bytes with headers %v", len(dl[0].Value), h)
	}
	// the input was a dead letter from the start: no output was refused
	if strings.Contains(logs.String(), "output refused") {
		t.Errorf("log speaks of a refused output:\n%s", logs.String())
	}
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
}

// TestConfigErrorsStopTheWorker checks that errors no retry can fix end Run
// with an error that says what is wrong, instead of retrying forever.
func TestConfigErrorsStopTheWorker(t *testing.T) {
	b := brokertest.Start(t, broker.Config{}) // Kafka's default minimum session timeout, 6s
	tests := []struct {
		name string
		edit func(*pipeline.Config)
		want string
	}{
		{"session timeout below the broker's minimum", func(c *pipeline.Config) { c.SessionTimeout = time.Second }, "Session Timeout"},
		{"missing topics", func(c *pipeline.Config) { c.CreateTopics = false; c.Prefix = "other" }, "missing topic: other.documents"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(b.Addr())
			tt.edit(&cfg)
			cfg.Logger = testLogger(t)
			w, err := pipeline.NewWorker(cfg, sharedEngine(t))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err = w.Run(ctx)
			if err == nil || ctx.Err() != nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Run = %v (context %v), want an error mentioning %q", err, ctx.Err(), tt.want)
			}
		})
	}
}

// TestLargeDocumentPublishes sends a document near the 1 MiB limit, whose
// result is several times its size: it is published (truncated document
// record, entity records split to fit), not dead-lettered as internal
// (issue 16, finding 4).
func TestLargeDocumentPublishes(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	cfg.MaxBytes = 0 // the default, 1 MiB
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	text, lang := newsDocument(3, 900<<10)
	small, slang := genDocument(2)
	produce(t, b.Addr(), topics.Input, []kafka.Message{docMessage("large", text, lang), docMessage("after", small, slang)})
	_, stop := runWorker(t, cfg)
	waitFor(t, "both results", func() (bool, string) {
		n := countRecords(t, b.Addr(), topics.Documents) + countRecords(t, b.Addr(), topics.DLQ)
		return n >= 2, strconv.Itoa(n) + " results and dead letters"
	})
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	o := readOutputs(t, b.Addr(), topics)
	if len(o.dlq) != 0 {
		h := map[string]string{}
		for _, x := range o.dlq[0].Headers {
			h[x.Key] = string(x.Value)
		}
		t.Fatalf("%d dead letters: %v", len(o.dlq), h)
	}
	var large pipeline.DocumentRecord
	for _, m := range o.docs {
		if len(m.Value) > pipeline.MaxRecordBytes {
			t.Fatalf("result of %d bytes", len(m.Value))
		}
		if r := decodeDocument(t, m); r.ID == "large" {
			large = r
		}
	}
	if !large.EntitiesTruncated || large.Mentions <= len(large.Entities) {
		t.Fatalf("large result: truncated %v, %d of %d mentions", large.EntitiesTruncated, len(large.Entities), large.Mentions)
	}
	mentions := 0
	for _, m := range o.entities {
		var e pipeline.EntityRecord
		if err := json.Unmarshal(m.Value, &e); err != nil {
			t.Fatal(err)
		}
		if e.DocumentID == "large" {
			mentions += e.Count
		}
	}
	if mentions == 0 || mentions > large.Mentions {
		t.Fatalf("entity records hold %d mentions of the %d in the document", mentions, large.Mentions)
	}
	t.Logf("%d KB document: %d mentions, %d in the document record, %d in entity records", len(text)>>10, large.Mentions, len(large.Entities), mentions)
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
}

// syncBuffer is a bytes.Buffer that a logger and a test can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWorkerLogs: the worker logs every dead letter with its code, topic,
// partition and offset, the partitions it is assigned, and topics it
// creates without "-1" for the broker's defaults (issue 16, finding 8).
func TestWorkerLogs(t *testing.T) {
	b := startBroker(t, 2)
	cfg := testConfig(b.Addr())
	var logs syncBuffer
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	topics := cfg.Topics()
	_, stop := runWorker(t, cfg)
	waitFor(t, "the topics", func() (bool, string) {
		return strings.Count(logs.String(), "created topic") >= len(topics.Outputs())+1, ""
	})
	text, lang := genDocument(4)
	produce(t, b.Addr(), topics.Input, []kafka.Message{{Key: []byte("bad"), Value: []byte(`{"text":`)}, docMessage("good", text, lang)})
	waitFor(t, "the dead letter and the result", func() (bool, string) {
		return countRecords(t, b.Addr(), topics.DLQ) >= 1 && countRecords(t, b.Addr(), topics.Documents) >= 1, ""
	})
	waitFor(t, "the assignment in the log", func() (bool, string) {
		return strings.Contains(logs.String(), "partitions assigned"), ""
	})
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	dl := readTopic(t, b.Addr(), topics.DLQ)[0]
	out := logs.String()
	for _, want := range []string{
		`level=WARN msg="dead letter" code=bad_json topic=documents partition=` + strconv.Itoa(dl.Partition),
		`partitions assigned" group=test-group partitions=documents/0,documents/1`,
		`created topic" topic=entities.documents partitions="broker default" replication="broker default"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "=-1") {
		t.Errorf("log says -1:\n%s", out)
	}
}

// TestFullWindowCommitsAtOnce: a message holds its in-flight slot until
// its offset is committed, so a worker whose slots are all taken asks for
// a commit when a message finishes instead of waiting for the commit
// interval; otherwise throughput would be capped at MaxInFlight per
// CommitInterval. With a commit interval of an hour, 40 documents through
// 4 slots finish only this way.
func TestFullWindowCommitsAtOnce(t *testing.T) {
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	cfg.MaxInFlight = 4
	cfg.CommitInterval = time.Hour
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	_, stop := runWorker(t, cfg)
	msgs := inputMessages(40, "w")
	produce(t, b.Addr(), topics.Input, msgs[:1])
	waitResults(t, "the first result", b.Addr(), topics.Documents, 1)
	produce(t, b.Addr(), topics.Input, msgs[1:])
	waitResults(t, "every result", b.Addr(), topics.Documents, len(msgs))
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
}
