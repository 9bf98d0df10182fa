package ner

import (
	"context"
	"strings"
	"testing"
)

// TestDocumentConsistency: once a name is tagged in full in one sentence, its
// parts recurring untagged elsewhere in the document are tagged as well.
func TestDocumentConsistency(t *testing.T) {
	tests := []struct {
		lang      string
		doc       []string
		full      string // a name the first sentence must yield
		recurring string // a token of it, alone in a later sentence
		typ       int
	}{
		{"en", []string{"Katrin Oberholzer , a partner at the firm , resigned on Friday .", "the board thanked Oberholzer for her work ."}, "Katrin Oberholzer", "Oberholzer", 0},
		{"de", []string{"Der Vorstand um Henrik Saalfeld legte am Montag Zahlen vor .", "Gestern erklärte Saalfeld , die Zahlen seien gut ."}, "Henrik Saalfeld", "Saalfeld", 0},
		{"en", []string{"Shares of Quillon Dynamics Corp rose 3 percent .", "analysts said the rise at Quillon Dynamics Corp was expected ."}, "Quillon Dynamics Corp", "Quillon Dynamics Corp", 1},
	}
	for _, tc := range tests {
		m, err := Load(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		var sents [][]string
		for _, s := range tc.doc {
			sents = append(sents, strings.Fields(s))
		}
		spans, margins, _ := m.tagDocument(context.Background(), sents, m.Card.Lang)
		found := false
		for _, sp := range spans[0] {
			if sp.typ == tc.typ && strings.Join(sents[0][sp.start:sp.end], " ") == tc.full {
				found = true
			}
		}
		if !found {
			t.Logf("%s: the model does not find %q in the first sentence; nothing to propagate", tc.lang, tc.full)
			continue
		}
		again := false
		for k, sp := range spans[1] {
			if sp.typ == tc.typ && strings.Join(sents[1][sp.start:sp.end], " ") == tc.recurring {
				again = true
			}
			if len(margins[1]) != len(spans[1]) || margins[1][k] < 0 {
				t.Errorf("%s: margins %v for spans %v", tc.lang, margins[1], spans[1])
			}
		}
		if !again {
			t.Errorf("%s: %q found in sentence 1 but %q not tagged in sentence 2: %v", tc.lang, tc.full, tc.recurring, spans[1])
		}
		for i := 1; i < len(spans[1]); i++ {
			if spans[1][i].start < spans[1][i-1].end {
				t.Errorf("%s: overlapping spans %v", tc.lang, spans[1])
			}
		}
	}
}

// TestTagDocumentMatchesEvaluation: TagDocument's tags are the spans the
// document evaluation scores, and a one-sentence document is tagged as
// TagTokens tags it.
func TestTagDocumentMatchesTagTokens(t *testing.T) {
	single := strings.Fields("Ngozi Adeyemi leads the Lagos office of Harwell Partners .")
	got := TagDocument("en", [][]string{single})
	if want := TagTokens("en", single); strings.Join(got[0], " ") != strings.Join(want, " ") {
		t.Errorf("one-sentence document %v, TagTokens %v", got[0], want)
	}
	doc := [][]string{
		strings.Fields("Ngozi Adeyemi leads the Lagos office of Harwell Partners ."),
		strings.Fields("Adeyemi joined in 2015 ."),
		{},
	}
	tags := TagDocument("en", doc)
	for i, s := range doc {
		if len(tags[i]) != len(s) {
			t.Fatalf("sentence %d: %d tags for %d tokens", i, len(tags[i]), len(s))
		}
	}
}

// TestKnownOrgs: the longest known organization at a position is found, a
// covered word cuts it, the highest margin is kept, and a lookup where a
// long name's first word recurs alone costs no allocation (joining the
// words of every known length cost a 256-word join there, issue: a 1 MB
// document repeating such a word took 8-15 s).
func TestKnownOrgs(t *testing.T) {
	o := newKnownOrgs()
	if !o.empty() {
		t.Fatal("new set not empty")
	}
	o.add(strings.Fields("Banco Central"), 0.5)
	o.add(strings.Fields("Banco Central do Brasil"), 0.4)
	o.add(strings.Fields("Banco Central"), 0.9)
	long := make([]string, 256)
	for i := range long {
		long[i] = "Word" + string(rune('A'+i%26))
	}
	long[0] = "Para"
	o.add(long, 0.3)
	s := strings.Fields("o Banco Central do Brasil e o Banco Central da Argentina Para que Para")
	for _, tc := range []struct {
		j       int
		covered int // index of a covered token, or -1
		n       int
		mg      float32
	}{
		{1, -1, 4, 0.4}, // the longest
		{1, 4, 2, 0.9},  // Brasil covered: the shorter, its highest margin
		{7, -1, 2, 0.9}, // "Banco Central da": the shorter
		{0, -1, 0, 0},
		{11, -1, 0, 0}, // "Para que": a long name's first word alone
		{13, -1, 0, 0}, // at the end of the sentence
	} {
		covered := make([]bool, len(s))
		if tc.covered >= 0 {
			covered[tc.covered] = true
		}
		if n, mg := o.longest(s, tc.j, covered); n != tc.n || mg != tc.mg {
			t.Errorf("longest at %d (covered %d): %d, %v; want %d, %v", tc.j, tc.covered, n, mg, tc.n, tc.mg)
		}
	}
	covered := make([]bool, len(s))
	if a := testing.AllocsPerRun(100, func() { o.longest(s, 11, covered) }); a != 0 {
		t.Errorf("a lookup at a long name's first word allocates %v times", a)
	}
	n, _ := o.longest(append(long[:256:256], "."), 0, make([]bool, 257))
	if n != 256 {
		t.Errorf("the 256-word name: %d", n)
	}
}
