package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"entities/extractor/schema"
)

// runCLI runs the entities command in-process.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

func compileSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for _, n := range []string{"document.schema.json", "result.schema.json"} {
		f, err := schema.JSONSchema.Open("jsonschema/" + n)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if err := c.AddResource(n, doc); err != nil {
			t.Fatal(err)
		}
	}
	s, err := c.Compile(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestExtractAcceptanceExample(t *testing.T) {
	out, errs, code := runCLI(t, `{"id":"a","text":"Angela Merkel traf am Montag Vertreter von Siemens."}`+"\n", "extract")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var res schema.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	if res.ID != "a" || res.Lang != "de" || strings.Count(out, "\n") != 1 {
		t.Fatalf("got %q", out)
	}
}

// TestExtractOutputMatchesJSONSchema validates real output lines, good and
// failed, against the published JSON Schema.
func TestExtractOutputMatchesJSONSchema(t *testing.T) {
	samples, err := os.ReadFile(filepath.Join("..", "..", "extractor", "testdata", "samples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	bad := "{oops\n{\"id\":\"u\",\"text\":\"\xff\"}\n{\"id\":\"e\",\"text\":\"\"}\n{\"id\":\"n\"}\n"
	out, _, code := runCLI(t, string(samples)+bad, "extract", "--workers", "3")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (some lines fail)", code)
	}
	resultSchema := compileSchema(t, "result.schema.json")
	docSchema := compileSchema(t, "document.schema.json")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if want := strings.Count(string(samples), "\n") + 4; len(lines) != want {
		t.Fatalf("%d output lines, want %d", len(lines), want)
	}
	for i, l := range lines {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(l))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if err := resultSchema.Validate(v); err != nil {
			t.Errorf("line %d does not match result.schema.json: %v\n%s", i+1, err, l)
		}
	}
	for i, l := range strings.Split(strings.TrimSpace(string(samples)), "\n") {
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(l))
		if err := docSchema.Validate(v); err != nil {
			t.Errorf("sample %d does not match document.schema.json: %v", i+1, err)
		}
	}
	// The schema must reject what the product never emits.
	for _, l := range []string{
		`{"id":"x","lang":"de","lang_confidence":0.9,"entities":[{"type":"MONEY","text":"5 €","start":0,"end":3,"key":"money:EUR:5","canonical":"5 EUR","amount":"5.0e3","currency":"EUR"}]}`,
		`{"id":"x","lang":"german","lang_confidence":0.9,"entities":[]}`,
		`{"id":"x","lang":"de","lang_confidence":0.9,"entities":[{"type":"PERSON","text":"A","start":0,"end":1,"key":"person:a","canonical":"A","currency":"EUR"}]}`,
	} {
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(l))
		if resultSchema.Validate(v) == nil {
			t.Errorf("schema accepts an invalid line: %s", l)
		}
	}
}

func TestExtractKeepsOrderAndReportsBadLines(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 60; i++ {
		switch i % 10 {
		case 3:
			in.WriteString("{not json\n")
		case 7:
			in.WriteString(`{"id":"empty-` + string(rune('a'+i/10)) + `","text":"   "}` + "\n")
		default:
			in.WriteString(`{"id":"d` + strings.Repeat("x", i) + `","text":"Der Vorstand hat am Montag in Berlin beraten."}` + "\n")
		}
	}
	out, errs, code := runCLI(t, in.String(), "extract", "--workers", "4")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 60 {
		t.Fatalf("%d lines, want 60", len(lines))
	}
	for i, l := range lines {
		var v struct {
			ID    string
			Error *schema.Error
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatal(err)
		}
		switch i % 10 {
		case 3:
			if v.Error == nil || v.Error.Code != schema.CodeBadJSON {
				t.Errorf("line %d: %s, want bad_json", i+1, l)
			}
		case 7:
			if v.Error == nil || v.Error.Code != schema.CodeEmptyText {
				t.Errorf("line %d: %s, want empty_text", i+1, l)
			}
		default:
			if v.Error != nil || v.ID != "d"+strings.Repeat("x", i) {
				t.Errorf("line %d out of order or failed: %s", i+1, l)
			}
		}
	}
	if !strings.Contains(errs, "line 4: bad_json") || !strings.Contains(errs, "12 of 60 documents failed") {
		t.Errorf("stderr does not report the bad lines:\n%s", errs)
	}
}

func TestExtractTextFormat(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("La empresa anunció ayer un beneficio récord en Madrid."), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "", "extract", "--format", "text", a)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res schema.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.ID != "a.txt" || res.Lang != "es" {
		t.Fatalf("got %q (%v)", out, err)
	}
}

func TestExtractUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "xml"},
		{"extract", "--types", "LOCATION"},
		{"extract", "--workers", "0"},
		{"extract", "--langs", "de,zz"},
		{"extract", "--in", "/nonexistent/file.jsonl"},
		{"nosuchcommand"},
	} {
		_, errs, code := runCLI(t, "", args...)
		if code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
	out, _, code := runCLI(t, "", "help")
	if code != 0 || !strings.Contains(out, "extract") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}

// TestExtractShortTexts: texts too short to tell their language are
// extracted with lang "und" (money rules and the multilingual model), not
// refused, unless --allow-und=false asks for refusal.
func TestExtractShortTexts(t *testing.T) {
	in := `{"id":"usd","text":"$20"}` + "\n" + `{"id":"eur","text":"Siemens zahlt 3 €"}` + "\n"
	out, errs, code := runCLI(t, in, "extract")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %q", out)
	}
	for i, want := range []string{"money:USD:20", "money:EUR:3"} {
		var res schema.Result
		if err := json.Unmarshal([]byte(lines[i]), &res); err != nil {
			t.Fatalf("line %q: %v", lines[i], err)
		}
		found := false
		for _, m := range res.Entities {
			found = found || m.Key == want
		}
		if !found {
			t.Errorf("%s: no %s in %s", res.ID, want, lines[i])
		}
	}
	if !strings.Contains(lines[0], `"lang":"und"`) {
		t.Errorf("$20: %s, want lang und", lines[0])
	}

	out, _, code = runCLI(t, `{"id":"usd","text":"$20"}`+"\n", "extract", "--allow-und=false")
	if code != 1 || !strings.Contains(out, string(schema.CodeUnknownLanguage)) {
		t.Errorf("--allow-und=false: exit %d, output %q; want 1 and %s", code, out, schema.CodeUnknownLanguage)
	}
}
