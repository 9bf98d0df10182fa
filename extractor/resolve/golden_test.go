package resolve

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"entities/extractor/internal/golden"
	"entities/extractor/schema"
)

// goldenDoc is one line of testdata/documents.jsonl: a document and its
// mentions in order of appearance (offsets are computed by the test).
type goldenDoc struct {
	ID       string `json:"id"`
	Lang     string `json:"lang"`
	Text     string `json:"text"`
	Mentions []struct {
		Type      schema.Type `json:"type"`
		Text      string      `json:"text"`
		Key       string      `json:"key,omitempty"`
		Canonical string      `json:"canonical,omitempty"`
	} `json:"mentions"`
}

// TestGolden runs LinkText over the sample documents and compares every
// mention's key, canonical name and legal form with
// testdata/documents.golden.jsonl (go test -run Golden -update rewrites it).
func TestGolden(t *testing.T) {
	in, err := os.Open("testdata/documents.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var out bytes.Buffer
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var d goldenDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("documents.jsonl: %v", err)
		}
		var ms []schema.Mention
		from := 0
		for _, m := range d.Mentions {
			i := strings.Index(d.Text[from:], m.Text)
			if i < 0 {
				t.Fatalf("%s: mention %q not found", d.ID, m.Text)
			}
			b := from + i
			start := utf8.RuneCountInString(d.Text[:b])
			ms = append(ms, schema.Mention{Type: m.Type, Text: m.Text, Start: start, End: start + utf8.RuneCountInString(m.Text),
				Key: m.Key, Canonical: m.Canonical})
			from = b + len(m.Text)
		}
		LinkText(d.Text, ms, d.Lang)
		type row struct {
			Text      string `json:"text"`
			Key       string `json:"key"`
			Canonical string `json:"canonical"`
			LegalForm string `json:"legal_form,omitempty"`
		}
		rows := make([]row, len(ms))
		for i, m := range ms {
			rows[i] = row{m.Text, m.Key, m.Canonical, m.LegalForm}
		}
		line, err := json.Marshal(struct {
			ID       string `json:"id"`
			Mentions []row  `json:"mentions"`
		}{d.ID, rows})
		if err != nil {
			t.Fatal(err)
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "documents.golden.jsonl"), out.Bytes())
}
