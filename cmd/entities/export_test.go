package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor"
	"entities/pipeline"
	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
	"entities/pipeline/export"
	"entities/pipeline/replay"
)

// TestWorkerThenExport produces articles in three languages that spell one
// person two ways, runs a worker to the end of the input, then runs
// `entities export` against the entity topics: the person must come out as
// one entity with both spellings as aliases.
func TestWorkerThenExport(t *testing.T) {
	addr := brokertest.Start(t, broker.Config{Partitions: 3, MinSessionTimeout: 500 * time.Millisecond}).Addr()
	committed, stop := testWorker(t, addr, "export-test", []int{0, 1, 2})
	articles := []struct{ id, text string }{
		{"de-1", "Der russische Unternehmer Dennis Kvasov hat nach Angaben der Staatsanwaltschaft 590.000 Dollar an die Betreiber gezahlt. Kvasov äußerte sich nicht."},
		{"en-1", "Russian businessman Denis Kvasov paid $590,000 to the operators, prosecutors said on Tuesday. Kvasov declined to comment."},
		{"fr-1", "L'homme d'affaires russe Denis Kvasov aurait versé 590 000 dollars aux exploitants, selon le parquet."},
	}
	var msgs []kafka.Message
	for _, a := range articles {
		v, _ := json.Marshal(map[string]string{"id": a.id, "text": a.text})
		msgs = append(msgs, kafka.Message{Key: []byte(a.id), Value: v})
	}
	produceWhenCreated(t, addr, "documents", msgs)
	committed(int64(len(articles)))
	stop()

	out, errs, code := runCLI(t, "", "export", "--brokers", addr, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, errs)
	}
	var kvasov []export.Entity
	var money *export.Entity
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var e export.Entity
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("bad export line %q: %v", l, err)
		}
		for _, a := range e.Aliases {
			if strings.Contains(a.Text, "Kvasov") {
				kvasov = append(kvasov, e)
				break
			}
		}
		if e.Type == "MONEY" {
			money = &e
		}
	}
	if len(kvasov) != 1 {
		t.Fatalf("Kvasov is %d entities, want 1:\n%s", len(kvasov), out)
	}
	k := kvasov[0]
	aliases := map[string]int{}
	for _, a := range k.Aliases {
		aliases[a.Text] = a.Count
	}
	if aliases["Dennis Kvasov"] == 0 || aliases["Denis Kvasov"] == 0 || k.Documents != 3 || len(k.Languages) != 3 {
		t.Fatalf("Kvasov entity %+v: want both spellings as aliases over 3 documents in 3 languages", k)
	}
	if money == nil || money.Key != "money:USD:590000" || money.Documents != 3 {
		t.Fatalf("money entity %+v, want 590000 USD in 3 documents", money)
	}
	csvOut, _, code := runCLI(t, "", "export", "--brokers", addr, "--format", "csv")
	if code != 0 || !strings.HasPrefix(csvOut, strings.Join(export.CSVHeader, ",")) {
		t.Fatalf("CSV export: exit %d\n%s", code, csvOut)
	}

	// Reprocess the input under another prefix: same entities, side by side.
	out2, errs, code := runCLI(t, "", "reprocess", "--brokers", addr, "--prefix", "v2", "--create-topics")
	if code != 0 || !strings.Contains(out2, "reprocessed 3 of 3 messages") || !strings.Contains(out2, ": 3 documents, 0 dead letters") {
		t.Fatalf("reprocess: exit %d\n%s\n%s", code, out2, errs)
	}
	again, _, code := runCLI(t, "", "export", "--brokers", addr, "--prefix", "v2", "--format", "jsonl")
	if code != 0 || again != out {
		t.Fatalf("export of the reprocessed topics differs from the original:\n%s\nvs\n%s", again, out)
	}
}

