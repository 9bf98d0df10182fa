package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"entities/extractor/resolve"
	"entities/extractor/schema"
)

func person(text, key, canonical string) schema.Mention {
	return schema.Mention{Type: schema.Person, Text: text, Key: key, Canonical: canonical}
}

// at places a mention at code points start..start+len(text).
func at(m schema.Mention, start int) schema.Mention {
	m.Start, m.End = start, start+len([]rune(m.Text))
	return m
}

func TestAggregate(t *testing.T) {
	var a Aggregator
	t1 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	t2 := t1.Add(48 * time.Hour)
	kv := "person:kvasov-d"
	de1 := []schema.Mention{
		at(person("Dennis Kvasov", kv, "Dennis Kvasov"), 0),
		at(person("Kvasov", kv, "Dennis Kvasov"), 40),
		at(schema.Mention{Type: schema.Money, Text: "590.000 Dollar", Key: "money:USD:590000", Canonical: "590000 USD", Amount: "590000", Currency: "USD"}, 60),
	}
	a.AddDocument("de-1", "de", t2, de1)
	a.AddDocument("en-1", "en", t1, []schema.Mention{at(person("Denis Kvasov", kv, "Denis Kvasov"), 0), at(person("Kvasov", kv, "Denis Kvasov"), 30)})
	// A duplicate delivery of de-1 adds neither mentions nor a document,
	// whole or as one entity record.
	a.AddDocument("de-1", "de", t2, de1)
	a.Add(kv, "de-1", "de", t2, de1[1:2])
	// A mention without offsets cannot be told from another one.
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

// TestDecomposedAliases: a name sent decomposed (NFD) and composed is one
// alias and one canonical name, written composed.
func TestDecomposedAliases(t *testing.T) {
	var a Aggregator
	k := "person:patrick_pouyanne"
	a.AddDocument("d1", "fr", time.Time{}, []schema.Mention{at(person("Patrick Pouyanne\u0301", k, "Patrick Pouyanne\u0301"), 0)})
	a.AddDocument("d2", "fr", time.Time{}, []schema.Mention{at(person("Patrick Pouyanné", k, "Patrick Pouyanné"), 0)})
	ents := a.Entities()
	if len(ents) != 1 || len(ents[0].Aliases) != 1 || ents[0].Aliases[0] != (Alias{"Patrick Pouyanné", 2}) || ents[0].Canonical != "Patrick Pouyanné" {
		t.Fatalf("%+v", ents)
	}
}

// TestCountsExactUnderDuplicates: every document delivered once, then a
// third of them again, gives the counts of one delivery, also past the
// 4,096 documents per entity that used to be counted exactly (issue 16,
// finding 6: export counted 130,666 mentions for 116,795).
func TestCountsExactUnderDuplicates(t *testing.T) {
	var once, twice Aggregator
	const docs = 5000
	doc := func(i int) []schema.Mention {
		return []schema.Mention{
			at(schema.Mention{Type: schema.Organization, Text: "ACME", Key: "organization:acme", Canonical: "ACME"}, 0),
			at(schema.Mention{Type: schema.Organization, Text: "ACME", Key: "organization:acme", Canonical: "ACME"}, 20+i%7),
			at(person("Ann Lee", fmt.Sprint("person:lee-", i%50), "Ann Lee"), 10),
		}
	}
	for i := range docs {
		once.AddDocument(fmt.Sprint("d", i), "en", time.Time{}, doc(i))
		twice.AddDocument(fmt.Sprint("d", i), "en", time.Time{}, doc(i))
		if i%3 == 0 {
			twice.AddDocument(fmt.Sprint("d", i), "en", time.Time{}, doc(i))
		}
	}
	want, got := once.Entities(), twice.Entities()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("with duplicates %+v\nwithout %+v", got[0], want[0])
	}
	if e := got[len(got)-1]; e.Key != "organization:acme" || e.Documents != docs || e.Mentions != 2*docs || !e.DocumentsExact {
		t.Fatalf("entity %+v", e)
	}
}

