package benchcorpus

import (
	"errors"
	"strings"
	"testing"

	"entities/extractor/ner"
)

func TestDetokenize(t *testing.T) {
	var b strings.Builder
	detokenize(&b, strings.Fields(`Anna ( 34 ) said `+"``"+` yes , really ''  to Bob 's 5 % offer .`))
	want := `Anna (34) said "yes, really" to Bob's 5% offer.`
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestCompose(t *testing.T) {
	s := []ner.Sentence{{Tokens: []string{"One", "."}}, {Tokens: []string{"Two", "."}}, {Tokens: []string{"Three", "."}}, {Tokens: []string{"Four", "."}}, {Tokens: []string{"Five", "."}}}
	text, rest := compose(s, 20)
	if text != "One. Two. Three.\n\nFour." || len(rest) != 1 {
		t.Errorf("got %q and %d left", text, len(rest))
	}
}

// TestBuild checks the corpus on the real data when it is there.
func TestBuild(t *testing.T) {
	dir, err := Dir()
	if errors.Is(err, ErrNoData) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Build(dir, Options{PerSource: 3})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	sources := map[string]bool{}
	for _, d := range docs {
		if seen[d.Text] {
			t.Errorf("%s repeats a document", d.ID)
		}
		seen[d.Text] = true
		sources[d.Source] = true
		if len(d.Text) < 1000 {
			t.Errorf("%s: %d bytes", d.ID, len(d.Text))
		}
	}
	if len(sources) < 10 || docs[0].Source == docs[1].Source {
		t.Errorf("%d sources, first two %s %s: want many, interleaved", len(sources), docs[0].Source, docs[1].Source)
	}
}
