package eval

import (
	"strings"
	"testing"

	"entities/extractor/schema"
)

func m(t schema.Type, s, e int) schema.Mention { return schema.Mention{Type: t, Start: s, End: e} }

func money(s, e int, amount, cur string) schema.Mention {
	return schema.Mention{Type: schema.Money, Start: s, End: e, Amount: amount, Currency: cur}
}

func TestScorer(t *testing.T) {
	var s Scorer
	gold := []schema.Mention{m(schema.Person, 0, 10), m(schema.Person, 20, 25), m(schema.Organization, 30, 40), money(50, 60, "590000", "USD"), money(70, 75, "5", "EUR")}
	pred := []schema.Mention{m(schema.Person, 0, 10), m(schema.Person, 19, 25), m(schema.Person, 30, 40), money(50, 60, "590", "USD"), money(70, 75, "5", "EUR"), money(80, 82, "1", "EUR")}
	s.Add("de", gold, pred)
	rows := s.Rows()
	byType := map[string]Row{}
	for _, r := range rows {
		byType[r.Type] = r
	}
	per := byType["PERSON"]
	// 3 predicted, 2 gold, 1 exact; overlap: both gold overlapped, 2 of 3 preds overlap a gold person.
	if per.Gold != 2 || per.Pred != 3 || per.Strict.Precision != 0.3333 || per.Strict.Recall != 0.5 {
		t.Errorf("PERSON row %+v", per)
	}
	if per.Overlap.Recall != 1 || per.Overlap.Precision != 0.6667 {
		t.Errorf("PERSON overlap %+v", per.Overlap)
	}
	org := byType["ORGANIZATION"]
	if org.Pred != 0 || org.Strict.Recall != 0 || org.Strict.F1 != 0 {
		t.Errorf("ORGANIZATION row %+v", org)
	}
	mon := byType["MONEY"]
	if mon.Strict.Precision != 0.6667 || mon.Strict.Recall != 1 || mon.NormAcc != 0.5 || mon.NormN != 2 {
		t.Errorf("MONEY row %+v", mon)
	}
	if len(rows) != 3 {
		t.Errorf("one group gives no ALL rows; got %d rows", len(rows))
	}
	s.Add("en", []schema.Mention{m(schema.Person, 0, 3)}, []schema.Mention{m(schema.Person, 0, 3)})
	rows = s.Rows()
	last := rows[len(rows)-len(schema.Types)]
	if last.Group != "ALL" || last.Type != "PERSON" || last.Gold != 3 || last.Docs != 2 {
		t.Errorf("ALL row %+v", last)
	}
	var b strings.Builder
	if err := WriteTable(&b, rows); err != nil || !strings.Contains(b.String(), "0.5000 (2)") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestSpansFromBIO(t *testing.T) {
	offs := [][2]int{{0, 5}, {6, 12}, {13, 15}, {16, 20}, {21, 24}, {25, 30}, {31, 35}}
	tags := []string{"B-PER", "I-PER", "O", "I-ORG", "B-LOC", "B-ORG", "I-PER"}
	got := SpansFromBIO(tags, offs)
	want := []schema.Mention{m(schema.Person, 0, 12), m(schema.Organization, 16, 20), m(schema.Organization, 25, 30), m(schema.Person, 31, 35)}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestProseTagger(t *testing.T) {
	p, err := NewProseTagger()
	if err != nil {
		t.Fatal(err)
	}
	tokens := strings.Fields("Yesterday Barack Obama met the press in Chicago .")
	tags := p.Tag(tokens)
	if len(tags) != len(tokens) {
		t.Fatalf("%d tags for %d tokens", len(tags), len(tokens))
	}
	if tags[1] != "B-PER" || tags[2] != "I-PER" {
		t.Fatalf("tags %v: prose's model should find the well-known name", tags)
	}
}
