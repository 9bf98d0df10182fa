package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
)

func newProcessor(t testing.TB, maxBytes int) *pipeline.Processor {
	t.Helper()
	p, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: sharedEngine(t), Topics: pipeline.NewTopics("in", "out"), MaxBytes: maxBytes})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProcess(t *testing.T) {
	p := newProcessor(t, 2048)
	at := time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name   string
		key    string
		value  string
		code   schema.Code // "" for a result
		wantID string
	}{
		{"document with id", "k1", `{"id":"doc-1","text":"Die Firma Nordwind Energie AG zahlte 2,5 Mio. Euro an Maria Schmidt.","lang":"de"}`, "", "doc-1"},
		{"id from key", "key-7", `{"text":"Helvion Pharma agreed to pay $40 million, its lawyer Jonas Brandt said."}`, "", "key-7"},
		{"id from position", "", `{"text":"Helvion Pharma agreed to pay $40 million."}`, "", "in/2/41"},
		{"malformed json", "b1", `{"text":"abc`, schema.CodeBadJSON, ""},
		{"missing text", "b2", `{"id":"x"}`, schema.CodeMissingText, ""},
		{"empty text", "b3", `{"text":""}`, schema.CodeEmptyText, ""},
		{"invalid utf-8", "b4", "{\"text\":\"M\xfcller\"}", schema.CodeInvalidUTF8, ""},
		{"too large", "b5", `{"text":"` + strings.Repeat("word ", 500) + `"}`, schema.CodeTooLarge, ""},
		{"binary", "b6", "\x00\x01\x02\x03", schema.CodeBadJSON, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := kafka.Message{Topic: "in", Partition: 2, Offset: 41, Key: []byte(tt.key), Value: []byte(tt.value), Time: at,
				Headers: []kafka.Header{{Key: "trace", Value: []byte("abc")}}}
			if tt.key == "" {
				in.Key = nil
			}
			out, err := p.Process(context.Background(), in)
			if err != nil {
				t.Fatalf("Process: %v", err)
			}
			for _, r := range out.Records {
				if !r.Time.Equal(at) {
					t.Errorf("record on %s has time %v, want the input's %v", r.Topic, r.Time, at)
				}
			}
			if tt.code != "" {
				if out.Failure == nil || out.Failure.Code != tt.code || len(out.Records) != 1 {
					t.Fatalf("failure %v with %d records, want code %s and one dead letter", out.Failure, len(out.Records), tt.code)
				}
				d := out.Records[0]
				if d.Topic != "in.dlq" || !bytes.Equal(d.Key, in.Key) || !bytes.Equal(d.Value, in.Value) {
					t.Fatalf("dead letter %s key %q does not carry the original", d.Topic, d.Key)
				}
				want := []kafka.Header{{Key: "trace", Value: []byte("abc")},
					{Key: pipeline.HeaderErrorCode, Value: []byte(tt.code)},
					{Key: pipeline.HeaderErrorMessage, Value: []byte(out.Failure.Message)},
					{Key: pipeline.HeaderSourceTopic, Value: []byte("in")},
					{Key: pipeline.HeaderSourcePartition, Value: []byte("2")},
					{Key: pipeline.HeaderSourceOffset, Value: []byte("41")}}
				if !reflect.DeepEqual(d.Headers, want) {
					t.Fatalf("headers %v, want %v", d.Headers, want)
				}
				return
			}
			if out.Failure != nil || out.Result == nil || len(out.Records) == 0 {
				t.Fatalf("failure %v, result %v", out.Failure, out.Result)
			}
			doc := out.Records[0]
			if doc.Topic != "out.documents" || string(doc.Key) != tt.wantID {
				t.Fatalf("first record %s keyed %q, want out.documents keyed %q", doc.Topic, doc.Key, tt.wantID)
			}
			var r pipeline.DocumentRecord
			if err := json.Unmarshal(doc.Value, &r); err != nil {
				t.Fatal(err)
			}
			if r.ID != tt.wantID || r.Source != (pipeline.Source{Topic: "in", Partition: 2, Offset: 41}) || r.PipelineVersion != pipeline.Version {
				t.Fatalf("result id %q source %+v version %q", r.ID, r.Source, r.PipelineVersion)
			}
			ents := pipeline.EntityRecords(r.Result, r.Source, r.PipelineVersion)
			if len(out.Records) != 1+len(ents) {
				t.Fatalf("%d records for %d entities", len(out.Records), len(ents))
			}
			for i, e := range ents {
				rec := out.Records[1+i]
				if string(rec.Key) != e.Key || !strings.HasSuffix(rec.Topic, "."+strings.ToLower(string(e.Type))) {
					t.Fatalf("entity record %d: topic %s key %q, want type %s key %q", i, rec.Topic, rec.Key, e.Type, e.Key)
				}
			}
			// Same input, same version: same keys and bytes.
			again, err := p.Process(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if len(again.Records) != len(out.Records) {
				t.Fatalf("second run gave %d records, first %d", len(again.Records), len(out.Records))
			}
			for i := range out.Records {
				a, b := out.Records[i], again.Records[i]
				if a.Topic != b.Topic || !bytes.Equal(a.Key, b.Key) || !bytes.Equal(a.Value, b.Value) {
					t.Fatalf("record %d differs between runs:\n%s\n%s", i, a.Value, b.Value)
				}
			}
		})
	}
}

