package extractor

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"entities/extractor/benchcorpus"
	"entities/extractor/cputime"
	"entities/extractor/internal/golden"
	"entities/extractor/schema"

	"entities/extractor/internal/namecheck"
	"golang.org/x/text/unicode/norm"
)

func newEngine(t testing.TB, cfg Config) *Engine {
	t.Helper()
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func readSamples(t testing.TB) []schema.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "samples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []schema.Document
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		doc, err := schema.Decode(sc.Bytes(), 0)
		if err != nil {
			t.Fatalf("sample %q: %v", sc.Text(), err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestGolden runs the engine over our own multilingual samples and compares
// with testdata/samples.golden.jsonl (go test ./extractor -update rewrites it).
func TestGolden(t *testing.T) {
	e := newEngine(t, Config{})
	var out bytes.Buffer
	for _, doc := range readSamples(t) {
		res, err := e.Extract(context.Background(), doc)
		var v any = res
		if err != nil {
			var se *schema.Error
			if !errors.As(err, &se) {
				t.Fatalf("%s: error is not a *schema.Error: %v", doc.ID, err)
			}
			v = schema.Failure{ID: doc.ID, Error: *se}
		} else {
			checkInvariants(t, doc, res)
		}
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
	}
	golden.Check(t, filepath.Join("testdata", "samples.golden.jsonl"), out.Bytes())
}

// checkInvariants holds for every result whatever the models find.
func checkInvariants(t *testing.T, doc schema.Document, res schema.Result) {
	t.Helper()
	runes := []rune(doc.Text)
	prevEnd := 0
	for _, m := range res.Entities {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(runes) {
			t.Errorf("%s: mention %+v out of order, empty or outside the text", doc.ID, m)
			continue
		}
		prevEnd = m.End
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("%s: text[%d:%d] = %q, mention says %q", doc.ID, m.Start, m.End, got, m.Text)
		}
		prefix := map[schema.Type]string{schema.Person: "person:", schema.Organization: "organization:", schema.Money: "money:"}[m.Type]
		if prefix == "" || !strings.HasPrefix(m.Key, prefix) || len(m.Key) == len(prefix) {
			t.Errorf("%s: mention %q of type %s has key %q", doc.ID, m.Text, m.Type, m.Key)
		}
		if m.Canonical == "" {
			t.Errorf("%s: mention %q has no canonical form", doc.ID, m.Text)
		}
		if (m.Type == schema.Money) != (m.Amount != "" && m.Currency != "") {
			t.Errorf("%s: mention %+v: amount/currency only and always on MONEY", doc.ID, m)
		}
	}
}

func TestDetectsSampleLanguages(t *testing.T) {
	want := map[string]string{
		"en-1": "en", "en-2": "en", "de-1": "de", "de-2": "de", "fr-1": "fr", "es-1": "es", "it-1": "it",
		"pt-1": "pt", "nl-1": "nl", "pl-1": "pl", "ru-1": "ru", "sv-1": "sv", "tr-1": "tr", "adv-cjk": "ja",
		"mixed-1": "de", "mixed-2": "es",
	}
	e := newEngine(t, Config{})
	for _, doc := range readSamples(t) {
		w, ok := want[doc.ID]
		if !ok {
			continue
		}
		doc.Lang = "" // detection alone, no hint
		res, err := e.Extract(context.Background(), doc)
		if err != nil {
			t.Errorf("%s: %v", doc.ID, err)
			continue
		}
		if res.Lang != w {
			t.Errorf("%s: lang %q (%.2f), want %q", doc.ID, res.Lang, res.LangConfidence, w)
		}
		if strings.HasPrefix(doc.ID, "mixed") && len(res.Languages) < 2 {
			t.Errorf("%s: mixed document reported as one language: %+v", doc.ID, res)
		}
	}
}

func TestRejectsBadDocuments(t *testing.T) {
	e := newEngine(t, Config{MaxBytes: 64, RejectUnknownLanguage: true})
	tests := []struct {
		doc  schema.Document
		code schema.Code
	}{
		{schema.Document{ID: "empty", Text: "  "}, schema.CodeEmptyText},
		{schema.Document{ID: "big", Text: strings.Repeat("Wort ", 20)}, schema.CodeTooLarge},
		{schema.Document{ID: "utf8", Text: "Gr\xfc\xdfe"}, schema.CodeInvalidUTF8},
		{schema.Document{ID: "hint", Text: "Hallo Welt", Lang: "deu"}, schema.CodeBadLangHint},
		{schema.Document{ID: "und", Text: "12345 67890 !!!"}, schema.CodeUnknownLanguage},
	}
	for _, tt := range tests {
		_, err := e.Extract(context.Background(), tt.doc)
		if schema.CodeOf(err) != tt.code {
			t.Errorf("%s: err %v, want code %s", tt.doc.ID, err, tt.code)
		}
	}
	lenient := newEngine(t, Config{})
	res, err := lenient.Extract(context.Background(), schema.Document{ID: "und", Text: "12345 67890 !!!"})
	if err != nil || res.Lang != "und" {
		t.Fatalf("without RejectUnknownLanguage: %+v, %v; want lang und", res, err)
	}
}

func TestLangHint(t *testing.T) {
	e := newEngine(t, Config{})
	ctx := context.Background()
	// A hint in a script the text is not written in is overridden.
	de := "Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für kleine und mittlere Unternehmen deutlich zu erhöhen."
	res, err := e.Extract(ctx, schema.Document{Text: de, Lang: "ru"})
	if err != nil || res.Lang != "de" {
		t.Fatalf("hint in another script: got %q, %v; want de", res.Lang, err)
	}
	// Any other hint wins: the caller knows.
	res, err = e.Extract(ctx, schema.Document{Text: de, Lang: "nl"})
	if err != nil || res.Lang != "nl" {
		t.Fatalf("hint in the same script: got %q, %v; want nl", res.Lang, err)
	}
	// A hint on a text too short to tell is trusted.
	res, err = e.Extract(ctx, schema.Document{Text: "12 345", Lang: "sv"})
	if err != nil || res.Lang != "sv" {
		t.Fatalf("short text with hint: got %q, %v; want sv", res.Lang, err)
	}
	// "und", the label of a result whose language cannot be told, sent back
	// as a hint, is no hint: detection decides, and nothing is refused.
	for _, und := range []string{"und", "UND"} {
		res, err = e.Extract(ctx, schema.Document{Text: de, Lang: und})
		if err != nil || res.Lang != "de" {
			t.Fatalf("hint %q: got %q, %v; want de", und, res.Lang, err)
		}
	}
	res, err = e.Extract(ctx, schema.Document{Text: "$20", Lang: "und"})
	if err != nil || res.Lang != "und" || len(res.Entities) != 1 || res.Entities[0].Amount != "20" {
		t.Fatalf("$20 with hint und: got %+v, %v; want one amount of 20, lang und", res, err)
	}
}

func TestConcurrentUse(t *testing.T) {
	e := newEngine(t, Config{})
	docs := readSamples(t)
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			var err error
			for _, d := range docs {
				if _, e2 := e.Extract(context.Background(), d); e2 != nil && schema.CodeOf(e2) == schema.CodeInternal {
					err = e2
				}
			}
			done <- err
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestDropOverlaps(t *testing.T) {
	ms := []schema.Mention{
		{Type: schema.Organization, Start: 0, End: 3, Text: "US$"},
		{Type: schema.Money, Start: 0, End: 6, Text: "US$ 5m"},
		{Type: schema.Person, Start: 10, End: 20},
		{Type: schema.Person, Start: 12, End: 15},
		{Type: schema.Organization, Start: 20, End: 25},
	}
	want := []schema.Mention{ms[1], ms[2], ms[4]}
	got := dropOverlaps(ms)
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// newsText is ~2 KB of news-like German and English text with names,
// organizations and amounts, written for the benchmarks.
var newsText = func() string {
	s := "Der Chemiekonzern BASF hat im dritten Quartal einen Umsatz von 15,7 Mrd. Euro erzielt. " +
		"Vorstandschef Martin Brudermüller sagte am Mittwoch in Ludwigshafen, die Nachfrage aus China ziehe wieder an. " +
		"Analysten der Deutschen Bank hatten mit 590.000 Dollar weniger Gewinn je Sparte gerechnet. " +
		"Die Aktie legte um 2,40 Euro zu, nachdem Finanzchef Dirk Elvermann ein Sparprogramm über 500 Millionen Euro bestätigte. "
	for len(s) < 2048 {
		s += s
	}
	return s[:2048]
}()

func BenchmarkExtract2KB(b *testing.B) {
	e := newEngine(b, Config{})
	doc := schema.Document{ID: "bench", Text: strings.ToValidUTF8(newsText, "")}
	if _, err := e.Extract(context.Background(), doc); err != nil { // load models
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Extract(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// TestNamesLeaveOutInvisibleEdges checks that a name's span does not hold
// the direction marks or joiners written at its edges, which the tokenizer
// keeps inside words, while marks inside it stay.
func TestNamesLeaveOutInvisibleEdges(t *testing.T) {
	e := newEngine(t, Config{})
	for _, mark := range []string{"\u200e", "\u200f", "\u200d", "\u00ad", "\u2066"} {
		doc := "Bundeskanzlerin Angela Merkel" + mark + " traf am Montag " + mark + "Olaf Scholz in Berlin."
		res, err := e.Extract(context.Background(), schema.Document{ID: "x", Text: doc, Lang: "de"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range res.Entities {
			if m.Type == schema.Person {
				got = append(got, m.Text)
				if want := string([]rune(doc)[m.Start:m.End]); want != m.Text {
					t.Errorf("%q: text %q, offsets give %q", mark, m.Text, want)
				}
			}
		}
		if strings.Join(got, "|") != "Angela Merkel|Olaf Scholz" {
			t.Errorf("mark %q: persons %q, want Angela Merkel and Olaf Scholz without the mark", mark, got)
		}
	}
	inside := "Bundeskanzlerin Angela Mer\u00adkel traf am Montag Olaf Scholz in Berlin."
	res, err := e.Extract(context.Background(), schema.Document{ID: "y", Text: inside, Lang: "de"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) == 0 || res.Entities[0].Text != "Angela Mer\u00adkel" {
		t.Errorf("soft hyphen inside a name: %+v", res.Entities)
	}
}

// TestNoEndlessNames: a run of capitalized words the tagger reads as one
// organization is reported up to maxNameRunes code points, not beyond (a
// 131,028-code-point token was one organization, its key as long).
func TestNoEndlessNames(t *testing.T) {
	e := newEngine(t, Config{})
	words := strings.Fields("Northern Atlantic Shipping Cargo Freight Logistics Holding Transport Marine Harbour Terminal Container Services Trading Industrial")
	for _, n := range []int{8, 40} {
		name := strings.Join(append(append(words, words...), words...)[:n], " ")
		res, err := e.Extract(context.Background(), schema.Document{ID: "x", Lang: "en",
			Text: "Shares of " + name + " Corp rose 3 percent on Monday, the company said."})
		if err != nil {
			t.Fatal(err)
		}
		orgs := 0
		for _, m := range res.Entities {
			if m.Type == schema.Organization {
				orgs++
				if r := m.End - m.Start; r > maxNameRunes {
					t.Errorf("%d words: an organization of %d code points: %.60q...", n, r, m.Text)
				}
			}
		}
		if n == 8 && orgs == 0 {
			t.Errorf("%d words: the company (%d code points) is not found", n, len(name)+5)
		}
	}
}

// TestGenerationEndsTheName: a generation suffix the tagger gave a span of
// its own ends the person before it, and alone is no person (an audit found
// "Jr." a person of its own after "Martin Luther King").
func TestGenerationEndsTheName(t *testing.T) {
	e := newEngine(t, Config{})
	res, err := e.Extract(context.Background(), schema.Document{ID: "x", Lang: "en",
		Text: "Martin Luther King Jr. spoke in Washington, and Robert Downey Jr. came later."})
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Collect(func(yield func(string) bool) {
		for _, m := range res.Entities {
			if m.Type == schema.Person && !yield(m.Text) {
				return
			}
		}
	}); strings.Join(got, "|") != "Martin Luther King Jr.|Robert Downey Jr." {
		t.Errorf("persons %q", got)
	}
}

func TestHarmonizeTypes(t *testing.T) {
	ms := []schema.Mention{
		{Type: schema.Person, Text: "Denis Kvasov"},
		{Type: schema.Organization, Text: "Northwind"},
		{Type: schema.Organization, Text: "Kvasov"},
		{Type: schema.Person, Text: "Northwind"},
		{Type: schema.Money, Text: "Kvasov"},
		{Type: schema.Organization, Text: "Kvasov Holding"},
	}
	harmonizeTypes(ms, nil)
	want := []schema.Type{schema.Person, schema.Organization, schema.Person, schema.Organization, schema.Money, schema.Organization}
	for i, m := range ms {
		if m.Type != want[i] {
			t.Errorf("mention %d %q: %s, want %s", i, m.Text, m.Type, want[i])
		}
	}
}

// TestAddressedNameIsPerson: an organization of one or two words right
// after a title only persons are addressed by is a person; the company of
// the same name elsewhere in the document stays an organization, and
// titles of offices do not count.
func TestAddressedNameIsPerson(t *testing.T) {
	text := "Porsche legte Zahlen vor. Herr Porsche schwieg, Frau Lindner nicht. General Motors lud ein."
	ms := []schema.Mention{
		{Type: schema.Organization, Text: "Porsche", Start: 0, End: 7},
		{Type: schema.Organization, Text: "Porsche", Start: 31, End: 38},
		{Type: schema.Organization, Text: "Lindner", Start: 53, End: 60},
		{Type: schema.Organization, Text: "Motors", Start: 76, End: 82}, // after an office title
	}
	runes := []rune(text)
	for _, m := range ms {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Fatalf("offsets of %q give %q", m.Text, got)
		}
	}
	harmonizeTypes(ms, addressed(runes, ms, "de"))
	want := []schema.Type{schema.Organization, schema.Person, schema.Person, schema.Organization}
	for i, m := range ms {
		if m.Type != want[i] {
			t.Errorf("%q at %d: %s, want %s", m.Text, m.Start, m.Type, want[i])
		}
	}
	// "M." is a title in French only
	fr := []rune("Selon M. Renault, oui.")
	m := []schema.Mention{{Type: schema.Organization, Text: "Renault", Start: 9, End: 16}}
	if a := addressed(fr, m, "fr"); a == nil || !a[0] {
		t.Errorf("M. Renault in French not read as addressed")
	}
	if a := addressed(fr, m, "en"); a != nil && a[0] {
		t.Errorf("M. read as a title in English")
	}
}

// TestPersonName: a person's name starts after the titles the tagger took
// in, in their language, and ends before a title no name ends with; a title
// with nothing capitalized after it stays, and a span of titles only says
// so.
func TestPersonName(t *testing.T) {
	tests := []struct {
		text, lang, want string
		read             int
	}{
		{"Cumhurbaşkanı Recep Tayyip Erdoğan", "tr", "Recep Tayyip Erdoğan", aName},
		{"President Joe Biden", "en", "Joe Biden", aName},
		{"Premierul Ilie Bolojan", "ro", "Ilie Bolojan", aName},
		{"Premierul Ilie Bolojan", "en", "Premierul Ilie Bolojan", aName},
		{"Joe Biden", "en", "Joe Biden", aName},
		{"President", "en", "President", titlesOnly},
		{"Prime Minister", "en", "Minister", titlesOnly},
		{"King charles", "en", "King charles", aName},
		{"Genel Müdür Selin Aydın", "tr", "Selin Aydın", aName},
		{"Genel", "tr", "Genel", titlesOnly},
		{"Genel Başkanı", "tr", "Başkanı", titlesOnly},
		{"Ticaret Bakanı", "tr", "Ticaret", aBody},
		{"Yeşil Vadi Derneği Genel", "tr", "Yeşil Vadi Derneği", aBody},
		{"Carole King", "en", "Carole King", aName},
		{"Michael Bay", "tr", "Michael Bay", aName},
		{"Genel", "de", "Genel", aName},
		{"İstanbul Valisi Davut Gül", "tr", "Davut Gül", aName},
		{"Fransa Cumhurbaşkanı", "tr", "Fransa", aBody},
		{"Almanya Başbakanı", "tr", "Almanya", aBody},
		{"Prince", "en", "Prince", aName},
		{"King", "en", "King", aName},
		{"Chancellor", "en", "Chancellor", titlesOnly},
		// Indonesian and more Romanian titles (the blind set news4)
		{"Wakil Ketua", "id", "Ketua", titlesOnly},
		{"Gubernur Dedi Mulyadi", "id", "Dedi Mulyadi", aName},
		{"Ketua Dedi", "en", "Ketua Dedi", aName},
		{"Guvernatorul Mugur Isărescu", "ro", "Mugur Isărescu", aName},
	}
	for _, tt := range tests {
		rs := []rune("« " + tt.text + " »")
		start, end, read := personName(rs, 2, 2+len([]rune(tt.text)), tt.lang)
		if got := string(rs[start:end]); got != tt.want || read != tt.read {
			t.Errorf("personName(%q, %s) = %q, %d; want %q, %d", tt.text, tt.lang, got, read, tt.want, tt.read)
		}
	}
}

// TestTitlesAreNoPersons: through the whole extractor, a person the tagger
// finds made of titles only is left out ("Genel" of "Genel müdür", general
// manager; "Ticaret" of "Ticaret Bakanı", minister of trade), a name cut before a Turkish title is an organization when its
// last word says so, and a title that is also the family name of a person
// named in the document stays (King).
func TestTitlesAreNoPersons(t *testing.T) {
	e := newEngine(t, Config{})
	docs := []schema.Document{
		{Lang: "tr", Text: "Ticaret Bakanı Murat Çelik ihracat rakamlarını açıkladı. Genel Sekreter Emre Koç da toplantıya katıldı."},
		{Lang: "tr", Text: "Kuzey Enerji, yeni santral için 40 milyon lira harcayacak. Genel müdür Selin Aydın, çalışmaların baharda başlayacağını belirtti."},
		{Lang: "tr", Text: "Yeşil Vadi Derneği Genel Başkanı Deniz Arslan basın toplantısı düzenledi."},
	}
	for _, d := range docs {
		res, err := e.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range res.Entities {
			if m.Type == schema.Person && (strings.Contains(m.Text, "Genel") || strings.Contains(m.Text, "Ticaret")) {
				t.Errorf("%q: a title read as a person: %+v", d.Text, m)
			}
		}
	}
	ms := []schema.Mention{
		{Type: schema.Person, Text: "Stephen King"},
		{Type: schema.Person, Text: "King"},
		{Type: schema.Person, Text: "President"},
	}
	got := dropTitles(ms, []int{1, 2})
	if len(got) != 2 || got[1].Text != "King" {
		t.Errorf("dropTitles = %+v, want Stephen King and King", got)
	}
}

// TestMixedMentionsCarryTheirLanguage: in a mixed document a mention in a
// paragraph of another language says so; the others leave lang empty.
func TestMixedMentionsCarryTheirLanguage(t *testing.T) {
	e := newEngine(t, Config{})
	text := "Der Aufsichtsrat der Nordhafen AG hat am Montag eine Dividende von 0,35 Euro je Aktie vorgeschlagen.\n" +
		"In London, analysts said the payout of €410 million was lower than they had expected this year."
	res, err := e.Extract(context.Background(), schema.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Languages) != 2 {
		t.Fatalf("not seen as mixed: %+v", res)
	}
	langs := map[string]string{}
	for _, m := range res.Entities {
		if m.Type == schema.Money {
			langs[m.Text] = m.Lang
		}
	}
	want := map[string]string{"0,35 Euro": "", "€410 million": "en"}
	if res.Lang == "en" {
		want = map[string]string{"0,35 Euro": "de", "€410 million": ""}
	}
	for text, l := range want {
		if got, ok := langs[text]; !ok || got != l {
			t.Errorf("mention %q: lang %q (found %v), want %q; document %s", text, got, ok, l, res.Lang)
		}
	}
}

// corpus returns the unique benchmark documents (see extractor/benchcorpus),
// or skips when ../shared/data is missing.
func corpus(b *testing.B, opt benchcorpus.Options) []benchcorpus.Document {
	dir, err := benchcorpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	docs, err := benchcorpus.Build(dir, opt)
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// BenchmarkExtractCorpus extracts unique ~2 KB documents built from the val
// text of every source in ../shared/data: "all" takes them in turn, one
// source after another; the others one source each. No document is
// extracted twice unless b.N exceeds the corpus.
//
//	go test -run XXX -bench ExtractCorpus ./extractor/
func BenchmarkExtractCorpus(b *testing.B) {
	docs := corpus(b, benchcorpus.Options{})
	e := newEngine(b, Config{})
	bySource := map[string][]benchcorpus.Document{}
	var sources []string
	for _, d := range docs {
		if bySource[d.Source] == nil {
			sources = append(sources, d.Source)
		}
		bySource[d.Source] = append(bySource[d.Source], d)
		if len(bySource[d.Source]) == 1 { // load the models before timing
			e.Extract(context.Background(), schema.Document{ID: d.ID, Text: d.Text})
		}
	}
	run := func(b *testing.B, docs []benchcorpus.Document) {
		var bytes int64
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 := cputime.Process()
		for i := 0; i < b.N; i++ {
			d := docs[i%len(docs)]
			bytes += int64(len(d.Text))
			if _, err := e.Extract(context.Background(), schema.Document{ID: d.ID, Text: d.Text}); err != nil {
				b.Fatal(err)
			}
		}
		// CPU time, garbage collection included, is steadier than the
		// clock on a machine shared with other work.
		b.ReportMetric(float64((cputime.Process()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/doc")
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		b.ReportMetric(float64(bytes)/float64(b.N), "bytes/doc")
	}
	b.Run("all", func(b *testing.B) { run(b, docs) })
	sort.Strings(sources)
	for _, s := range sources {
		b.Run(strings.ReplaceAll(s, "/", "-"), func(b *testing.B) { run(b, bySource[s]) })
	}
}

// BenchmarkExtractSize extracts one long document of running news (CoNLL
// English) of 64 KB to 4 MiB: time per MB should stay flat. cpu-s/MiB is
// the process's CPU time (garbage collection included) per MiB.
//
//	go test -run XXX -bench ExtractSize -benchtime 1x ./extractor/
func BenchmarkExtractSize(b *testing.B) {
	dir, err := benchcorpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	e := newEngine(b, Config{MaxBytes: 8 << 20})
	if doc, err := benchcorpus.Large(dir, "en", 2000); err != nil { // load the models
		b.Fatal(err)
	} else if _, err := e.Extract(context.Background(), schema.Document{ID: "load", Text: doc.Text}); err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20, 4 << 20} {
		doc, err := benchcorpus.Large(dir, "en", size)
		if err != nil {
			b.Fatal(err)
		}
		doc.Text = doc.Text[:size]
		doc.Text = strings.ToValidUTF8(doc.Text, "")
		name := fmt.Sprintf("%dKB", size>>10)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			cpu0 := cputime.Process()
			for i := 0; i < b.N; i++ {
				if _, err := e.Extract(context.Background(), schema.Document{ID: doc.ID, Text: doc.Text}); err != nil {
					b.Fatal(err)
				}
			}
			mib := float64(b.N) * float64(len(doc.Text)) / (1 << 20)
			b.ReportMetric(b.Elapsed().Seconds()/mib, "s/MiB")
			b.ReportMetric((cputime.Process()-cpu0).Seconds()/mib, "cpu-s/MiB")
		})
	}
}

// dropOverlapsByInsertion is dropOverlaps as it was (a sorted list with an
// insertion per kept mention, quadratic in long documents): the reference
// for TestDropOverlapsMatchesInsertion.
func dropOverlapsByInsertion(ms []schema.Mention) []schema.Mention {
	sortByPriority(ms)
	kept := make([]schema.Mention, 0, len(ms))
	for _, m := range ms {
		i := sort.Search(len(kept), func(i int) bool { return kept[i].Start >= m.Start })
		if i > 0 && kept[i-1].End > m.Start || i < len(kept) && kept[i].Start < m.End {
			continue
		}
		kept = append(kept, schema.Mention{})
		copy(kept[i+1:], kept[i:])
		kept[i] = m
	}
	return kept
}

func TestDropOverlapsMatchesInsertion(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	types := []schema.Type{schema.Person, schema.Organization, schema.Money}
	for round := 0; round < 2000; round++ {
		n := r.IntN(30)
		ms := make([]schema.Mention, n)
		for i := range ms {
			start := r.IntN(60)
			ms[i] = schema.Mention{Type: types[r.IntN(3)], Start: start, End: start + 1 + r.IntN(8), Key: strconv.Itoa(i)}
		}
		want := dropOverlapsByInsertion(append([]schema.Mention(nil), ms...))
		got := dropOverlaps(append([]schema.Mention(nil), ms...))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: %+v\ngot  %+v\nwant %+v", round, ms, got, want)
		}
	}
}

// TestDatelines: the place in capitals that opens a wire story's line,
// with its agency or date, is no name; a name the tagger ran from it into
// the agency is the agency; a name in capitals before a dash alone, or
// before a lowercase clause, stays.
func TestDatelines(t *testing.T) {
	e := newEngine(t, Config{})
	tests := []struct {
		lang, text string
		want, not  []string
	}{
		{"en", "Housing plan unveiled\nWASHINGTON (AP) — The administration unveiled a new housing plan on Tuesday.",
			[]string{"ORGANIZATION AP"}, []string{"WASHINGTON", "WASHINGTON (AP)"}},
		{"fr", "Logement\nLYON, 3 décembre – La métropole a présenté mardi un nouveau plan pour le logement.",
			nil, []string{"LYON"}},
		{"no", "Strømstøtte\nBERGEN (NTB): Statsminister Jonas Gahr Støre lover mer strømstøtte.",
			[]string{"ORGANIZATION NTB"}, []string{"BERGEN"}},
		{"it", "Governo\n(ANSA) - ROMA, 3 MAR - La presidente del Consiglio ha parlato con i sindacati.",
			[]string{"ORGANIZATION ANSA"}, []string{"ROMA"}},
		// a company or a club in capitals and a dash is no dateline
		{"en", "Stocks to watch\nDEUTSCHE BANK - The German lender said on Tuesday it would cut costs.",
			[]string{"ORGANIZATION DEUTSCHE BANK"}, nil},
		{"de", "Ergebnisse\nVFB STUTTGART - EINTRACHT FRANKFURT 2:2",
			[]string{"ORGANIZATION VFB STUTTGART"}, nil},
		{"en", "Stocks to watch\nDEUTSCHE BANK (DBKGn.DE) - The German lender said on Tuesday it would cut costs.",
			[]string{"ORGANIZATION DEUTSCHE BANK"}, nil},
		{"no", "Boligplan\nOSLO (NTB) – Regjeringen la tirsdag fram en ny boligplan, sa Jonas Gahr Støre.",
			[]string{"ORGANIZATION NTB", "PERSON Jonas Gahr Støre"}, []string{"OSLO"}},
		{"en", "Air policing\nNATO – the alliance said on Tuesday it would expand its air policing.",
			[]string{"ORGANIZATION NATO"}, nil},
	}
	for _, tt := range tests {
		res, err := e.Extract(context.Background(), schema.Document{Lang: tt.lang, Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range res.Entities {
			got = append(got, string(m.Type)+" "+m.Text)
			if string([]rune(tt.text)[m.Start:m.End]) != m.Text {
				t.Errorf("%q: %+v: offsets do not hold its text", tt.text, m)
			}
		}
		namecheck.Check(t, tt.text, got, tt.want, tt.not)
	}
}

// TestDecomposedText: a text in the decomposed form (NFD: "u" and a
// combining diaeresis) gives the names and keys of the same text composed,
// with offsets and texts of its own.
func TestDecomposedText(t *testing.T) {
	e := newEngine(t, Config{})
	docs := []schema.Document{
		{Lang: "de", Text: "Der Vorstand Jürgen Möller von der Kölner Rück sagte am Montag, die Gespräche mit Björn Åkesson seien beendet."},
		{Lang: "cs", Text: "Ředitel společnosti Tomáš Řezníček oznámil, že Škoda Auto zvýší výrobu o 12 procent."},
		{Lang: "es", Text: "El presidente de Telefónica, Ramón Pérez, anunció una inversión de 1.200 millones de euros."},
	}
	for _, d := range docs {
		want, err := e.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		nfd := d
		nfd.Text = norm.NFD.String(d.Text)
		if nfd.Text == d.Text {
			t.Fatalf("%q has nothing to decompose", d.Text)
		}
		got, err := e.Extract(context.Background(), nfd)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Entities) != len(want.Entities) || len(want.Entities) < 2 {
			t.Errorf("%q: %d mentions decomposed, %d composed: %+v", d.Text, len(got.Entities), len(want.Entities), got.Entities)
			continue
		}
		rs := []rune(nfd.Text)
		for i, g := range got.Entities {
			w := want.Entities[i]
			if g.Key != w.Key || g.Canonical != w.Canonical || g.Type != w.Type || norm.NFC.String(g.Text) != w.Text {
				t.Errorf("%q: %+v decomposed, %+v composed", d.Text, g, w)
			}
			if string(rs[g.Start:g.End]) != g.Text {
				t.Errorf("%q: %+v: offsets do not hold its text", d.Text, g)
			}
		}
	}
}

// TestDecomposedOffsets: in text with combining marks anywhere (composable
// or not, several in a row, at the start), every mention's offsets hold its
// text and mentions do not overlap.
func TestDecomposedOffsets(t *testing.T) {
	e := newEngine(t, Config{})
	base := []rune("Anna Müller von der Nordbank zahlte 3,5 Mio. Euro an Åsa Öberg und die Société Générale.")
	marks := []rune{'\u0301', '\u0308', '\u030a', '\u0327', '\u0323', '\u0345'}
	rng := rand.New(rand.NewPCG(7, 9))
	for round := range 200 {
		var b []rune
		for _, r := range norm.NFD.String(string(base)) {
			b = append(b, r)
			if rng.IntN(12) == 0 {
				b = append(b, marks[rng.IntN(len(marks))])
			}
		}
		if rng.IntN(4) == 0 {
			b = append([]rune{marks[rng.IntN(len(marks))]}, b...)
		}
		text := string(b)
		res, err := e.Extract(context.Background(), schema.Document{Lang: "de", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		end := 0
		for _, m := range res.Entities {
			if m.Start < end || m.End <= m.Start || m.End > len(b) || string(b[m.Start:m.End]) != m.Text {
				t.Fatalf("round %d, %q: %+v", round, text, m)
			}
			end = m.End
		}
	}
}

// TestResultCarriesTitleAndMeta: the document's title and meta come back
// in its result unchanged, so results join back to the caller's records; a
// null meta is none.
func TestResultCarriesTitleAndMeta(t *testing.T) {
	e := newEngine(t, Config{})
	meta := json.RawMessage(`{"feed":"wire-7","tags":["energy",3],"n":{"x":null}}`)
	res, err := e.Extract(context.Background(), schema.Document{ID: "m1", Title: "Ørsted sells stake", Text: "Ørsted sold a stake to Equinor for $2 billion.", Meta: meta})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Ørsted sells stake" || string(res.Meta) != string(meta) {
		t.Errorf("title %q, meta %s; want them as sent", res.Title, res.Meta)
	}
	b, _ := json.Marshal(res)
	if !strings.Contains(string(b), `"meta":{"feed":"wire-7"`) || !strings.Contains(string(b), `"title":"Ørsted sells stake"`) {
		t.Errorf("encoded result %s lacks title or meta", b)
	}
	res, err = e.Extract(context.Background(), schema.Document{Text: "Ørsted sold a stake.", Meta: json.RawMessage("null")})
	if err != nil || res.Meta != nil {
		t.Errorf("null meta: %s, %v; want none", res.Meta, err)
	}
}
