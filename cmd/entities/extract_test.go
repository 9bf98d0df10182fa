package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
	if err := json.Unmarshal([]byte(out), &res); err != nil || !strings.HasPrefix(res.ID, "a.txt#") || res.Lang != "es" {
		t.Fatalf("got %q (%v)", out, err)
	}
	// report.txt in another folder, or another text on standard input: another
	// id, so export counts two documents (an audit found them one)
	b := filepath.Join(dir, "b", "a.txt")
	if err := os.MkdirAll(filepath.Dir(b), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("La empresa anunció hoy un beneficio récord en Sevilla."), 0o644); err != nil {
		t.Fatal(err)
	}
	out2, _, _ := runCLI(t, "", "extract", "--format", "text", b)
	var res2 schema.Result
	if err := json.Unmarshal([]byte(out2), &res2); err != nil || res2.ID == res.ID || !strings.HasPrefix(res2.ID, "a.txt#") {
		t.Fatalf("another a.txt: %q, the first %q (%v)", res2.ID, res.ID, err)
	}
	ids := map[string]bool{}
	for _, text := range []string{"Erster Text über die Firma.", "Zweiter Text über die Firma."} {
		out, _, _ := runCLI(t, text, "extract", "--format", "text")
		var r schema.Result
		if err := json.Unmarshal([]byte(out), &r); err != nil || !strings.HasPrefix(r.ID, "stdin#") {
			t.Fatalf("standard input: %q (%v)", out, err)
		}
		ids[r.ID] = true
	}
	if len(ids) != 2 {
		t.Errorf("two texts on standard input, one id: %v", ids)
	}
}

func TestExtractUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "xml"},
		{"extract", "--types", "LOCATION"},
		{"extract", "--workers", "0"},
		{"extract", "--langs", "de,zz"},
		{"extract", "--in", "/nonexistent/file.jsonl"},
		{"extract", "--max-bytes", "-5"},
		{"extract", os.TempDir()}, // a folder: refused before any document is read
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

