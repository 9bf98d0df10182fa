package ner

import (
	"flag"
	"reflect"
	"strings"
	"testing"
)

var valFlag = flag.Bool("val", false, "score every embedded model on its val splits and compare with its card (needs the data folder)")

// TestModelsReproduceCards scores each embedded model on the val splits named
// in its card and checks it reaches exactly the recorded scores, i.e. that
// the committed files are the models the card describes. With -val only:
// it reads about 0.5 M tokens per model.
func TestModelsReproduceCards(t *testing.T) {
	if !*valFlag {
		t.Skip("run with -val")
	}
	needData(t)
	for _, lang := range append(append([]string(nil), Languages...), MultiLang) {
		m, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		sets := ValSets(dataDir, lang)
		var got, gotDocs []Score
		for _, want := range m.Card.Val {
			if want.Type != "PERSON" {
				continue
			}
			s, err := readFile(sets[want.Set], 0)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, Evaluate(m, want.Set, s)...)
			if strings.HasPrefix(want.Set, "conll/") {
				gotDocs = append(gotDocs, EvaluateDocuments(m, want.Set, s, DocSize)...)
			}
		}
		if !reflect.DeepEqual(got, m.Card.Val) {
			t.Errorf("%s: val scores %+v, card says %+v", lang, got, m.Card.Val)
		}
		if !reflect.DeepEqual(gotDocs, m.Card.ValDocuments) {
			t.Errorf("%s: document val scores %+v, card says %+v", lang, gotDocs, m.Card.ValDocuments)
		}
	}
}
