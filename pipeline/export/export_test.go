package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"entities/extractor/schema"
)

func person(text, key, canonical string) schema.Mention {
	return schema.Mention{Type: schema.Person, Text: text, Key: key, Canonical: canonical}
}

func TestAggregate(t *testing.T) {
	var a Aggregator
	t1 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	t2 := t1.Add(48 * time.Hour)
	kv := "person:kvasov-d"
	a.AddDocument("de-1", "de", t2, []schema.Mention{
		person("Dennis Kvasov", kv, "Dennis Kvasov"),
		person("Kvasov", kv, "Dennis Kvasov"),
		{Type: schema.Money, Text: "590.000 Dollar", Key: "money:USD:590000", Canonical: "590000 USD", Amount: "590000", Currency: "USD"},
	})
	a.AddDocument("en-1", "en", t1, []schema.Mention{person("Denis Kvasov", kv, "Denis Kvasov"), person("Kvasov", kv, "Denis Kvasov")})
	// A duplicate delivery of de-1 adds mentions but not a document.
	a.AddDocument("de-1", "de", t2, []schema.Mention{person("Kvasov", kv, "Dennis Kvasov")})
	a.AddDocument("x", "", time.Time{}, []schema.Mention{{Type: schema.Person, Text: "no key"}})
	// In a mixed document a mention's own language counts, not the document's.
	a.AddDocument("mixed-1", "de", t2, []schema.Mention{{Type: schema.Person, Text: "Kvasov", Key: kv, Canonical: "Dennis Kvasov", Lang: "ru"}})

	ents := a.Entities()
	if len(ents) != 2 || a.Len() != 2 {
		t.Fatalf("got %d entities: %+v", len(ents), ents)
	}
	p := ents[0]
	if p.Key != kv || p.Type != "PERSON" || p.Mentions != 6 || p.Documents != 3 || !p.DocumentsExact {
		t.Errorf("person %+v", p)
	}
	if p.Canonical != "Dennis Kvasov" {
		t.Errorf("canonical %q, want the most frequent", p.Canonical)
	}
	if len(p.Aliases) != 3 || p.Aliases[0] != (Alias{"Kvasov", 4}) {
		t.Errorf("aliases %+v", p.Aliases)
	}
	if strings.Join(p.Languages, ",") != "de,en,ru" || !p.FirstSeen.Equal(t1) || !p.LastSeen.Equal(t2) {
		t.Errorf("languages %v, first %v, last %v", p.Languages, p.FirstSeen, p.LastSeen)
	}
	m := ents[1]
	if m.Type != "MONEY" || m.Amount != "590000" || m.Currency != "USD" || m.Documents != 1 {
		t.Errorf("money %+v", m)
	}
}

func TestDocumentSetLimit(t *testing.T) {
	var a Aggregator
	for i := 0; i < DocumentSetLimit+10; i++ {
		a.Add("organization:acme", fmt.Sprint("d", i), "en", time.Time{}, []schema.Mention{{Type: schema.Organization, Text: "ACME", Key: "organization:acme"}})
	}
	e := a.Entities()[0]
	if e.Documents != DocumentSetLimit+10 || e.DocumentsExact {
		t.Fatalf("documents %d exact %v", e.Documents, e.DocumentsExact)
	}
}

func TestWriters(t *testing.T) {
	var a Aggregator
	tricky := `Smith, "Jr."` + "\nII"
	a.AddDocument("1", "en", time.Time{}, []schema.Mention{person(tricky, "person:smith", tricky)})
	var jb, cb bytes.Buffer
	if err := WriteJSONL(&jb, a.Entities()); err != nil {
		t.Fatal(err)
	}
	var e Entity
	if err := json.Unmarshal(jb.Bytes(), &e); err != nil || e.Canonical != tricky {
		t.Fatalf("JSONL round trip: %v %+v", err, e)
	}
	if err := WriteCSV(&cb, a.Entities()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cb).ReadAll()
	if err != nil || len(rows) != 2 || len(rows[1]) != len(CSVHeader) || rows[1][2] != tricky {
		t.Fatalf("CSV round trip: %v %q", err, rows)
	}
}

// TestMemoryGrowsWithEntitiesNotMentions adds a million mentions of 100
// entities and checks the heap stays small.
func TestMemoryGrowsWithEntitiesNotMentions(t *testing.T) {
	var a Aggregator
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ms := make([]schema.Mention, 10)
	for d := 0; d < 100_000; d++ {
		for i := range ms {
			k := fmt.Sprint("person:p", (d+i)%100)
			ms[i] = schema.Mention{Type: schema.Person, Text: "Name", Key: k, Canonical: "Name"}
		}
		a.AddDocument(fmt.Sprint(d%2000), "en", time.Time{}, ms)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if a.Len() != 100 {
		t.Fatalf("%d entities", a.Len())
	}
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 32<<20 {
		t.Fatalf("heap grew by %d MB for 100 entities", grown>>20)
	}
}

func BenchmarkAddDocument(b *testing.B) {
	var a Aggregator
	ms := []schema.Mention{person("Denis Kvasov", "person:a", "Denis Kvasov"), person("Kvasov", "person:a", "Denis Kvasov"),
		{Type: schema.Organization, Text: "EMI Group", Key: "organization:emi", Canonical: "EMI Group"}}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a.AddDocument("doc", "en", time.Time{}, ms)
	}
}