// TestAggregateDoesNotDependOnOrder checks that an entity's record is the
// same whatever order its documents come in (Kafka's order across
// partitions is not fixed): the legal form of two companies that share a
// key (Porsche AG, Porsche SE) is the most frequent one, not the last seen.
func TestAggregateDoesNotDependOnOrder(t *testing.T) {
	org := func(text, form string) schema.Mention {
		return at(schema.Mention{Type: schema.Organization, Text: text, Key: "organization:porsche", Canonical: "Porsche", LegalForm: form}, 0)
	}
	docs := [][]schema.Mention{
		{org("Porsche AG", "AG")}, {org("Porsche SE", "SE")}, {org("Porsche AG", "AG")}, {org("Porsche", "")},
	}
	var first []Entity
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}} {
		var a Aggregator
		for _, i := range order {
			a.AddDocument(fmt.Sprint("d", i), "de", time.Time{}, docs[i])
		}
		got := a.Entities()
		if len(got) != 1 || got[0].LegalForm != "AG" {
			t.Fatalf("order %v: %+v, want one entity with legal form AG (2 of 3)", order, got)
		}
		if first == nil {
			first = got
		} else if !reflect.DeepEqual(got, first) {
			t.Errorf("order %v: %+v, differs from %+v", order, got, first)
		}
	}
}

// TestSameOffsetsOtherEntity: a document id sent again with other text
// (an edit, result files of two runs) has other names at the same offsets;
// each counts, while a duplicate of either still counts once.
func TestSameOffsetsOtherEntity(t *testing.T) {
	var a Aggregator
	v1 := []schema.Mention{at(person("Megan Callister", "person:megan_kalister", "Megan Callister"), 0)}
	v2 := []schema.Mention{at(person("Harold Winthrop", "person:harold_vintrop", "Harold Winthrop"), 0)}
	a.AddDocument("story-1", "en", time.Time{}, v1)
	a.AddDocument("story-1", "en", time.Time{}, v2)
	a.AddDocument("story-1", "en", time.Time{}, v2)
	got := map[string]int{}
	for _, e := range a.Entities() {
		got[e.Canonical] = e.Mentions
	}
	if got["Megan Callister"] != 1 || got["Harold Winthrop"] != 1 {
		t.Errorf("mentions %v, want one of each", got)
	}
}