// TestExportResultsRefusesInput: export --results given the input documents
// instead of extract's results says so and fails, instead of exporting
// nothing with exit code 0; extract's own output exports.
func TestExportResultsRefusesInput(t *testing.T) {
	in := `{"id":"a","text":"Ingrid Solberg leder Fjordkraft Energi i Bergen."}` + "\n"
	_, errs, code := runCLI(t, in, "export", "--results", "-")
	if code == 0 || !strings.Contains(errs, `-:1: not a result line of entities extract`) {
		t.Errorf("export of an input document: exit %d, %s", code, errs)
	}
	results, errs, code := runCLI(t, in, "extract")
	if code != 0 {
		t.Fatalf("extract: exit %d, %s", code, errs)
	}
	out, errs, code := runCLI(t, results+`{"id":"b","error":{"code":"empty_text","message":"text is empty"}}`+"\n", "export", "--results", "-")
	if code != 0 || !strings.Contains(out, `"canonical":"Ingrid Solberg"`) || !strings.Contains(errs, "1 error line skipped") {
		t.Errorf("export of extract's results: exit %d, %s%s", code, out, errs)
	}
	// a byte-order mark for Excel, in CSV only
	out, errs, code = runCLI(t, results, "export", "--results", "-", "--format", "csv", "--bom")
	if code != 0 || !strings.HasPrefix(out, "\ufeffkey,type,") {
		t.Errorf("--bom: exit %d, %.40q %s", code, out, errs)
	}
	if _, errs, code = runCLI(t, results, "export", "--results", "-", "--bom"); code != 2 {
		t.Errorf("--bom with JSON lines: exit %d, %s", code, errs)
	}
}

// TestExportResultsFromAShellPattern: "--results dir/*" hands export every
// file after the flag; each is read, and the flags after them count (before,
// export read the first file, ignored the rest and every flag after them, and
// exited 0 with a third of the entities on standard output).
func TestExportResultsFromAShellPattern(t *testing.T) {
	dir := t.TempDir()
	docs := []string{
		`{"id":"a","text":"Ingrid Solberg leder Fjordkraft Energi i Bergen."}`,
		`{"id":"b","text":"Tomasz Wierzbicki kieruje spółką Baltic Amber Logistics."}`,
		`{"id":"c","text":"Henrietta Oyelaran chairs Kestrel Marine Holdings."}`,
	}
	var files []string
	for i, d := range docs {
		out, errs, code := runCLI(t, d+"\n", "extract")
		if code != 0 {
			t.Fatalf("extract: exit %d, %s", code, errs)
		}
		f := filepath.Join(dir, fmt.Sprintf("r%d.jsonl", i))
		if err := os.WriteFile(f, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	csv := filepath.Join(dir, "entities.csv")
	args := append(append([]string{"export", "--results"}, files...), "--format", "csv", "--out", csv)
	stdout, errs, code := runCLI(t, "", args...)
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, %s", code, stdout, errs)
	}
	b, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Ingrid Solberg", "Tomasz Wierzbicki", "Henrietta Oyelaran"} {
		if !strings.Contains(string(b), name) {
			t.Errorf("the CSV lacks %s:\n%s", name, b)
		}
	}
	// without --results, a file is no result file
	if _, errs, code := runCLI(t, "", "export", files[0]); code != 2 || !strings.Contains(errs, "unexpected arguments") {
		t.Errorf("export FILE: exit %d, %s", code, errs)
	}
}

// TestStrayArgumentsRefused: a command that takes flags only exits 2 on an
// argument that is no flag, before it does anything, instead of ignoring it
// and every flag after it ("reprocess --from-offset 5 10 --prefix trial"
// replayed into the live topics).
func TestStrayArgumentsRefused(t *testing.T) {
	for _, args := range [][]string{
		{"reprocess", "--brokers", "127.0.0.1:1", "--from-offset", "5", "10", "--prefix", "trial"},
		{"worker", "--brokers", "127.0.0.1:1", "extra"},
		{"serve", "extra", "--addr", "127.0.0.1:0"},
		{"broker", "extra"},
		{"demo", "extra"},
		{"bench", "extra"},
		{"eval", "--gold", "x.tsv", "extra"},
		{"train", "extra", "--out", ""},
		{"healthcheck", "extra"},
	} {
		_, errs, code := runCLI(t, "", args...)
		if code != 2 || !strings.Contains(errs, "unexpected arguments") {
			t.Errorf("%q: exit %d, %s", args, code, errs)
		}
	}
}

