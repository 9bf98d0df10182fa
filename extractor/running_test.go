package extractor_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"entities/extractor"
	"entities/extractor/extractortest"
	"entities/extractor/internal/golden"
	"entities/extractor/schema"
)

// TestRunningGolden extracts our own news-style paragraphs, one file per
// language in testdata/running (LANG.txt, the file name is the language
// hint; a language without a NER model of its own shows the multilingual
// fallback), and compares with LANG.golden.jsonl: the result's language
// first, then one mention a line. The golden files document what the
// models do on running text, errors included; go test ./extractor -run
// RunningGolden -update rewrites them, and -v logs the names that begin or
// end with a lowercase common word.
func TestRunningGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "running", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples in testdata/running: %v", err)
	}
	e := extractortest.Engine(t, extractor.Config{})
	for _, path := range paths {
		lang := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(lang, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc := schema.Document{ID: "running-" + lang, Text: strings.TrimSpace(string(b)), Lang: lang}
			res, err := e.Extract(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			enc := json.NewEncoder(&out)
			enc.SetEscapeHTML(false)
			head := struct {
				Lang           string             `json:"lang"`
				LangConfidence float64            `json:"lang_confidence"`
				Languages      []schema.LangShare `json:"languages,omitempty"`
			}{res.Lang, res.LangConfidence, res.Languages}
			if err := enc.Encode(head); err != nil {
				t.Fatal(err)
			}
			for _, m := range res.Entities {
				if err := enc.Encode(m); err != nil {
					t.Fatal(err)
				}
				if w := extractortest.LowercaseEdge(m, m.LangIn(res.Lang)); w != "" {
					t.Logf("%s %q begins or ends with %q", m.Type, m.Text, w)
				}
			}
			golden.Check(t, strings.TrimSuffix(path, ".txt")+".golden.jsonl", out.Bytes())
		})
	}
}

// TestTypesAreAFilter: an engine asked for some types gives exactly the
// mentions of those types that an engine asked for every type gives, on the
// running-text samples and the news sets' paragraphs: the types are left out after the document
// rules, which read names and money together (before, ORGANIZATION alone
// dropped the person before it became an organization).
func TestTypesAreAFilter(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "running", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples in testdata/running: %v", err)
	}
	docs := []schema.Document{{ID: "tr", Lang: "tr", Text: "Ankara'da Vadi Derneği Genel Kurulu toplandı. Başkan Ayşe Yıldırım 2 milyon lira bağış açıkladı."}}
	// and the news paragraphs of the audit sets, where the filter first
	// showed (a bare "Ofcom's" read as a person, then retyped)
	for _, set := range []string{"news", "news2", "news3", "news4"} {
		f, err := os.Open(filepath.Join("testdata", set, "gold.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(f)
		for {
			var d schema.Document
			if err := dec.Decode(&d); err != nil {
				break
			}
			docs = append(docs, d)
		}
		f.Close()
	}
	if len(docs) < 300 {
		t.Fatalf("%d documents", len(docs))
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.TrimSuffix(filepath.Base(path), ".txt")
		docs = append(docs, schema.Document{ID: lang, Lang: lang, Text: strings.TrimSpace(string(b))})
	}
	all := extractortest.Engine(t, extractor.Config{})
	for _, types := range [][]schema.Type{{schema.Organization}, {schema.Person}, {schema.Money}, {schema.Person, schema.Money}} {
		some := extractortest.Engine(t, extractor.Config{Types: types})
		for _, d := range docs {
			want, err := all.Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			got, err := some.Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			var kept []schema.Mention
			for _, m := range want.Entities {
				if slices.Contains(types, m.Type) {
					kept = append(kept, m)
				}
			}
			if !reflect.DeepEqual(got.Entities, kept) && len(got.Entities)+len(kept) > 0 {
				t.Errorf("%s, %v: %d mentions, want the %d of a run of every type:\n%+v\nwant\n%+v", d.ID, types, len(got.Entities), len(kept), got.Entities, kept)
			}
		}
	}
}
