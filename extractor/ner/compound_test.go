package ner

import (
	"reflect"
	"testing"

	"entities/extractor/internal/namecheck"
	"entities/extractor/text"
)

// TestCompoundHeads: a name that begins a hyphenated compound is found
// ("SPD-Fraktion", "PVV-leider", "Trump-era", "Deutsche Bank-Chef"), with
// its own offsets, also where the tagger misses it but finds it elsewhere in
// the document; names the tagger found in a compound stay whole, and given
// names of streets and hyphenated names are no such heads.
func TestCompoundHeads(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // "TYPE text" of names that must be found
		not        []string // texts that must not be found
	}{
		{"de", "Die SPD-Fraktion im Landtag stimmte am Dienstag gegen den Haushalt.",
			[]string{"ORGANIZATION SPD"}, []string{"SPD-Fraktion"}},
		{"de", "Der Deutsche Bank-Chef und der SPD-Vorsitzende trafen sich in Frankfurt.",
			[]string{"ORGANIZATION Deutsche Bank", "ORGANIZATION SPD"}, nil},
		{"de", "Die Feier findet in der Michael-Ende-Straße statt, sagte Hans-Peter Krüger.",
			[]string{"PERSON Hans-Peter Krüger"}, []string{"Michael", "Hans"}},
		{"nl", "PVV-leider Geert Wilders reageerde woensdag op het nieuwe kabinet.",
			[]string{"ORGANIZATION PVV", "PERSON Geert Wilders"}, nil},
		{"en", "Several Trump-era rules on emissions were withdrawn on Monday.",
			[]string{"PERSON Trump"}, nil},
		{"de", "Nach dem Spiel sagte Müller-Wohlfahrt, die Verletzung sei leicht.",
			nil, []string{"Müller", "Wohlfahrt"}},
		{"de", "Ein Siemens-Sprecher sagte am Montag, Coca-Cola habe reagiert. Siemens selbst schwieg.",
			[]string{"ORGANIZATION Siemens"}, []string{"Siemens-Sprecher", "Coca"}},
		{"en", "Dallas-based Comerica said on Tuesday that it would cut 300 jobs.",
			[]string{"ORGANIZATION Comerica"}, []string{"Dallas-based Comerica", "Dallas"}},
		{"de", "Die Trump-Regierung plant neue Zölle. Donald Trump sagte das am Montag.",
			[]string{"PERSON Trump", "PERSON Donald Trump"}, nil},
		{"no", "Corona-pandemien har kostet milliarder. Anti-vaksine-grupper protesterer, sier Jonas Gahr Støre.",
			[]string{"PERSON Jonas Gahr Støre"}, []string{"Corona", "Anti"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Find(tt.text, text.Tokenize(tt.text), tt.lang) {
			got = append(got, sp.Type+" "+string([]rune(tt.text)[sp.Start:sp.End]))
		}
		namecheck.Check(t, tt.text, got, tt.want, tt.not)
	}
}

func TestCompoundHead(t *testing.T) {
	de, err := Load("de")
	if err != nil {
		t.Fatal(err)
	}
	en, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		m    *Model
		tok  string
		head string
	}{
		{de, "SPD-Fraktionschef", "SPD"},
		{de, "Wirecard-Chef", "Wirecard"},
		{de, "EU-Kommission", "EU"},
		{de, "SPD-geführte", "SPD"},
		{de, "Hans-Jürgen", ""}, // a given name
		{de, "Michael-Ende-Straße", ""},
		{de, "E-Mail", ""},
		{de, "Re-Integration", ""},
		{en, "Trump-era", "Trump"},
		{en, "Coca-Cola", ""}, // no dictionary outside German: capitalized rests stay
		{en, "re-election", ""},
		{en, "US-based", ""}, // a place
		{en, "Anti-war", ""},
		{en, "Ex-minister", ""},
	}
	for _, tt := range tests {
		h, ok, _ := tt.m.compoundHead(tt.tok)
		if ok != (tt.head != "") || h != tt.head && ok {
			t.Errorf("compoundHead(%q) = %q, %v; want %q", tt.tok, h, ok, tt.head)
		}
	}
}

// TestHeadlineNames: a name run across a headline's words is split into
// the names the body gives inside it; a span of a sentence that ends as
// prose, or one the body names whole, stays.
func TestHeadlineNames(t *testing.T) {
	sents := [][]string{
		{"Northwind", "beat", "Harbor", "City", "again"},
		{"Northwind", "won", "against", "Harbor", "City", "on", "Sunday", "."},
		{"Banca", "centrale", "europea", "holds", "rates"},
		{"The", "Banca", "centrale", "europea", "met", "."},
		{"Kestrel", "Lane", "beat", "Moor", "FC", "."},
	}
	spans := [][]span{
		{{typ: 1, start: 0, end: 4}},
		{{typ: 1, start: 0, end: 1}, {typ: 1, start: 3, end: 5}},
		{{typ: 1, start: 0, end: 3}},
		{{typ: 1, start: 1, end: 4}},
		{{typ: 1, start: 0, end: 5}},
	}
	margins := make([][]float32, len(spans))
	for i := range spans {
		margins[i] = make([]float32, len(spans[i]))
	}
	headlineNames(sents, spans, margins)
	want := [][]span{
		{{typ: 1, start: 0, end: 1}, {typ: 1, start: 2, end: 4}},
		{{typ: 1, start: 0, end: 1}, {typ: 1, start: 3, end: 5}},
		{{typ: 1, start: 0, end: 3}},
		{{typ: 1, start: 1, end: 4}},
		{{typ: 1, start: 0, end: 5}},
	}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("headlineNames: %v, want %v", spans, want)
	}
}
