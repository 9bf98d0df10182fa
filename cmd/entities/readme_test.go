package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readme returns the project's README.md.
func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadmeWhatComesOut runs the README's "What comes out" command and
// compares the result with the JSON the README prints, field by field.
func TestReadmeWhatComesOut(t *testing.T) {
	md := readme(t)
	cmd := regexp.MustCompile("(?m)^\\$ echo '(.*)' \\| go run ./cmd/entities extract$").FindStringSubmatch(md)
	block := regexp.MustCompile("(?s)```json\n(\\{\"id\":\"a\".*?)```").FindStringSubmatch(md)
	if cmd == nil || block == nil {
		t.Fatal("README: the \"What comes out\" command or its JSON block is missing")
	}
	extractsAsShown(t, "README", cmd[1], block[1])
}

// extractsAsShown runs extract on the document in and compares its result
// with the JSON a document shows for it (where), field by field.
func extractsAsShown(t *testing.T, where, in, shown string) {
	t.Helper()
	out, errs, code := runCLI(t, in+"\n", "extract")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got, want any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(strings.ReplaceAll(shown, "\n", "")), &want); err != nil {
		t.Fatalf("%s JSON: %v", where, err)
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("%s says\n%s\nextract prints\n%s", where, w, g)
	}
}

// TestReadmeStreamingExample extracts the document of the README's streaming
// example and checks that every entity the README shows for it (type, text,
// offsets, key, canonical form, amount, currency) comes out, and the language.
func TestReadmeStreamingExample(t *testing.T) {
	md := readme(t)
	doc := regexp.MustCompile(`echo 'doc-1\|(\{.*?\})'`).FindStringSubmatch(md)
	i := strings.Index(md, "```json\n{\"id\":\"doc-1\"")
	if doc == nil || i < 0 {
		t.Fatal("README: the streaming example or its record is missing")
	}
	shown := md[i:]
	shown = shown[:strings.Index(shown[7:], "```")+7]
	out, errs, code := runCLI(t, doc[1]+"\n", "extract")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Lang     string                   `json:"lang"`
		Entities []map[string]interface{} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(shown, `"lang":"`+res.Lang+`"`) {
		t.Errorf("lang %q is not what the README shows", res.Lang)
	}
	// Each entity line of the README, without its "..." elisions, must be a
	// subset of one extracted entity.
	lines := regexp.MustCompile(`\{"type":[^\n]*?\}`).FindAllString(shown, -1)
	if len(lines) != len(res.Entities) {
		t.Errorf("README shows %d entities, extract finds %d: %s", len(lines), len(res.Entities), out)
	}
	for _, l := range lines {
		fields := regexp.MustCompile(`"([a-z_]+)":("[^"]*"|[0-9.]+)`).FindAllStringSubmatch(l, -1)
		found := false
		for _, e := range res.Entities {
			ok := true
			for _, f := range fields {
				b, _ := json.Marshal(e[f[1]])
				if string(b) != f[2] {
					ok = false
					break
				}
			}
			if ok {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("README entity %s not in the output %s", l, out)
		}
	}
}

// TestSchemaDocExample extracts the document under docs/schema.md's result
// example and compares the output with the example, field by field.
func TestSchemaDocExample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "schema.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(\\{\"id\":\"a\".*?)```\n\n\\(for `(\\{.*?\\})`\\)").FindStringSubmatch(string(b))
	if m == nil {
		t.Fatal("docs/schema.md: the result example or its input is missing")
	}
	extractsAsShown(t, "docs/schema.md", m[2], m[1])
}