// TestMergeForms checks that an entity whose name is a case form of another
// entity's name, in every language it was seen in, is merged into it with
// exact counts, and that the other entities stay apart.
func TestMergeForms(t *testing.T) {
	mention := func(typ schema.Type, text, lang string, start int) schema.Mention {
		var n resolve.Name
		if typ == schema.Person {
			n = resolve.Person(text, lang)
		} else {
			n = resolve.Organization(text, lang)
		}
		return at(schema.Mention{Type: typ, Text: text, Key: n.Key, Canonical: n.Canonical}, start)
	}
	org, per := schema.Organization, schema.Person
	var a Aggregator
	add := func(id, lang string, ms ...schema.Mention) { a.AddDocument(id, lang, time.Time{}, ms) }
	add("r1", "ru", mention(org, "Северотранса", "ru", 0))
	add("r2", "ru", mention(org, "Северотранс", "ru", 0))
	// a document with both forms, linked already: one document, not two
	both := mention(org, "Северотранса", "ru", 20)
	both.Key, both.Canonical = resolve.Organization("Северотранс", "ru").Key, "Северотранс"
	add("r3", "ru", mention(org, "Северотранс", "ru", 0), both)
	// other cases of it, which also read as Северотранса
	add("r10", "ru", mention(org, "Северотрансом", "ru", 0))
	add("r11", "ru", mention(org, "Северотрансу", "ru", 0))
	add("r4", "ru", mention(per, "Олафа Шольца", "ru", 0))
	add("r5", "ru", mention(per, "Олаф Шольц", "ru", 0))
	add("r8", "ru", mention(per, "Валентина Соколова", "ru", 0)) // her name, not his genitive
	add("r9", "ru", mention(per, "Валентин Соколов", "ru", 0))
	add("r6", "ru", mention(per, "Волкова", "ru", 0)) // his genitive or her name
	add("r7", "ru", mention(per, "Волков", "ru", 0))
	add("d1", "de", mention(org, "Landtages", "de", 0))
	add("d2", "de", mention(org, "Landtag", "de", 0))
	add("d5", "de", mention(org, "Landtag", "de", 0))
	// a genitive is much rarer than its name: Hamas, two thirds as frequent
	// as Hama, is not Hama's
	add("d6", "de", mention(org, "Hamas", "de", 0))
	add("d7", "de", mention(org, "Hamas", "de", 0))
	add("d8", "de", mention(org, "Hama", "de", 0))
	add("d9", "de", mention(org, "Hama", "de", 0))
	add("d10", "de", mention(org, "Hama", "de", 0))
	add("d3", "de", mention(org, "Rolling Stones", "de", 0))
	add("e1", "en", mention(org, "Rolling Stones", "en", 0))
	add("d4", "de", mention(org, "Rolling Stone", "de", 0))
	add("e2", "en", mention(org, "Newsweeks", "en", 0)) // no genitive -s in English
	add("e3", "en", mention(org, "Newsweek", "en", 0))
	if n := a.MergeForms(); n != 5 {
		t.Errorf("MergeForms merged %d, want 5", n)
	}
	byKey := map[string]Entity{}
	for _, e := range a.Entities() {
		byKey[e.Key] = e
	}
	check := func(name, lang string, typ schema.Type, canonical string, mentions, docs int, merged ...string) {
		t.Helper()
		k := resolve.Organization(name, lang).Key
		if typ == schema.Person {
			k = resolve.Person(name, lang).Key
		}
		e, ok := byKey[k]
		if !ok {
			t.Errorf("%s: no entity %s", name, k)
			return
		}
		if e.Canonical != canonical || e.Mentions != mentions || e.Documents != docs || !e.DocumentsExact || !reflect.DeepEqual(e.MergedKeys, merged) {
			t.Errorf("%s: %+v, want canonical %q, %d mentions in %d documents, merged %v", name, e, canonical, mentions, docs, merged)
		}
	}
	check("Северотранс", "ru", org, "Северотранс", 6, 5, resolve.Organization("Северотранса", "ru").Key,
		resolve.Organization("Северотрансом", "ru").Key, resolve.Organization("Северотрансу", "ru").Key)
	check("Олаф Шольц", "ru", per, "Олаф Шольц", 2, 2, resolve.Person("Олафа Шольца", "ru").Key)
	check("Landtag", "de", org, "Landtag", 3, 3, resolve.Organization("Landtages", "de").Key)
	check("Hamas", "de", org, "Hamas", 2, 2)
	check("Hama", "de", org, "Hama", 3, 3)
	check("Волкова", "ru", per, "Волкова", 1, 1)
	check("Валентина Соколова", "ru", per, "Валентина Соколова", 1, 1)
	check("Валентин Соколов", "ru", per, "Валентин Соколов", 1, 1)
	check("Волков", "ru", per, "Волков", 1, 1)
	check("Rolling Stones", "de", org, "Rolling Stones", 2, 2)
	check("Rolling Stone", "de", org, "Rolling Stone", 1, 1)
	check("Newsweeks", "en", org, "Newsweeks", 1, 1)
	if len(byKey) != 13 {
		t.Errorf("%d entities, want 13", len(byKey))
	}
}

// TestCutCircles: a circle of joins is cut at its smallest key; chains into
// it and other joins stay.
func TestCutCircles(t *testing.T) {
	into := map[string]string{"b": "c", "c": "d", "d": "b", "a": "b", "x": "y"}
	cutCircles(into, []string{"a", "b", "c", "d", "x", "y"})
	want := map[string]string{"c": "d", "d": "b", "a": "b", "x": "y"}
	if !reflect.DeepEqual(into, want) {
		t.Errorf("%v, want %v", into, want)
	}
}

