package pipeline_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
)

// TestSoak sends mixed input through two workers, kills one hard mid-way
// and starts it again: good news documents, broken ones, tiny texts and
// large ones up to the 1 MiB limit. Nothing may be lost, every dead letter
// must be the one its input calls for, and the duplicates must stay within
// --max-in-flight per lost member or rebalance (issue 16).
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test")
	}
	const maxInFlight = 16
	b := startBroker(t, 6)
	cfg := testConfig(b.Addr())
	cfg.MaxBytes = 0 // the default, 1 MiB
	cfg.MaxInFlight = maxInFlight
	cfg.CommitInterval = 200 * time.Millisecond
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)

	// want is the dead-letter code each input calls for, "" for a result.
	want := map[string]schema.Code{}
	var msgs []kafka.Message
	add := func(id string, value []byte, code schema.Code) {
		want[id] = code
		msgs = append(msgs, kafka.Message{Key: []byte(id), Value: value})
	}
	doc := func(id, text, lang string) []byte {
		v, _ := json.Marshal(map[string]string{"id": id, "text": text, "lang": lang})
		return v
	}
	tiny := []string{"$20", "Siemens zahlt 3 €", "Anna Berg.", "€5", "Orbis Telecom", "12 000 zł"}
	broken := []struct {
		value string
		code  schema.Code
	}{
		{`{"text":`, schema.CodeBadJSON},
		{`{"text":""}`, schema.CodeEmptyText},
		{`{"id":"x"}`, schema.CodeMissingText},
		{"{\"text\":\"M\xfcller\"}", schema.CodeInvalidUTF8},
		{`{"text":42}`, schema.CodeBadJSON},
		{`{"text":"Jonas Brandt.","lang":"english"}`, schema.CodeBadLangHint},
	}
	for i := range 1800 {
		id := fmt.Sprintf("soak-%05d", i)
		switch {
		case i%12 == 5:
			c := broken[(i/12)%len(broken)]
			add(id, []byte(c.value), c.code)
		case i%12 == 7:
			add(id, doc(id, tiny[(i/12)%len(tiny)], ""), "")
		default:
			text, lang := genDocument(i)
			add(id, doc(id, text, lang), "")
		}
	}
	for i, size := range []int{200 << 10, 600 << 10, 1<<20 - 4<<10} {
		id := fmt.Sprintf("soak-large-%d", i)
		text, lang := newsDocument(100+i, size)
		v := doc(id, text, lang)
		for len(v) > 1<<20-1<<10 { // stay under the limit with the JSON around it
			text = text[:strings.LastIndexByte(text[:len(text)-1024], ' ')]
			v = doc(id, text, lang)
		}
		add(id, v, "")
	}
	// Large documents among the rest, not at the end.
	msgs[300], msgs[len(msgs)-3] = msgs[len(msgs)-3], msgs[300]
	msgs[900], msgs[len(msgs)-2] = msgs[len(msgs)-2], msgs[900]
	n := len(msgs)

	start := time.Now()
	var ks killSwitch
	cfg1 := cfg
	cfg1.Dial = ks.dial
	cfg1.ShutdownTimeout = 2 * time.Second
	w1, stop1 := runWorker(t, cfg1)
	w2, stop2 := runWorker(t, cfg)
	waitFor(t, "both workers ready", func() (bool, string) { return w1.Ready() && w2.Ready(), "" })
	produce(t, b.Addr(), topics.Input, msgs)

	outputs := func() int { return countRecords(t, b.Addr(), topics.Documents) + countRecords(t, b.Addr(), topics.DLQ) }
	waitFor(t, "a third of the outputs", func() (bool, string) {
		got := outputs()
		return got >= n/3, strconv.Itoa(got)
	})
	ks.kill()
	t.Logf("killed worker 1 at %d of %d outputs; its Run returned %v", outputs(), n, stop1())
	_, stop3 := runWorker(t, cfg)
	waitFor(t, "every input's output", func() (bool, string) {
		got := outputs()
		return got >= n, strconv.Itoa(got)
	})
	checkCommitted(t, b.Addr(), cfg.GroupID, topics.Input)
	for i, stop := range []func() error{stop2, stop3} {
		if err := stop(); err != nil {
			t.Fatalf("worker %d: %v", i+2, err)
		}
	}

	o := readOutputs(t, b.Addr(), topics)
	results := countIDs(t, o.docs)
	dead := map[string]int{}
	for _, m := range o.dlq {
		id := string(m.Key)
		code := ""
		for _, h := range m.Headers {
			if h.Key == pipeline.HeaderErrorCode {
				code = string(h.Value)
			}
		}
		if w, ok := want[id]; !ok || w == "" || string(w) != code {
			t.Errorf("dead letter of %s with code %q, want %q", id, code, w)
		}
		dead[id]++
	}
	dups := 0
	for id, code := range want {
		got := results[id]
		if code != "" {
			got = dead[id]
			if results[id] > 0 {
				t.Errorf("%s (%s) has a result", id, code)
			}
		}
		if got == 0 {
			t.Errorf("%s lost (want %q)", id, code)
		}
		dups += max(0, got-1)
	}
	for _, m := range o.docs {
		if len(m.Value) > pipeline.MaxRecordBytes {
			t.Errorf("result of %s is %d bytes", m.Key, len(m.Value))
		}
	}
	checkConsistentParts(t, o)
	largest := 0
	for _, m := range msgs {
		largest = max(largest, len(m.Value))
	}
	t.Logf("%d inputs (%d broken, 3 large up to %d bytes) in %v: %d results, %d dead letters, %d duplicates (bound %d)",
		n, countCodes(want), largest, time.Since(start).Round(time.Second), len(o.docs), len(o.dlq), dups, 4*maxInFlight)
	// Duplicates come from the two joins at the start, the kill and the
	// restart's join: at most --max-in-flight each.
	if dups > 4*maxInFlight {
		t.Fatalf("%d duplicates, more than --max-in-flight %d for each of 4 membership changes", dups, maxInFlight)
	}
}

func countCodes(want map[string]schema.Code) int {
	n := 0
	for _, c := range want {
		if c != "" {
			n++
		}
	}
	return n
}

// checkConsistentParts checks that every entity record fits the record
// limit and that split entities come with all their parts.
func checkConsistentParts(t *testing.T, o outputs) {
	t.Helper()
	type ent struct{ doc, key string }
	parts := map[ent]map[int]bool{}
	total := map[ent]int{}
	for _, m := range o.entities {
		if len(m.Value) > pipeline.MaxRecordBytes {
			t.Errorf("entity record of %s is %d bytes", m.Key, len(m.Value))
		}
		var e pipeline.EntityRecord
		if err := json.Unmarshal(m.Value, &e); err != nil {
			t.Fatal(err)
		}
		if e.Parts == 0 {
			continue
		}
		k := ent{e.DocumentID, e.Key}
		if parts[k] == nil {
			parts[k] = map[int]bool{}
		}
		parts[k][e.Part] = true
		total[k] = e.Parts
	}
	for k, ps := range parts {
		if len(ps) != total[k] {
			t.Errorf("entity %s of %s: parts %v of %d", k.key, k.doc, ps, total[k])
		}
	}
}