// TestExportMergesCaseForms: documents that name a company only in an
// oblique case export as one entity with the documents that have its
// nominative; --merge-forms=false keeps the forms apart.
func TestExportMergesCaseForms(t *testing.T) {
	in := `{"id":"a","lang":"ru","text":"Председатель правления Сбербанка Герман Греф заявил о росте прибыли."}
{"id":"b","lang":"ru","text":"Сбербанк объявил о выплате дивидендов, сообщил Герман Греф."}
{"id":"c","lang":"ru","text":"Аналитики Сбербанка ждут роста."}
`
	results, errs, code := runCLI(t, in, "extract")
	if code != 0 {
		t.Fatalf("extract: exit %d, %s", code, errs)
	}
	out, errs, code := runCLI(t, results, "export", "--results", "-")
	if code != 0 || !strings.Contains(errs, "1 case forms merged") {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	var e struct {
		Key, Canonical string
		Mentions       int
		Documents      int
		MergedKeys     []string `json:"merged_keys"`
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(line, "ORGANIZATION") {
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatal(err)
			}
		}
	}
	if e.Key != "organization:sberbank" || e.Canonical != "Сбербанк" || e.Mentions != 3 || e.Documents != 3 ||
		len(e.MergedKeys) != 1 || e.MergedKeys[0] != "organization:sberbanka" {
		t.Errorf("merged entity %+v\n%s", e, out)
	}
	out, _, _ = runCLI(t, results, "export", "--results", "-", "--merge-forms=false")
	if n := strings.Count(out, "ORGANIZATION"); n != 2 || strings.Contains(out, "merged_keys") {
		t.Errorf("--merge-forms=false: %d organizations\n%s", n, out)
	}
}

// TestExportCountsLatestResult: a document sent again with other text, and
// a replay into the live prefix under a new pipeline_version, leave older
// entity records in the entity topics; export counts each document's latest
// result only (the one entities.documents keeps), unless --latest=false.
func TestExportCountsLatestResult(t *testing.T) {
	addr := brokertest.Start(t, broker.Config{Partitions: 2, MinSessionTimeout: 500 * time.Millisecond}).Addr()
	committed, stop := testWorker(t, addr, "latest-test", []int{0, 1})
	doc := func(id, text string) kafka.Message {
		v, _ := json.Marshal(map[string]string{"id": id, "lang": "en", "text": text})
		return kafka.Message{Key: []byte(id), Value: v}
	}
	produceWhenCreated(t, addr, "documents", []kafka.Message{
		doc("a", "Boris Hamel met investors of Northgate Ports in Rotterdam on Monday."),
		doc("b", "Olga Petrova said Bexley Marine would hire 200 people."),
	})
	committed(2)
	// the same document again, edited: Boris Hamel is gone from it
	produceWhenCreated(t, addr, "documents", []kafka.Message{doc("a", "Olga Petrova met investors of Northgate Ports in Rotterdam on Monday.")})
	committed(3)
	stop()
	entities := func(args ...string) (map[string]export.Entity, string) {
		t.Helper()
		out, errs, code := runCLI(t, "", append([]string{"export", "--brokers", addr}, args...)...)
		if code != 0 {
			t.Fatalf("export %v: exit %d: %s", args, code, errs)
		}
		byName := map[string]export.Entity{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var e export.Entity
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatalf("bad export line %q: %v", l, err)
			}
			byName[e.Canonical] = e
		}
		return byName, errs
	}
	got, errs := entities()
	if _, ok := got["Boris Hamel"]; ok || got["Olga Petrova"].Documents != 2 || got["Northgate Ports"].Documents != 1 {
		t.Errorf("latest results: %+v\n%s", got, errs)
	}
	if !strings.Contains(errs, "left out: records of an older result") {
		t.Errorf("export does not say it left records out: %s", errs)
	}
	all, _ := entities("--latest=false")
	if all["Boris Hamel"].Documents != 1 || all["Olga Petrova"].Documents != 2 {
		t.Errorf("--latest=false: %+v", all)
	}
	// a replay racing the edit publishes the old input's result after the
	// edit's: here the old result's records, written again (as the replay
	// repeats them, byte for byte); the edit's result stays the latest
	republishOldest(t, addr, "a")
	raced, errs := entities()
	if _, ok := raced["Boris Hamel"]; ok || raced["Olga Petrova"].Documents != 2 {
		t.Errorf("after the old result was published again: %+v\n%s", raced, errs)
	}
	// a replay into the live prefix under a new version: the same counts
	out, errs, code := runCLI(t, "", "reprocess", "--brokers", addr, "--version", "99")
	if code != 0 {
		t.Fatalf("reprocess: exit %d\n%s\n%s", code, out, errs)
	}
	again, errs := entities()
	if len(again) != len(got) || again["Olga Petrova"].Documents != 2 || again["Olga Petrova"].Mentions != got["Olga Petrova"].Mentions {
		t.Errorf("after an in-place replay: %+v, want %+v\n%s", again, got, errs)
	}
}