// TestExtractIDsStayUniqueAcrossFiles: a document without an id is named
// "file:line#hash of its text" (line numbers repeat across files, and file
// names across runs in other folders, and export counts a document once per
// id), "stdin:line#hash" on standard input, and text files of one base name
// in two folders keep apart.
func TestExtractIDsStayUniqueAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	doc := `{"text":"Ingrid Solberg leder Fjordkraft Energi."}` + "\n"
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(out string) []string {
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct{ ID string }
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatal(err)
			}
			got = append(got, r.ID)
		}
		return got
	}
	out, errs, code := runCLI(t, "", "extract", a, b)
	if got := ids(out); code != 0 || len(got) != 2 || !strings.HasPrefix(got[0], a+":1#") || !strings.HasPrefix(got[1], b+":1#") {
		t.Errorf("two files: exit %d, ids %q%s", code, got, errs)
	}
	out, _, _ = runCLI(t, "", "extract", a)
	first := ids(out)
	if len(first) != 1 || !strings.HasPrefix(first[0], a+":1#") {
		t.Errorf("one file: ids %q, want [%s:1#...]", first, a)
	}
	// the same path and line with another text, as docs.jsonl in another
	// folder of another run: another id; the same text again: the same id
	other := filepath.Join(dir, "other.jsonl")
	if err := os.WriteFile(other, []byte(`{"text":"Ingrid Solberg forlater Fjordkraft Energi."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, a); err != nil {
		t.Fatal(err)
	}
	outOther, _, _ := runCLI(t, "", "extract", a)
	if got := ids(outOther); len(got) != 1 || got[0] == first[0] || !strings.HasPrefix(got[0], a+":1#") {
		t.Errorf("another text at %s:1: ids %q, the first text's %q", a, got, first)
	}
	if err := os.WriteFile(a, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _, _ := runCLI(t, "", "extract", a); !reflect.DeepEqual(ids(out), first) {
		t.Errorf("the same text again: ids %q, want %q", ids(out), first)
	}
	// separate runs on two files: export counts two documents
	out2, _, _ := runCLI(t, "", "extract", b)
	exp, errs, code := runCLI(t, out+out2, "export", "--results", "-")
	if code != 0 || !strings.Contains(exp, `"canonical":"Ingrid Solberg"`) || strings.Count(exp, `"documents":2`) != strings.Count(exp, `"key"`) {
		t.Errorf("export of two runs: exit %d, want every entity in 2 documents:\n%s%s", code, exp, errs)
	}
	out, _, _ = runCLI(t, doc, "extract")
	if got := ids(out); len(got) != 1 || !strings.HasPrefix(got[0], "stdin:1#") {
		t.Errorf("standard input alone: ids %q, want [stdin:1#...]", got)
	}
	out, _, _ = runCLI(t, doc, "extract", a, "-")
	if got := ids(out); len(got) != 2 || !strings.HasPrefix(got[1], "stdin:1#") {
		t.Errorf("a file and standard input: ids %q, want [%s:1#... stdin:1#...]", got, a)
	}
	for _, sub := range []string{"x", "y"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, "note.txt"), []byte("Ingrid Solberg leder Fjordkraft Energi."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _, _ = runCLI(t, "", "extract", "--format", "text", filepath.Join(dir, "x", "note.txt"), filepath.Join(dir, "y", "note.txt"))
	if got := ids(out); len(got) != 2 || got[0] == got[1] {
		t.Errorf("two text files of one base name: ids %q", got)
	}
}

// TestExtractTextFileEncodingAndSize: a UTF-16 file (ASCII in UTF-16 is
// valid UTF-8 with NULs, so it was extracted as garbage) and a file over the
// limit get errors that say what they are.
func TestExtractTextFileEncodingAndSize(t *testing.T) {
	dir := t.TempDir()
	var u16 []byte
	for _, r := range "Ingrid Solberg leder Fjordkraft Energi." {
		u16 = append(u16, byte(r), 0)
	}
	big := strings.Repeat("Fjordkraft ", 200)
	files := map[string][]byte{"le.txt": u16, "big.txt": []byte(big)}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _, code := runCLI(t, "", "extract", "--format", "text", "--max-bytes", "1000", filepath.Join(dir, "le.txt"), filepath.Join(dir, "big.txt"))
	if code != 1 || !strings.Contains(out, `"code":"invalid_utf8","message":"text looks like UTF-16`) ||
		!strings.Contains(out, fmt.Sprintf(`"message":"text is %d bytes, limit is 1000"`, len(big))) {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestExtractFlagAfterFiles: a flag after the input files is read as a
// flag, as export reads its flags (Go's flag parsing stops at the first
// file: extract refused it, export took it), and after "--" an argument that
// starts with "-" is a file.
func TestExtractFlagAfterFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a","text":"Angela Merkel traf Olaf Scholz."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dash := filepath.Join(dir, "-b.jsonl")
	if err := os.WriteFile(dash, []byte(`{"id":"b","text":"Olaf Scholz traf Angela Merkel."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	t.Chdir(dir)
	if _, errs, code := runCLI(t, "", "extract", in, "--out", out, "--workers", "1", "--", "-b.jsonl"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(string(got)), "\n"); len(lines) != 2 || !strings.Contains(lines[0], `"id":"a"`) || !strings.Contains(lines[1], `"id":"b"`) {
		t.Errorf("want results for a and b in order, got:\n%s", got)
	}
	// --in and files: which is first would be a guess (--in was read
	// first wherever it stood)
	refused := filepath.Join(dir, "refused.jsonl")
	if _, errs, code := runCLI(t, "", "extract", in, "--in", "./-b.jsonl", "--out", refused); code != 2 || !strings.Contains(errs, "give the files one way") {
		t.Errorf("--in with files: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(refused); err == nil {
		t.Errorf("a refused command created its output file")
	}
	// export reads result files after "--results --" as files, the way
	// extract reads input files after "--"
	if err := os.Rename(out, filepath.Join(dir, "-r.jsonl")); err != nil {
		t.Fatal(err)
	}
	if got, errs, code := runCLI(t, "", "export", "--results", "--", "-r.jsonl"); code != 0 || !strings.Contains(got, "person:angela_merkel") {
		t.Errorf("export --results -- -r.jsonl: exit %d: %s%s", code, got, errs)
	}
}

// TestExtractWriteErrorAlone: when the output cannot be written, the error
// is the write error alone, not cancellations of the documents in flight
// reported as their own failures.
func TestExtractWriteErrorAlone(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	var in strings.Builder
	for i := range 3000 { // enough to have documents in flight when the write fails
		fmt.Fprintf(&in, `{"id":"d%d","text":"Angela Merkel traf Olaf Scholz in Berlin am Montag."}`+"\n", i)
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := runCLI(t, "", "extract", "--in", path, "--out", "/dev/full")
	if code != 1 || !strings.Contains(errs, "no space left on device") || strings.Contains(errs, "cancelled") {
		t.Errorf("exit %d: %s", code, errs)
	}
}