// TestMergeFormsKeepsEveryMention: whatever subset of the case forms of
// some names the documents hold (forms that read as several others, as one
// another, in chains), MergeForms ends, loses no mention and joins no
// forms of two different names.
func TestMergeFormsKeepsEveryMention(t *testing.T) {
	names := [][]string{
		{"Unia Kredytowa", "Unii Kredytowej", "Unię Kredytową", "Unią Kredytową"},
		{"Северотранс", "Северотранса", "Северотрансу", "Северотрансом", "Северотрансе"},
		{"Сбербанк", "Сбербанка", "Сбербанку", "Сбербанком", "Сбербанке"},
		{"Orlen", "Orlenu", "Orlenem", "Orlenowi"},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		var a Aggregator
		owner := map[string]int{} // key -> name index
		added := 0
		for i, forms := range names {
			for _, f := range forms {
				if rng.IntN(2) == 0 {
					continue
				}
				lang := "ru"
				if i == 0 || i == 3 {
					lang = "pl"
				}
				n := resolve.Organization(f, lang)
				owner[n.Key] = i
				for range 1 + rng.IntN(3) {
					added++
					a.AddDocument(fmt.Sprint("d", added), lang, time.Time{}, []schema.Mention{
						at(schema.Mention{Type: schema.Organization, Text: f, Key: n.Key, Canonical: n.Canonical}, 0)})
				}
			}
		}
		a.MergeForms()
		total := 0
		for _, e := range a.Entities() {
			total += e.Mentions
			for _, k := range e.MergedKeys {
				if owner[k] != owner[e.Key] {
					t.Fatalf("round %d: %s joined into %s", round, k, e.Key)
				}
			}
		}
		if total != added {
			t.Fatalf("round %d: %d mentions after MergeForms, %d added", round, total, added)
		}
	}
}