// TestExportLatestAcrossPartitions: a producer that does not key by id puts
// a document's versions in different partitions; after a replay publishes
// the older version's result last, export still takes the newer version's
// (by the input message's time), as it did before the replay.
func TestExportLatestAcrossPartitions(t *testing.T) {
	addr := brokertest.Start(t, broker.Config{Partitions: 2, MinSessionTimeout: 500 * time.Millisecond}).Addr()
	committed, stop := testWorker(t, addr, "unkeyed-test", []int{0, 1})
	doc := func(text string, at time.Time) kafka.Message {
		v, _ := json.Marshal(map[string]string{"id": "y", "lang": "en", "text": text})
		return kafka.Message{Value: v, Time: at}
	}
	produceTo := func(partition int, m kafka.Message) {
		t.Helper()
		w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: "documents", RequiredAcks: kafka.RequireAll, AllowAutoTopicCreation: true,
			BatchTimeout: time.Millisecond, Balancer: kafka.BalancerFunc(func(kafka.Message, ...int) int { return partition })}
		defer w.Close()
		brokertest.WaitFor(t, "writing to documents", func() (bool, string) {
			err := w.WriteMessages(context.Background(), m)
			return err == nil, fmt.Sprint(err)
		})
	}
	t0 := time.Now().Add(-time.Hour).Truncate(time.Millisecond)
	produceTo(1, doc("Yvonne Early met investors of Northgate Ports in Rotterdam on Monday.", t0))
	produceTo(0, doc("Yannick Late met investors of Northgate Ports in Rotterdam on Monday.", t0.Add(time.Minute)))
	committed(2)
	stop()
	// the replay reads partition 0, then 1: the older version's result last
	if out, errs, code := runCLI(t, "", "reprocess", "--brokers", addr, "--version", "98"); code != 0 {
		t.Fatalf("reprocess: exit %d\n%s\n%s", code, out, errs)
	}
	out, errs, code := runCLI(t, "", "export", "--brokers", addr)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Yannick Late") || strings.Contains(out, "Yvonne Early") {
		t.Errorf("export after the replay:\n%s\n%s", out, errs)
	}
}

// TestExportLatestOnEqualTimes: two versions of a document with one input
// time, the first in documents, the second a dead letter retried from
// documents.dlq (which keeps its input's time): the retried one counts, and
// still does after a full replay of documents publishes the first one's
// result last (an audit saw the answer flip after such a replay when the
// order of the results decided; before that, a hash of topic and partition
// decided, and chose the first).
func TestExportLatestOnEqualTimes(t *testing.T) {
	addr := brokertest.Start(t, broker.Config{Partitions: 1, MinSessionTimeout: 500 * time.Millisecond}).Addr()
	committed, stop := testWorker(t, addr, "ties-test", []int{0})
	at := time.Now().Add(-time.Hour).Truncate(time.Millisecond)
	produce := func(topic, text string, headers ...kafka.Header) {
		t.Helper()
		v, _ := json.Marshal(map[string]string{"id": "t1", "lang": "en", "text": text})
		w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topic, RequiredAcks: kafka.RequireAll, AllowAutoTopicCreation: true, BatchTimeout: time.Millisecond}
		defer w.Close()
		brokertest.WaitFor(t, "writing to "+topic, func() (bool, string) {
			err := w.WriteMessages(context.Background(), kafka.Message{Value: v, Time: at, Headers: headers})
			return err == nil, fmt.Sprint(err)
		})
	}
	produce("documents", "Oswin Tallberg of Greyhaven Salt spoke in Leeds on Monday.")
	committed(1)
	stop()
	// the edit, dead-lettered (say, too large for the limit of the day)
	produce("documents.dlq", "Petra Lindholm of Greyhaven Salt spoke in Leeds on Monday.",
		kafka.Header{Key: "error.code", Value: []byte("too_large")}, kafka.Header{Key: "source.topic", Value: []byte("documents")})
	if out, errs, code := runCLI(t, "", "reprocess", "--brokers", addr, "--topic", "documents.dlq", "--dlq", "documents.dlq.retry", "--create-topics"); code != 0 {
		t.Fatalf("reprocess of the dead letters: exit %d\n%s\n%s", code, out, errs)
	}
	latest := func(when string) {
		t.Helper()
		out, errs, code := runCLI(t, "", "export", "--brokers", addr)
		if code != 0 {
			t.Fatalf("export: exit %d: %s", code, errs)
		}
		if strings.Contains(out, "Oswin Tallberg") || !strings.Contains(out, `"canonical":"Petra Lindholm"`) {
			t.Errorf("export %s:\n%s\n%s", when, out, errs)
		}
	}
	latest("after the dead letter was retried")
	// an upgrade's full replay of documents publishes the first version's result last
	if out, errs, code := runCLI(t, "", "reprocess", "--brokers", addr, "--topic", "documents", "--version", "98"); code != 0 {
		t.Fatalf("reprocess of documents: exit %d\n%s\n%s", code, out, errs)
	}
	latest("after a full replay")
}