func TestProcessCancelled(t *testing.T) {
	p := newProcessor(t, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := p.Process(ctx, kafka.Message{Topic: "in", Value: []byte(`{"text":"Maria Schmidt"}`)})
	if err == nil {
		t.Fatal("Process with a cancelled context returned no error; the message would be committed without output")
	}
}

func TestEntityRecords(t *testing.T) {
	res := schema.Result{ID: "d", Lang: "en", Entities: []schema.Mention{
		{Type: schema.Person, Text: "Jonas Brandt", Start: 0, End: 12, Key: "person:jonas_brandt", Canonical: "Jonas Brandt"},
		{Type: schema.Money, Text: "$40 million", Start: 20, End: 31, Key: "money:USD:40000000", Canonical: "40000000 USD", Amount: "40000000", Currency: "USD"},
		{Type: schema.Person, Text: "Brandt", Start: 40, End: 46, Key: "person:jonas_brandt", Canonical: "Jonas Brandt"},
		{Type: schema.Organization, Text: "Helvion", Start: 50, End: 57},
		{Type: schema.Person, Text: "Brandt", Start: 60, End: 66, Key: "person:jonas_brandt", Canonical: "Jonas Brandt"},
	}}
	got := pipeline.EntityRecords(res, pipeline.Source{Topic: "in"}, "v")
	if len(got) != 2 {
		t.Fatalf("%d records, want 2 (the unkeyed mention has no entity)", len(got))
	}
	p := got[0]
	wantForms := []pipeline.Form{{Text: "Jonas Brandt", Count: 1}, {Text: "Brandt", Count: 2}}
	if p.Key != "person:jonas_brandt" || p.Count != 3 || !reflect.DeepEqual(p.Forms, wantForms) || len(p.Mentions) != 3 || p.Mentions[2].Start != 60 {
		t.Fatalf("person record %+v", p)
	}
	if m := got[1]; m.Type != schema.Money || m.Amount != "40000000" || m.Currency != "USD" || m.DocumentID != "d" || m.PipelineVersion != "v" {
		t.Fatalf("money record %+v", m)
	}
	back := p.SchemaMentions()
	if len(back) != 3 || back[1].Text != "Brandt" || back[1].Key != p.Key || back[1].Type != schema.Person {
		t.Fatalf("SchemaMentions %+v", back)
	}
}

// FuzzProcess feeds arbitrary message values: Process must never fail or
// panic, and must give either a result record that decodes or exactly one
// dead letter with a code.
func FuzzProcess(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Anna Rossi of Orbis Telecom paid 1.200 Euro."}`))
	f.Add([]byte(`{"text":""}`))
	f.Add([]byte("\xff\xfe"))
	f.Add([]byte(`{"text":"x","lang":"zz","meta":[1,{}]}`))
	p := newProcessor(f, 4096)
	f.Fuzz(func(t *testing.T, value []byte) {
		out, err := p.Process(context.Background(), kafka.Message{Topic: "in", Value: value})
		if err != nil {
			t.Fatalf("Process: %v", err)
		}
		if out.Failure != nil {
			if len(out.Records) != 1 || out.Records[0].Topic != "in.dlq" || out.Failure.Code == "" {
				t.Fatalf("failure %v with records %v", out.Failure, out.Records)
			}
			return
		}
		var r pipeline.DocumentRecord
		if err := json.Unmarshal(out.Records[0].Value, &r); err != nil || r.ID == "" {
			t.Fatalf("result %q: %v", out.Records[0].Value, err)
		}
	})
}

// TestRecordsFitTheLimit: a result over the record limit is published
// truncated, with a flag and the mention count, and an entity over the
// limit is split into numbered parts that together hold every mention
// (issue 16, finding 4).
func TestRecordsFitTheLimit(t *testing.T) {
	const limit = 4000
	p, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: sharedEngine(t), Topics: pipeline.NewTopics("in", "out"), MaxRecordBytes: limit})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Jonas Brandt of Orbis Telecom paid $40 million. ", 60)
	out, err := p.Process(context.Background(), docMessage("big", text, "en"))
	if err != nil || out.Failure != nil {
		t.Fatalf("Process: %v, failure %v", err, out.Failure)
	}
	var doc pipeline.DocumentRecord
	if err := json.Unmarshal(out.Records[0].Value, &doc); err != nil {
		t.Fatal(err)
	}
	all := len(out.Result.Entities)
	if !doc.EntitiesTruncated || doc.Mentions != all || len(doc.Entities) == 0 || len(doc.Entities) >= all {
		t.Fatalf("document record: truncated %v, %d of %d mentions (want the count %d)", doc.EntitiesTruncated, len(doc.Entities), doc.Mentions, all)
	}
	if !reflect.DeepEqual(doc.Entities, out.Result.Entities[:len(doc.Entities)]) {
		t.Fatal("the truncated record does not keep the first mentions")
	}
	seen := map[int]bool{}
	parts := map[string][]int{}
	for _, r := range out.Records {
		if len(r.Value) > limit {
			t.Fatalf("record on %s is %d bytes, over %d", r.Topic, len(r.Value), limit)
		}
		if r.Topic == "out.documents" {
			continue
		}
		var e pipeline.EntityRecord
		if err := json.Unmarshal(r.Value, &e); err != nil {
			t.Fatal(err)
		}
		if string(r.Key) != e.Key || e.Count != len(e.Mentions) || e.Parts < 2 || e.Part < 1 || e.Part > e.Parts {
			t.Fatalf("entity part %s %d/%d: count %d, %d mentions", e.Key, e.Part, e.Parts, e.Count, len(e.Mentions))
		}
		forms := 0
		for _, f := range e.Forms {
			forms += f.Count
		}
		if forms != e.Count {
			t.Fatalf("entity part %s %d/%d: forms count %d, %d mentions", e.Key, e.Part, e.Parts, forms, e.Count)
		}
		parts[e.Key] = append(parts[e.Key], e.Part)
		for _, m := range e.Mentions {
			if seen[m.Start] {
				t.Fatalf("mention at %d in two parts", m.Start)
			}
			seen[m.Start] = true
		}
	}
	for k, ps := range parts {
		for i, p := range ps {
			if p != i+1 {
				t.Fatalf("entity %s: parts %v, want 1..n in order", k, ps)
			}
		}
	}
	for _, m := range out.Result.Entities {
		if m.Key != "" && !seen[m.Start] {
			t.Fatalf("mention %q at %d is in no entity record", m.Text, m.Start)
		}
	}
	// A result under the limit is unchanged: no flag, no parts.
	small, err := p.Process(context.Background(), docMessage("small", "Jonas Brandt of Orbis Telecom paid $40 million.", "en"))
	if err != nil || small.Failure != nil {
		t.Fatalf("Process: %v, failure %v", err, small.Failure)
	}
	for _, r := range small.Records {
		if bytes.Contains(r.Value, []byte(`"entities_truncated"`)) || bytes.Contains(r.Value, []byte(`"part"`)) || bytes.Contains(r.Value, []byte(`"mentions":`)) && r.Topic == "out.documents" {
			t.Fatalf("small record %s", r.Value)
		}
	}
}

