package extractor_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
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