// republishOldest writes again the records of the result of document id
// made from its oldest input message, in every output topic: what a replay
// that reads the old message while the edit is processed publishes last.
func republishOldest(t *testing.T, addr, id string) {
	t.Helper()
	ctx := context.Background()
	conn := replay.Conn{Brokers: []string{addr}}
	oldest := int64(-1)
	var recs []kafka.Message
	for _, topic := range []string{"entities.documents", "entities.person", "entities.organization", "entities.money"} {
		plan, err := replay.NewPlan(ctx, conn, topic, replay.Start{})
		if err != nil {
			t.Fatal(err)
		}
		err = replay.Read(ctx, conn, plan, func(m kafka.Message) error {
			var r struct {
				ID         string          `json:"id"`
				DocumentID string          `json:"document_id"`
				Source     pipeline.Source `json:"source"`
			}
			if err := json.Unmarshal(m.Value, &r); err != nil {
				return err
			}
			if r.ID == id || r.DocumentID == id {
				if oldest < 0 || r.Source.Offset < oldest {
					oldest, recs = r.Source.Offset, recs[:0]
				}
				if r.Source.Offset == oldest {
					recs = append(recs, kafka.Message{Topic: topic, Key: m.Key, Value: m.Value, Headers: m.Headers})
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(recs) < 2 {
		t.Fatalf("%d records of the oldest result of %s", len(recs), id)
	}
	w := &kafka.Writer{Addr: kafka.TCP(addr), Balancer: kafka.Murmur2Balancer{Consistent: true}}
	defer w.Close()
	if err := w.WriteMessages(ctx, recs...); err != nil {
		t.Fatal(err)
	}
}

// testWorker runs a worker of group on the broker at addr until the test
// ends or stop is called; committed waits until the group has committed
// want messages of the input topic (a slow machine takes longer, only a
// stuck worker fails).
func testWorker(t *testing.T, addr, group string, partitions []int) (committed func(want int64), stop func()) {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	eng, err := extractor.New(extractor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := pipeline.Config{Brokers: []string{addr}, GroupID: group, CreateTopics: true, Logger: quiet,
		SessionTimeout: 3 * time.Second, CommitInterval: 50 * time.Millisecond}
	w, err := pipeline.NewWorker(cfg, eng)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("worker: %v", err)
		}
	}
	t.Cleanup(stop)
	client := &kafka.Client{Addr: kafka.TCP(addr)}
	committed = func(want int64) {
		t.Helper()
		brokertest.WaitFor(t, fmt.Sprint("the worker to commit ", want, " messages"), func() (bool, string) {
			resp, err := client.OffsetFetch(context.Background(), &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{"documents": partitions}})
			if err != nil {
				return false, ""
			}
			var sum int64
			for _, p := range resp.Topics["documents"] {
				sum += max(p.CommittedOffset, 0)
			}
			return sum == want, fmt.Sprint(sum, " committed")
		})
	}
	return committed, stop
}

// TestExportMergesSurnames: a document that names a person by the family
// name only exports with the documents that give the full name;
// --merge-surnames=false keeps it apart.
func TestExportMergesSurnames(t *testing.T) {
	in := `{"id":"a","lang":"en","text":"Harriet Okonjo, the chief executive of Lumen Freight, said the company would hire 300 drivers."}
{"id":"b","lang":"en","text":"Ms Okonjo said on Tuesday that the plan would be ready in May."}
`
	results, errs, code := runCLI(t, in, "extract")
	if code != 0 {
		t.Fatalf("extract: exit %d, %s", code, errs)
	}
	if !strings.Contains(results, `"key":"person:okonio"`) {
		t.Fatalf("the tagger did not find the bare family name, so this test tests nothing; give it another sentence:\n%s", results)
	}
	out, errs, code := runCLI(t, results, "export", "--results", "-")
	if code != 0 || !strings.Contains(errs, "1 family names or initials merged") {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	if n := strings.Count(out, `"type":"PERSON"`); n != 1 || !strings.Contains(out, `"merged_keys":["person:okonio"]`) || !strings.Contains(out, `"documents":2`) {
		t.Errorf("%d persons, want Harriet Okonjo in 2 documents with person:okonio merged:\n%s", n, out)
	}
	out, _, _ = runCLI(t, results, "export", "--results", "-", "--merge-surnames=false")
	if n := strings.Count(out, `"type":"PERSON"`); n != 2 {
		t.Errorf("--merge-surnames=false: %d persons\n%s", n, out)
	}
}