// TestDeadLetterOfADeadLetter: a dead letter replayed and refused again
// (reprocess --topic documents.dlq) has one error.* and source.* each, the
// new ones; its first error and source stay as previous.*. It had two of
// each, and a reader taking the first got the stale source.
func TestDeadLetterOfADeadLetter(t *testing.T) {
	p, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: sharedEngine(t), Topics: pipeline.NewTopics("documents.dlq", "retry")})
	if err != nil {
		t.Fatal(err)
	}
	in := kafka.Message{Topic: "documents.dlq", Partition: 0, Offset: 7, Key: []byte("bad-1"), Value: []byte(`{"id":"bad-1","text":""}`),
		Headers: []kafka.Header{{Key: pipeline.HeaderErrorCode, Value: []byte("empty_text")}, {Key: pipeline.HeaderSourceTopic, Value: []byte("documents")}}}
	out, err := p.Process(context.Background(), in)
	if err != nil || out.Failure == nil {
		t.Fatalf("Process: %v, failure %v", err, out.Failure)
	}
	count := map[string]int{}
	value := map[string]string{}
	for _, h := range out.Records[0].Headers {
		count[h.Key]++
		value[h.Key] = string(h.Value)
	}
	for _, k := range []string{pipeline.HeaderErrorCode, pipeline.HeaderSourceTopic} {
		if count[k] != 1 || count["previous."+k] != 1 {
			t.Errorf("header %s %d times, previous.%s %d times", k, count[k], k, count["previous."+k])
		}
	}
	if value[pipeline.HeaderSourceTopic] != "documents.dlq" || value["previous."+pipeline.HeaderSourceTopic] != "documents" {
		t.Errorf("headers %v", out.Records[0].Headers)
	}
}