// TestMergeSurnames checks that a person named by a family name alone, or
// by an initial, in documents without the full name joins the one person
// it can name, with exact counts, and stays apart when it could name two,
// is a given name or is written otherwise.
func TestMergeSurnames(t *testing.T) {
	var a Aggregator
	n := 0
	add := func(lang string, names ...string) {
		n++
		var ms []schema.Mention
		for i, name := range names {
			r := resolve.Person(name, lang)
			ms = append(ms, at(schema.Mention{Type: schema.Person, Text: name, Key: r.Key, Canonical: r.Canonical}, 40*i))
		}
		a.AddDocument(fmt.Sprint("doc", n), lang, time.Time{}, ms)
	}
	add("de", "Dennis Kvasov")
	add("en", "Denis Kvasov", "Kvasov") // linked in the document: one key already
	add("en", "Kvasov")                 // alone: joins
	add("de", "Kvasovs")                // German genitive, alone: the same key, joins
	add("en", "D. Kvasov")              // the initial fits: joins
	add("en", "Boris Holloway")
	add("en", "Dwayne Holloway")
	add("en", "Holloway") // two full names: apart
	add("en", "B. Holloway")
	add("fr", "Margot Lefebvre")
	add("fr", "J. Lefebvre") // another initial: apart, and then
	add("fr", "Lefebvre")    // two persons it may name: apart
	add("es", "Pilar Ortega")
	add("es", "P. Ortega", "Ortega") // both join
	add("it", "Verdini")             // no full name: apart
	add("de", "Reinhard Karl")
	add("de", "Karl") // a given name by the name lists: apart
	add("en", "Cliff Richard")
	add("en", "Richard Nixon")
	add("en", "Richard") // the given name of a person named: apart
	add("de", "Heinz Pfalz")
	add("de", "Pfahls") // the same family key, written otherwise: apart
	add("ru", "Светлана Медведева")
	add("ru", "Медведева") // her name, or his genitive: apart
	if got := a.MergeSurnames(); got != 5 {
		t.Errorf("MergeSurnames joined %d, want 5", got)
	}
	byKey := map[string]Entity{}
	for _, e := range a.Entities() {
		byKey[e.Key] = e
	}
	check := func(name, lang, canonical string, mentions, docs int, merged ...string) {
		t.Helper()
		k := resolve.Person(name, lang).Key
		e, ok := byKey[k]
		if !ok {
			t.Errorf("%s: no entity %s", name, k)
			return
		}
		if e.Canonical != canonical || e.Mentions != mentions || e.Documents != docs || !reflect.DeepEqual(e.MergedKeys, merged) {
			t.Errorf("%s: %+v, want canonical %q, %d mentions in %d documents, merged %v", name, e, canonical, mentions, docs, merged)
		}
	}
	check("Denis Kvasov", "en", "Denis Kvasov", 6, 5, resolve.Person("D. Kvasov", "en").Key, resolve.Person("Kvasov", "en").Key)
	check("Boris Holloway", "en", "Boris Holloway", 2, 2, resolve.Person("B. Holloway", "en").Key)
	check("Dwayne Holloway", "en", "Dwayne Holloway", 1, 1)
	check("Holloway", "en", "Holloway", 1, 1)
	check("Margot Lefebvre", "fr", "Margot Lefebvre", 1, 1)
	check("J. Lefebvre", "fr", "J. Lefebvre", 1, 1)
	check("Lefebvre", "fr", "Lefebvre", 1, 1)
	check("Pilar Ortega", "es", "Pilar Ortega", 3, 2, resolve.Person("Ortega", "es").Key, resolve.Person("P. Ortega", "es").Key)
	check("Verdini", "it", "Verdini", 1, 1)
	check("Karl", "de", "Karl", 1, 1)
	check("Reinhard Karl", "de", "Reinhard Karl", 1, 1)
	check("Richard", "en", "Richard", 1, 1)
	check("Cliff Richard", "en", "Cliff Richard", 1, 1)
	check("Pfahls", "de", "Pfahls", 1, 1)
	check("Медведева", "ru", "Медведева", 1, 1)
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

// TestCSVNoFormulas: text cells that a spreadsheet would run as formulas
// get a leading apostrophe; the amount stays a number.
func TestCSVNoFormulas(t *testing.T) {
	var a Aggregator
	a.AddDocument("1", "en", time.Time{}, []schema.Mention{
		{Type: schema.Money, Text: "-$5 million", Key: "money:USD:-5000000", Canonical: "-5000000 USD", Amount: "-5000000", Currency: "USD"},
		person(`=HYPERLINK("http://x","y")`, "person:x", `=HYPERLINK("http://x","y")`),
		person("@Ana Ruiz", "person:ana_ruiz", "Ana Ruiz"),
		person(" =Spaced", "person:spaced", " =Spaced"),
	})
	var cb bytes.Buffer
	if err := WriteCSV(&cb, a.Entities()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cb).ReadAll()
	if err != nil || len(rows) != 5 {
		t.Fatalf("%v %q", err, rows)
	}
	for _, r := range rows[1:] {
		for i, c := range r {
			if c := strings.TrimLeft(c, " "); c != "" && strings.ContainsRune("=+-@", rune(c[0])) && CSVHeader[i] != "amount" {
				t.Errorf("%s %q may run as a formula", CSVHeader[i], c)
			}
		}
		if r[1] == "MONEY" && (r[10] != "-5000000" || r[2] != "'-5000000 USD") {
			t.Errorf("money row %q", r)
		}
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

// TestMemoryPerDistinctMention: what deduplication costs, a set entry per
// distinct mention and per document of an entity.
func TestMemoryPerDistinctMention(t *testing.T) {
	var a Aggregator
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	const docs, per = 20_000, 25
	ms := make([]schema.Mention, per)
	for d := range docs {
		for i := range ms {
			ms[i] = schema.Mention{Type: schema.Person, Text: "Name", Key: fmt.Sprint("person:p", i%5), Canonical: "Name", Start: 10 * i, End: 10*i + 4}
		}
		a.AddDocument(fmt.Sprint("doc-", d), "en", time.Time{}, ms)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perMention := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (docs * per)
	t.Logf("%.0f bytes per distinct mention (%d mentions of 5 entities in %d documents)", perMention, docs*per, docs)
	if perMention > 128 {
		t.Fatalf("%.0f bytes per distinct mention", perMention)
	}
	runtime.KeepAlive(&a)
}

// TestMergeSurnamesNotOrganizations: a bare name the tagger took for a
// person joins no one when an organization has that name in the export
// (a company named after its founder: "Ferrero", "Dell"; an audit found
// the company's mentions joined into the founder).
func TestMergeSurnamesNotOrganizations(t *testing.T) {
	var a Aggregator
	doc := func(id string, ms ...schema.Mention) {
		for i := range ms {
			ms[i] = at(ms[i], 40*i)
		}
		a.AddDocument(id, "en", time.Time{}, ms)
	}
	person := func(name string) schema.Mention {
		r := resolve.Person(name, "en")
		return schema.Mention{Type: schema.Person, Text: name, Key: r.Key, Canonical: r.Canonical}
	}
	doc("d1", person("Giacomo Varnelli"))
	doc("d2", person("Varnelli")) // the company, tagged as a person
	doc("d3", schema.Mention{Type: schema.Organization, Text: "Varnelli", Key: "organization:varnelli", Canonical: "Varnelli"})
	doc("d4", person("Ottavia Brunetti"))
	doc("d5", person("Brunetti")) // no organization of that name: joins
	if got := a.MergeSurnames(); got != 1 {
		t.Errorf("MergeSurnames joined %d, want 1 (Brunetti)", got)
	}
	keys := map[string]bool{}
	for _, e := range a.Entities() {
		keys[e.Key] = true
	}
	if !keys[person("Varnelli").Key] {
		t.Errorf("the bare Varnelli was joined into Giacomo Varnelli beside the organization Varnelli")
	}
	if keys[person("Brunetti").Key] {
		t.Errorf("the bare Brunetti was not joined into Ottavia Brunetti")
	}
}

// TestDisplayName: the name shown is the most frequent of the script most
// mentions use, and of two as frequent the one with accents.
func TestDisplayName(t *testing.T) {
	for _, tc := range []struct {
		names map[string]int
		want  string
	}{
		{map[string]int{"Денис Квасов": 3, "Denis Kvasov": 2, "Dennis Kvasov": 2}, "Denis Kvasov"},
		{map[string]int{"Денис Квасов": 5, "Denis Kvasov": 2, "Dennis Kvasov": 2}, "Денис Квасов"},
		{map[string]int{"Thomas Mueller": 2, "Thomas Müller": 2}, "Thomas Müller"},
		{map[string]int{"Andrej Babis": 1, "Andrej Babiš": 1, "Andrej Babiš Jr": 3}, "Andrej Babiš Jr"},
		{map[string]int{"Ana Lopes": 1, "Ana Lopez": 1}, "Ana Lopes"},
	} {
		if got := displayName(tc.names); got != tc.want {
			t.Errorf("displayName(%v) = %q, want %q", tc.names, got, tc.want)
		}
	}
}

// TestMergeShortNames: an organization's short name, alone in some
// documents, joins the one longer name other documents linked it to, when
// it is that name without its group words; not a part of a longer name
// ("Oracle Deutschland", "Philip Morris International"), nor an acronym
// ("Bright Power (BP)" in one document is not every document's BP), nor a
// name two organizations have.
func TestMergeShortNames(t *testing.T) {
	var a Aggregator
	n := 0
	canon := map[string]string{} // a key's canonical name: its first text, as linking gives it
	org := func(text, key string) schema.Mention {
		if _, ok := canon[key]; !ok {
			canon[key] = text
		}
		return schema.Mention{Type: schema.Organization, Text: text, Key: "organization:" + key, Canonical: canon[key]}
	}
	doc := func(ms ...schema.Mention) {
		n++
		for i := range ms {
			ms[i] = at(ms[i], 40*i)
		}
		a.AddDocument(fmt.Sprint("d", n), "en", time.Time{}, ms)
	}
	doc(org("Volkswagen Group", "volkswagen-group"), org("Volkswagen", "volkswagen-group"))
	doc(org("Volkswagen", "volkswagen"))
	doc(org("Bright Power", "bright-power"), org("BP", "bright-power")) // "Bright Power (BP)"
	doc(org("BP", "bp"))                                                // the oil company
	doc(org("Philip Morris International", "pmi"), org("Philip Morris", "pmi"))
	doc(org("Philip Morris", "philip-morris"))
	doc(org("Oracle Deutschland", "oracle-deutschland"), org("Oracle", "oracle-deutschland"))
	doc(org("Oracle", "oracle"))
	doc(org("Ford Motor Company", "ford-motor"), org("Ford", "ford-motor"))
	doc(org("Ford Holdings", "ford-holdings"), org("Ford", "ford-holdings"))
	doc(org("Ford", "ford"))
	if got := a.MergeShortNames(); got != 1 {
		t.Errorf("MergeShortNames joined %d, want 1", got)
	}
	keys := map[string]Entity{}
	for _, e := range a.Entities() {
		keys[e.Key] = e
	}
	for k, want := range map[string]bool{
		"organization:volkswagen": false, "organization:bp": true, "organization:philip-morris": true,
		"organization:oracle": true, "organization:ford": true,
	} {
		if _, ok := keys[k]; ok != want {
			t.Errorf("%s kept: %v, want %v", k, ok, want)
		}
	}
	if e := keys["organization:volkswagen-group"]; e.Mentions != 3 || e.Documents != 2 {
		t.Errorf("Volkswagen Group: %d mentions in %d documents, want 3 in 2", e.Mentions, e.Documents)
	}
}

func TestShortFor(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"Volkswagen", "Volkswagen Group", true},
		{"Ford", "Ford Motor Company", true},
		{"Ryanair", "Ryanair Holdings", true},
		{"Oracle", "Oracle Deutschland", false},
		{"Nord Stream", "Nord Stream 2", false},
		{"Junta", "Junta de Extremadura", false},
		{"Philip Morris", "Philip Morris International", false},
		{"BP", "Bright Power", false},
		{"FARC", "Fuerzas Armadas Revolucionarias de Colombia", false},
	} {
		if got := shortFor(tc.short, tc.long); got != tc.want {
			t.Errorf("shortFor(%q, %q) = %v", tc.short, tc.long, got)
		}
	}
}

// TestCSVTimesAsJSON: first_seen and last_seen are the same instant in CSV
// as in the JSON lines, fraction of a second included (before, CSV cut it).
func TestCSVTimesAsJSON(t *testing.T) {
	var a Aggregator
	at := time.Date(2026, 11, 2, 9, 0, 41, 220_000_000, time.UTC)
	a.AddDocument("1", "en", at, []schema.Mention{person("Ana Ruiz", "person:ana_ruiz", "Ana Ruiz")})
	var cb, jb bytes.Buffer
	if err := WriteCSV(&cb, a.Entities()); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(&jb, a.Entities()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cb).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v %q", err, rows)
	}
	var e struct {
		FirstSeen string `json:"first_seen"`
	}
	if err := json.Unmarshal(jb.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	if rows[1][8] != e.FirstSeen || rows[1][8] != "2026-11-02T09:00:41.22Z" {
		t.Errorf("CSV first_seen %q, JSON %q", rows[1][8], e.FirstSeen)
	}
}
