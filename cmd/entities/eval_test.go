package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"entities/extractor/eval"
	"entities/extractor/ner"
	"entities/extractor/schema"
)

// writeTSV writes sentences given as "token/TAG token/TAG ..." lines (a token
// without a tag is O) as a token-per-line file.
func writeTSV(t *testing.T, path string, sents ...string) {
	t.Helper()
	var b strings.Builder
	for _, s := range sents {
		for _, f := range strings.Fields(s) {
			tok, tag, ok := strings.Cut(f, "/")
			if !ok {
				tag = "O"
			}
			b.WriteString(tok + "\t" + tag + "\n")
		}
		b.WriteString("\n")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEvalBySeen(t *testing.T) {
	dir := t.TempDir()
	writeTSV(t, filepath.Join(dir, "ner", "mini", "en", "train.tsv"),
		"Maria/B-PER Lindqvist/I-PER visited Orvalis/B-ORG Corp/I-ORG in Brenton/B-LOC .")
	writeTSV(t, filepath.Join(dir, "ner", "mini", "en", "val.tsv"),
		"Maria/B-PER Lindqvist/I-PER met Tobias/B-PER Wern/I-PER of Orvalis/B-ORG Corp/I-ORG .",
		"Kettle/B-ORG Group/I-ORG hired Lindqvist/B-PER , and Brenton/B-PER Hale/I-PER left .")
	writeTSV(t, filepath.Join(dir, "ner", "mini", "de", "train.tsv"),
		"Jonas/B-PER Albrecht/I-PER arbeitet bei Feldmark/B-ORG AG/I-ORG .")
	writeTSV(t, filepath.Join(dir, "ner", "mini", "de", "val.tsv"),
		"Jonas/B-PER Albrecht/I-PER und Petra/B-PER Sonnleitner/I-PER verlassen Feldmark/B-ORG AG/I-ORG .")
	// a val split without a training split beside it gets no seen/unseen rows
	writeTSV(t, filepath.Join(dir, "ner", "devonly", "de", "val.tsv"),
		"Petra/B-PER Sonnleitner/I-PER leitet Hallgrund/B-ORG .")

	out, errs, code := runCLI(t, "", "eval", "--val", "--data", dir, "--by-seen", "--types", "PERSON,ORGANIZATION", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rows []eval.Row
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	got := map[string]eval.Row{}
	for _, r := range rows {
		got[r.Group+"|"+r.Type] = r
	}
	// Gold counts do not depend on the tagger. "Lindqvist" alone and
	// "Brenton Hale" are not names of the training split (only "Maria
	// Lindqvist" and the place "Brenton" are).
	wantGold := map[string]int{
		"mini/en|PERSON": 4, "mini/en seen|PERSON": 1, "mini/en unseen|PERSON": 3,
		"mini/en|ORGANIZATION": 2, "mini/en seen|ORGANIZATION": 1, "mini/en unseen|ORGANIZATION": 1,
		"mini/de|PERSON": 2, "mini/de seen|PERSON": 1, "mini/de unseen|PERSON": 1,
		"mini/de|ORGANIZATION": 1, "mini/de seen|ORGANIZATION": 1, "mini/de unseen|ORGANIZATION": 0,
		"devonly/de|PERSON": 1, "devonly/de|ORGANIZATION": 1,
		"ALL|PERSON": 7, "ALL|ORGANIZATION": 4, // the parts are not counted twice
	}
	for k, n := range wantGold {
		r, ok := got[k]
		if !ok && n > 0 {
			t.Errorf("no row %s in %s", k, out)
			continue
		}
		if r.Gold != n {
			t.Errorf("%s: gold %d, want %d", k, r.Gold, n)
		}
	}
	for k := range got {
		if strings.HasPrefix(k, "devonly/de ") {
			t.Errorf("row %s for a set without a training split", k)
		}
	}
	// every prediction falls in exactly one part
	for _, g := range []string{"mini/en", "mini/de"} {
		for _, typ := range []string{"PERSON", "ORGANIZATION"} {
			whole, seen, unseen := got[g+"|"+typ], got[g+" seen|"+typ], got[g+" unseen|"+typ]
			if seen.Pred+unseen.Pred != whole.Pred || correct(seen)+correct(unseen) != correct(whole) {
				t.Errorf("%s %s: parts %+v + %+v do not add up to %+v", g, typ, seen, unseen, whole)
			}
		}
	}
}

// correct is the number of strictly right predictions of a row.
func correct(r eval.Row) int { return int(math.Round(r.Strict.Recall * float64(r.Gold))) }

func TestSpanErrors(t *testing.T) {
	both := []schema.Type{schema.Person, schema.Organization}
	tests := []struct {
		name       string
		gold, pred string
		types      []schema.Type
		want       []string // kind type class start-end
	}{
		{"right", "B-PER I-PER O", "B-PER I-PER O", both, nil},
		{"spurious and missed", "O B-ORG O", "B-ORG O O", both, []string{"FP ORG spurious 0-1", "FN ORG missed 1-2"}},
		{"boundary both ways", "B-ORG I-ORG O", "B-ORG O O", both, []string{"FP ORG boundary 0-1", "FN ORG boundary 0-2"}},
		{"another type", "B-LOC O B-PER", "B-ORG O B-ORG", both, []string{"FP ORG type:LOC 0-1", "FP ORG type:PER 2-3", "FN PER as:ORG 2-3"}},
		{"unreported types are not scored", "B-LOC O B-PER", "B-ORG O B-ORG", []schema.Type{schema.Person}, []string{"FN PER as:ORG 2-3"}},
		{"an I- tag starts a span", "O I-ORG I-ORG", "O B-ORG I-ORG", both, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range spanErrors(strings.Fields(tt.gold), strings.Fields(tt.pred), tt.types) {
			got = append(got, fmt.Sprintf("%s %s %s %d-%d", e.Kind, e.Type, e.Class, e.Span.start, e.Span.end))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	var b strings.Builder
	toks := strings.Fields("a b c d e Name Inc f g h i j")
	if err := writeSpanErrors(&b, "set/xx", toks, []spanError{{Kind: "FN", Type: "ORG", Class: "missed", Span: tagSpan{"ORG", 5, 7}}}); err != nil {
		t.Fatal(err)
	}
	if want := "set/xx\tFN\tORG\tmissed\tb c d e [[Name Inc]] f g h i\n"; b.String() != want {
		t.Errorf("writeSpanErrors wrote %q, want %q", b.String(), want)
	}
}

// TestEvalDocs: with --docs N, every N consecutive sentences are tagged as
// one document (ner.TagDocument), so a bare surname after the full name is
// tagged as extract tags it. The surname is a place-like word (the first
// of a list) that the English model does not take for a person alone but
// does after "Tobias <word>" in the same document: --docs 2 finds one more
// gold name than --docs 1 and the split between the two chunks of --docs 2
// keeps the last pair apart. The predictions must be those of TagDocument
// over each chunk.
func TestEvalDocs(t *testing.T) {
	full := func(w string) []string {
		return strings.Fields("Chief executive Tobias " + w + " of Orvalis Corp said on Monday that profits rose .")
	}
	bare := func(w string) []string { return strings.Fields(w + " said more .") }
	word := ""
	for _, w := range []string{"Austin", "Houston", "Dallas", "Sydney", "Bristol", "Madison", "Florence", "Kent", "Jordan", "Georgia"} {
		alone := ner.TagTokens("en", bare(w))[0]
		inDoc := ner.TagDocument("en", [][]string{full(w), bare(w)})[1][0]
		if alone == "O" && inDoc == "B-PER" {
			word = w
			break
		}
	}
	if word == "" {
		t.Fatal("no word of the list is tagged PERSON only after the full name in the same document: document consistency is lost")
	}
	dir := t.TempDir()
	sents := []string{
		"Chief/O executive/O Tobias/B-PER " + word + "/I-PER of/O Orvalis/B-ORG Corp/I-ORG said/O on/O Monday/O that/O profits/O rose/O ./O",
		word + "/B-PER said/O more/O ./O",
		"Analysts/O at/O Kettle/B-ORG Group/I-ORG were/O not/O surprised/O ./O",
		word + "/B-PER said/O more/O ./O",
	}
	path := filepath.Join(dir, "ner", "mini", "en", "val.tsv")
	writeTSV(t, path, sents...)
	read, err := ner.ReadTSVFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var toks [][]string
	for _, s := range read {
		toks = append(toks, s.Tokens)
	}
	count := func(tags [][]string) int {
		n := 0
		for _, s := range tags {
			for _, tg := range s {
				if strings.HasPrefix(tg, "B-") {
					n++
				}
			}
		}
		return n
	}
	tp := map[int]int{}
	for _, docs := range []int{1, 2, 4} {
		want := 0
		for lo := 0; lo < len(toks); lo += docs {
			want += count(ner.TagDocument("en", toks[lo:min(lo+docs, len(toks))]))
		}
		out, errs, code := runCLI(t, "", "eval", "--val", "--data", dir, "--docs", fmt.Sprint(docs), "--types", "PERSON,ORGANIZATION", "--json")
		if code != 0 {
			t.Fatalf("--docs %d: exit %d: %s", docs, code, errs)
		}
		var rows []eval.Row
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%v in %s", err, out)
		}
		got := 0
		for _, r := range rows {
			if r.Group == "mini/en" {
				got += r.Pred
				tp[docs] += int(math.Round(r.Strict.Recall * float64(r.Gold)))
			}
		}
		if got != want {
			t.Errorf("--docs %d: %d predicted names, TagDocument over chunks of %d gives %d", docs, got, docs, want)
		}
	}
	if tp[2] != tp[1]+1 || tp[4] != tp[1]+2 {
		t.Errorf("strict matches with --docs 1, 2, 4: %d, %d, %d; want the bare %s found in the first chunk only with 2, in both with 4", tp[1], tp[2], tp[4], word)
	}
	for _, docs := range []string{"0", "-3"} {
		_, errs, code := runCLI(t, "", "eval", "--val", "--data", dir, "--docs", docs)
		if code != 2 || !strings.Contains(errs, "--docs "+docs) {
			t.Errorf("--docs %s: exit %d, %q; want exit 2 naming the flag", docs, code, errs)
		}
	}
}