// TestReplayedDeadLetterKeepsItsID: a keyless document without an id is
// named by its input position; replayed from the dead-letter topic, it keeps
// that name (its source.* headers), also after a second failure, instead of
// being named by its place in the dead-letter topic.
func TestReplayedDeadLetterKeepsItsID(t *testing.T) {
	p, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: sharedEngine(t), Topics: pipeline.NewTopics("documents.dlq", "retry")})
	if err != nil {
		t.Fatal(err)
	}
	h := func(k, v string) kafka.Header { return kafka.Header{Key: k, Value: []byte(v)} }
	doc := []byte(`{"text":"Greta Lindqvist paid $2 million."}`)
	for _, tt := range []struct {
		name    string
		headers []kafka.Header
		want    string
	}{
		{"no headers", nil, "documents.dlq/1/9"},
		{"dead once", []kafka.Header{h("error.code", "too_large"), h("source.topic", "documents"), h("source.partition", "2"), h("source.offset", "41")}, "documents/2/41"},
		{"dead twice", []kafka.Header{h("previous.error.code", "too_large"), h("previous.source.topic", "documents"), h("previous.source.partition", "2"), h("previous.source.offset", "41"),
			h("error.code", "bad_json"), h("source.topic", "documents.dlq"), h("source.partition", "0"), h("source.offset", "3")}, "documents/2/41"},
		{"broken header", []kafka.Header{h("error.code", "too_large"), h("source.topic", "documents"), h("source.partition", "x"), h("source.offset", "41")}, "documents.dlq/1/9"},
		// another system's headers on a message that is no dead letter of ours
		{"no dead letter", []kafka.Header{h("source.topic", "crm"), h("source.partition", "0"), h("source.offset", "0")}, "documents.dlq/1/9"},
	} {
		out, err := p.Process(context.Background(), kafka.Message{Topic: "documents.dlq", Partition: 1, Offset: 9, Value: doc, Headers: tt.headers})
		if err != nil || out.Result == nil {
			t.Fatalf("%s: %v, failure %v", tt.name, err, out.Failure)
		}
		if out.Result.ID != tt.want {
			t.Errorf("%s: id %q, want %q", tt.name, out.Result.ID, tt.want)
		}
	}
}
