package httpapi

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"entities/extractor/schema"
)

const jsonCT = "application/json"

func TestNewValidatesConfig(t *testing.T) {
	ex := funcExtractor(capitals)
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"defaults", Config{Extractor: ex}, true},
		{"no extractor", Config{}, false},
		{"negative body limit", Config{Extractor: ex, MaxBodyBytes: -1}, false},
		{"negative documents", Config{Extractor: ex, MaxDocuments: -1}, false},
		{"negative timeout", Config{Extractor: ex, Timeout: -time.Second}, false},
		{"negative concurrency", Config{Extractor: ex, Concurrency: -2}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if (err == nil) != tt.ok {
				t.Fatalf("New: err = %v, want ok = %v", err, tt.ok)
			}
		})
	}
	t.Run("registry shared twice", func(t *testing.T) {
		reg := prometheus.NewRegistry()
		if _, err := New(Config{Extractor: ex, Registry: reg}); err != nil {
			t.Fatal(err)
		}
		if _, err := New(Config{Extractor: ex, Registry: reg}); err == nil {
			t.Fatal("second server on one registry: metrics registered twice without error")
		}
	})
}

// TestErrors sends one request per way of failing and checks status, code
// and that the OpenAPI document describes the answer.
func TestErrors(t *testing.T) {
	internal := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		if strings.Contains(doc.Text, "boom") {
			return schema.Result{}, errors.New("a bug in a tagger")
		}
		if strings.Contains(doc.Text, "???") {
			return schema.Result{}, schema.Errorf(schema.CodeUnknownLanguage, "the language of the text cannot be told")
		}
		return capitals(ctx, doc)
	})
	s := newServer(t, Config{Extractor: internal, MaxBodyBytes: 4096, MaxDocBytes: 1024, MaxDocuments: 3})
	spec := loadSpec(t, s.Handler())
	big := `{"text":"` + strings.Repeat("a ", 600) + `"}`
	tests := []struct {
		name, method, path, ct, body string
		status                       int
		code                         schema.Code
	}{
		{"not json", "POST", "/v1/extract", jsonCT, `Ada Byron`, 400, schema.CodeBadJSON},
		{"truncated object", "POST", "/v1/extract", jsonCT, `{"text":"Ada`, 400, schema.CodeBadJSON},
		{"empty body", "POST", "/v1/extract", jsonCT, ``, 400, schema.CodeBadJSON},
		{"truncated array", "POST", "/v1/extract", jsonCT, `[{"text":"Ada"},`, 400, schema.CodeBadJSON},
		{"text not a string", "POST", "/v1/extract", jsonCT, `{"text":["Ada"]}`, 400, schema.CodeBadJSON},
		{"missing text", "POST", "/v1/extract", jsonCT, `{"id":"x"}`, 400, schema.CodeMissingText},
		{"empty text", "POST", "/v1/extract", jsonCT, `{"text":"  "}`, 400, schema.CodeEmptyText},
		{"bad lang hint", "POST", "/v1/extract", jsonCT, `{"text":"Ada","lang":"english"}`, 400, schema.CodeBadLangHint},
		{"body too large", "POST", "/v1/extract", jsonCT, `{"text":"` + strings.Repeat("x", 5000) + `"}`, 413, schema.CodeTooLarge},
		{"document too large", "POST", "/v1/extract", jsonCT, big, 413, schema.CodeTooLarge},
		{"too many documents", "POST", "/v1/extract", jsonCT, `[{"text":"a"},{"text":"b"},{"text":"c"},{"text":"d"}]`, 413, codeTooManyDocuments},
		{"no content type", "POST", "/v1/extract", "", `{"text":"Ada"}`, 415, codeUnsupportedMediaType},
		{"text/plain", "POST", "/v1/extract", "text/plain", `{"text":"Ada"}`, 415, codeUnsupportedMediaType},
		{"form", "POST", "/v1/extract", "application/x-www-form-urlencoded", `text=Ada`, 415, codeUnsupportedMediaType},
		{"latin-1 charset", "POST", "/v1/extract", "application/json; charset=iso-8859-1", `{"text":"Ada"}`, 415, codeUnsupportedMediaType},
		{"unparsable content type", "POST", "/v1/extract", "application/json; =", `{"text":"Ada"}`, 415, codeUnsupportedMediaType},
		{"invalid utf-8", "POST", "/v1/extract", jsonCT, "{\"text\":\"Caf\xe9 Ada\"}", 422, schema.CodeInvalidUTF8},
		{"invalid utf-8 outside strings of an array", "POST", "/v1/extract", jsonCT, "[{\"text\":\"a\"}\xff]", 422, schema.CodeInvalidUTF8},
		{"unknown language", "POST", "/v1/extract", jsonCT, `{"text":"???"}`, 422, schema.CodeUnknownLanguage},
		{"internal", "POST", "/v1/extract", jsonCT, `{"text":"boom"}`, 500, schema.CodeInternal},
		{"GET extract", "GET", "/v1/extract", "", ``, 405, codeMethodNotAllowed},
		{"POST languages", "POST", "/v1/languages", jsonCT, `{}`, 405, codeMethodNotAllowed},
		{"POST healthz", "POST", "/healthz", jsonCT, `{}`, 405, codeMethodNotAllowed},
		{"POST metrics", "POST", "/metrics", jsonCT, `{}`, 405, codeMethodNotAllowed},
		{"DELETE page", "DELETE", "/", "", ``, 405, codeMethodNotAllowed},
		{"unknown path", "GET", "/v2/extract", "", ``, 404, codeNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, s.Handler(), tt.method, tt.path, tt.ct, []byte(tt.body))
			if r.status != tt.status {
				t.Fatalf("status %d, want %d; body %s", r.status, tt.status, r.body)
			}
			if got := errorCode(t, r); got != tt.code {
				t.Fatalf("code %q, want %q", got, tt.code)
			}
			if tt.status == 405 && r.header.Get("Allow") == "" {
				t.Fatal("405 without Allow header")
			}
			if tt.code == schema.CodeInternal && strings.Contains(string(r.body), "tagger") {
				t.Fatalf("internal error leaks its cause to the client: %s", r.body)
			}
			if tt.status != 404 && tt.status != 405 {
				spec.check(t, tt.method, tt.path, r)
			}
		})
	}
	// a document's error names its id, as a failure line does
	for _, body := range []string{`{"id":"d7","text":"  "}`, `{"id":"d7","text":"boom"}`, `{"id":"d7","text":"Ada","lang":"english"}`} {
		r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(body))
		var e struct{ ID string }
		if err := json.Unmarshal(r.body, &e); err != nil || e.ID != "d7" {
			t.Errorf("%s: %d %s, want the error to name id d7", body, r.status, r.body)
		}
		spec.check(t, "POST", "/v1/extract", r)
	}
}

func TestNotReadyUntilWarm(t *testing.T) {
	release := make(chan struct{})
	s, err := New(Config{
		Extractor: funcExtractor(capitals),
		Logger:    quietLogger(),
		WarmUp: func(ctx context.Context) error {
			select {
			case <-release:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	spec := loadSpec(t, s.Handler())
	body := []byte(`{"text":"Ada Byron wrote notes."}`)
	for _, c := range []struct{ method, path string }{{"POST", "/v1/extract"}, {"GET", "/readyz"}} {
		r := do(t, s.Handler(), c.method, c.path, jsonCT, body)
		if r.status != http.StatusServiceUnavailable || errorCode(t, r) != codeNotReady {
			t.Fatalf("%s %s before warm-up: %d %s, want 503 not_ready", c.method, c.path, r.status, r.body)
		}
		if r.header.Get("Retry-After") == "" {
			t.Fatalf("%s: 503 without Retry-After", c.path)
		}
		spec.check(t, c.method, c.path, r)
	}
	if r := do(t, s.Handler(), "GET", "/healthz", "", nil); r.status != http.StatusOK {
		t.Fatalf("healthz while warming: %d, want 200 (alive, not ready)", r.status)
	}
	done := make(chan error, 1)
	go func() { done <- s.Warm(context.Background()) }()
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ method, path string }{{"POST", "/v1/extract"}, {"GET", "/readyz"}} {
		r := do(t, s.Handler(), c.method, c.path, jsonCT, body)
		if r.status != http.StatusOK {
			t.Fatalf("%s %s after warm-up: %d %s", c.method, c.path, r.status, r.body)
		}
		spec.check(t, c.method, c.path, r)
	}
}

// TestTimeout: a document past its deadline is answered 503 timeout; in an
// array, the documents done keep their results and the others get timeout
// failures; the slots are given back.
func TestTimeout(t *testing.T) {
	slow := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		if strings.Contains(doc.Text, "slow") {
			<-ctx.Done()
			return schema.Result{}, schema.Stopped(ctx)
		}
		return capitals(ctx, doc)
	})
	reg := prometheus.NewRegistry()
	s := newServer(t, Config{Extractor: slow, Timeout: 50 * time.Millisecond, Concurrency: 1, Registry: reg})
	spec := loadSpec(t, s.Handler())
	r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`{"id":"s1","text":"slow"}`))
	if r.status != http.StatusServiceUnavailable || errorCode(t, r) != schema.CodeTimeout || r.header.Get("Retry-After") == "" {
		t.Fatalf("%d %s, want 503 timeout with Retry-After", r.status, r.body)
	}
	if !strings.Contains(string(r.body), `"id":"s1"`) { // it had none (an audit)
		t.Errorf("the timeout does not name its document: %s", r.body)
	}
	spec.check(t, "POST", "/v1/extract", r)

	// one worker: Ada, then slow until the deadline; Grace never starts
	lines := postArray(t, s.Handler(), spec, jsonCT, `[{"text":"Ada"},{"id":"s","text":"slow"},{"id":"g","text":"Grace"}]`, 3)
	if lines[0].Error != nil {
		t.Errorf("array: first document %+v, want its result", lines[0].Error)
	}
	for _, l := range lines[1:] {
		if l.Error == nil || l.Error.Code != schema.CodeTimeout {
			t.Errorf("array: %s: %+v, want a timeout failure", l.ID, l.Error)
		}
	}
	s.work.Wait() // extractions past their deadline end
	if got := metricValue(t, reg, "entities_http_timeouts_total", nil); got != 2 {
		t.Errorf("entities_http_timeouts_total = %v, want 2", got)
	}
	if got := metricValue(t, reg, "entities_http_pending_bytes", nil); got != 0 {
		t.Errorf("entities_http_pending_bytes = %v after every request ended, want 0", got)
	}
	// the slots of timed-out documents are given back
	r = do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`{"text":"Ada Byron"}`))
	if r.status != http.StatusOK {
		t.Fatalf("after timeouts: %d %s", r.status, r.body)
	}
}

// TestDeadlineAnswersAtOnce: the answer goes out when the deadline passes,
// even if the extractor is still busy; its work is waited for by Serve, not
// by the request.
func TestDeadlineAnswersAtOnce(t *testing.T) {
	release := make(chan struct{})
	stuck := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		<-release // ignores ctx: an extractor between two checks
		return capitals(ctx, doc)
	})
	s := newServer(t, Config{Extractor: stuck, Timeout: 20 * time.Millisecond, Concurrency: 1, WarmUp: func(context.Context) error { return nil }})
	for _, body := range []string{`{"text":"Ada"}`, `[{"text":"Ada"},{"text":"Grace"}]`} {
		r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(body))
		want := http.StatusServiceUnavailable
		if body[0] == '[' {
			want = http.StatusOK
		}
		if r.status != want || !strings.Contains(string(r.body), `"timeout"`) {
			t.Errorf("%s: %d %s, want %d with timeout", body, r.status, r.body, want)
		}
	}
	close(release)
	s.work.Wait()
}

// TestOverload: while text is pending, a request that would take the
// pending text past the limit is refused at once with 503 overloaded and
// Retry-After, and counted; the admitted one is answered, and a request
// alone is admitted whatever its size.
func TestOverload(t *testing.T) {
	entered := make(chan struct{}, 10)
	gate := make(chan struct{})
	held := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		entered <- struct{}{}
		<-gate
		return capitals(ctx, doc)
	})
	reg := prometheus.NewRegistry()
	s := newServer(t, Config{Extractor: held, Registry: reg, MaxPendingBytes: 30, Concurrency: 2, WarmUp: func(context.Context) error { return nil }})
	spec := loadSpec(t, s.Handler())
	first := make(chan response, 1)
	go func() {
		first <- do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`{"text":"Ada Byron met Grace Hopper"}`)) // 26 bytes
	}()
	<-entered
	if got := metricValue(t, reg, "entities_http_pending_bytes", nil); got != 26 {
		t.Errorf("entities_http_pending_bytes = %v, want 26", got)
	}
	r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`[{"text":"Alan Turing"}]`))
	if r.status != http.StatusServiceUnavailable || errorCode(t, r) != codeOverloaded || r.header.Get("Retry-After") == "" {
		t.Fatalf("over the limit: %d %s %v, want 503 overloaded with Retry-After", r.status, r.body, r.header)
	}
	spec.check(t, "POST", "/v1/extract", r)
	if got := metricValue(t, reg, "entities_http_rejected_total", nil); got != 1 {
		t.Errorf("entities_http_rejected_total = %v, want 1", got)
	}
	// a 4-byte document fits
	second := make(chan response, 1)
	go func() { second <- do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`{"text":"Ada!"}`)) }()
	<-entered
	// full now (30 bytes): refused before the body is read, even a body that is no document at all
	r = do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`not json`))
	if r.status != http.StatusServiceUnavailable || errorCode(t, r) != codeOverloaded {
		t.Fatalf("when full: %d %s, want 503 overloaded", r.status, r.body)
	}
	close(gate)
	if r := <-second; r.status != http.StatusOK {
		t.Fatalf("second admitted request: %d %s", r.status, r.body)
	}
	if r := <-first; r.status != http.StatusOK {
		t.Fatalf("admitted request: %d %s", r.status, r.body)
	}
	s.work.Wait()
	if got := metricValue(t, reg, "entities_http_pending_bytes", nil); got != 0 {
		t.Errorf("entities_http_pending_bytes = %v after the request, want 0", got)
	}
	// alone, a request larger than the limit is admitted
	r = do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`{"text":"`+strings.Repeat("Ada Byron ", 10)+`"}`))
	if r.status != http.StatusOK {
		t.Fatalf("alone: %d %s, want 200", r.status, r.body)
	}
}

// TestAdmissionLimitFollowsRate: the pending limit is what the slots
// extract in 0.9 of the timeout at the measured rate.
func TestAdmissionLimitFollowsRate(t *testing.T) {
	// Before any measure, on two slots with the default timeout: three 8 MB
	// arrays at once are admitted, a fourth is not.
	fresh := newAdmission(2, DefaultTimeout, 0, func(_, _ int64) {})
	for i := range 4 {
		if ok, _ := fresh.admit(8_000_000); ok != (i < 3) {
			t.Fatalf("8 MB array %d at once: admitted %v", i+1, ok)
		}
	}

	var limit int64
	a := newAdmission(2, 10*time.Second, 0, func(_, l int64) { limit = l })
	if want := int64(defaultRate * 2 * 9); limit != want {
		t.Fatalf("before any measure: limit %d, want %d", limit, want)
	}
	for range 50 {
		a.observe(4<<20, 2*time.Second) // 2 MiB/s per slot
	}
	if want := int64(2 << 20 * 2 * 9); limit != want {
		t.Fatalf("at 2 MiB/s: limit %d, want %d", limit, want)
	}
	if ok, _ := a.admit(limit); !ok {
		t.Fatal("nothing pending: refused")
	}
	if ok, retry := a.admit(1); ok || retry != 9*time.Second {
		t.Fatalf("full: admitted %v, Retry-After %v; want refused, 9s (the backlog)", ok, retry)
	}
	a.release(limit)
	if ok, _ := a.admit(1); !ok {
		t.Fatal("after release: refused")
	}
}

// TestAdmissionLearnsFromTimeouts: a document that times out lowers a rate
// above what it shows (n bytes not done in d), and never raises it.
func TestAdmissionLearnsFromTimeouts(t *testing.T) {
	var limit int64
	a := newAdmission(2, 3*time.Second, 0, func(_, l int64) { limit = l })
	for range 50 {
		a.observe(4<<20, 2*time.Second) // 2 MiB/s per slot from documents that finish
	}
	before := limit
	for range 4 {
		a.timedOut(1<<20, 3*time.Second) // 1 MiB not done in 3 s
	}
	if limit >= before/2 {
		t.Fatalf("after four timeouts at under 0.33 MiB/s the limit is %d, was %d at 2 MiB/s", limit, before)
	}
	if ok, _ := a.admit(1 << 20); !ok {
		t.Fatal("nothing pending: refused")
	}
	if ok, _ := a.admit(1 << 20); ok {
		t.Fatalf("a second 1 MiB document admitted beside the first (limit %d)", limit)
	}
	lowered := limit
	a.timedOut(64<<20, time.Second) // faster than the rate: tells nothing
	if limit != lowered {
		t.Fatalf("a timeout that does not bound the rate moved the limit from %d to %d", lowered, limit)
	}
	a.timedOut(100, 3*time.Second) // one tiny slow document: half at most
	if limit < lowered/2-1 || limit >= lowered {
		t.Fatalf("one tiny slow document moved the limit from %d to %d; want half", lowered, limit)
	}
	for range 100 {
		a.observe(4<<20, 2*time.Second)
	}
	if limit < before*9/10 {
		t.Fatalf("after 100 documents at 2 MiB/s the limit is %d, was %d", limit, before)
	}
}

// batchLine is one line of an array's answer: a result or a failure.
type batchLine struct {
	ID       string           `json:"id"`
	Error    *schema.Error    `json:"error"`
	Entities []schema.Mention `json:"entities"`
}

// postArray posts an array of documents, checks the answer is 200 as the
// spec says with n lines, and returns them.
func postArray(t *testing.T, h http.Handler, spec *apiSpec, contentType, body string, n int) []batchLine {
	t.Helper()
	r := do(t, h, "POST", "/v1/extract", contentType, []byte(body))
	if r.status != http.StatusOK {
		t.Fatalf("array: status %d: %s", r.status, r.body)
	}
	spec.check(t, "POST", "/v1/extract", r)
	var lines []batchLine
	if err := json.Unmarshal(r.body, &lines); err != nil || len(lines) != n {
		t.Fatalf("array: %s: %v, want %d lines", r.body, err, n)
	}
	return lines
}

// TestSingleDocumentErrorsName: a single document refused whole (too
// large, broken after its id) is named in the error body, as extract names
// it; it had no id (an audit).
func TestSingleDocumentErrorsName(t *testing.T) {
	s := newServer(t, Config{MaxDocBytes: 200})
	for _, body := range []string{
		`{"id":"big","text":"` + strings.Repeat("z", 300) + `"}`,
		`{"id":"broken","text":"Ada",,}`,
	} {
		r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(body))
		var e struct{ ID string }
		if err := json.Unmarshal(r.body, &e); err != nil || r.status < 400 || e.ID == "" || !strings.Contains(body, `"`+e.ID+`"`) {
			t.Errorf("%.30s...: %d %s", body, r.status, r.body)
		}
	}
}

// TestBatch checks an array: results in input order, per-document failures in
// place with their codes, ids filled with positions, the rest extracted.
func TestBatch(t *testing.T) {
	s := newServer(t, Config{MaxDocBytes: 200, Concurrency: 3})
	spec := loadSpec(t, s.Handler())
	type item struct {
		raw  string
		id   string
		code schema.Code // "" means a result
	}
	items := []item{
		{`{"id":"first","text":"Ada Byron met Grace Hopper."}`, "first", ""},
		{`{"text":""}`, "1", schema.CodeEmptyText},
		{`{"id":"no-text"}`, "no-text", schema.CodeMissingText},
		{"{\"id\":\"latin\",\"text\":\"Caf\xe9\"}", "latin", schema.CodeInvalidUTF8},
		{`{"id":"big","text":"` + strings.Repeat("z", 300) + `"}`, "big", schema.CodeTooLarge},
		{`"just a string"`, "5", schema.CodeBadJSON},
		{`{"text":"Grace Hopper and later Hopper.","lang":"en"}`, "6", ""},
		{`{"text":"x","lang":"e1"}`, "7", schema.CodeBadLangHint},
	}
	for i := 0; i < 12; i++ { // enough documents that workers interleave
		items = append(items, item{fmt.Sprintf(`{"id":"d%d","text":"Number %d Here"}`, i, i), fmt.Sprintf("d%d", i), ""})
	}
	raws := make([]string, len(items))
	for i, it := range items {
		raws[i] = it.raw
	}
	lines := postArray(t, s.Handler(), spec, "application/json; charset=UTF-8", "[\n"+strings.Join(raws, ",\n")+"\n]", len(items))
	for i, it := range items {
		l := lines[i]
		if l.ID != it.id {
			t.Errorf("line %d: id %q, want %q", i, l.ID, it.id)
		}
		switch {
		case it.code == "" && l.Error != nil:
			t.Errorf("line %d: error %v, want a result", i, l.Error)
		case it.code != "" && (l.Error == nil || l.Error.Code != it.code):
			t.Errorf("line %d: %+v, want error %q", i, l.Error, it.code)
		case it.code == "" && len(l.Entities) == 0:
			t.Errorf("line %d: no entities from the capitals tagger", i)
		}
	}

	t.Run("empty array", func(t *testing.T) {
		r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(` [ ] `))
		if r.status != http.StatusOK || strings.TrimSpace(string(r.body)) != "[]" {
			t.Fatalf("%d %s, want 200 []", r.status, r.body)
		}
		spec.check(t, "POST", "/v1/extract", r)
	})
}

// TestRealExtractor sends multilingual text through the product's extractor
// and checks what comes back against the schema and the text itself.
func TestRealExtractor(t *testing.T) {
	s := newServer(t, Config{Extractor: realEngine(t)})
	spec := loadSpec(t, s.Handler())
	texts := []string{
		"Margit Halvorsen, die Chefin der Nordlicht Energie GmbH, kündigte am Mittwoch Investitionen von 12 Millionen Euro an. Halvorsen sprach in Hamburg.",
		"The mayor, Owen Pritchard, said the Harbour Trust Ltd would receive £4.5m 🙂 from the council; Pritchard called it a fair deal.",
		"La société Vignobles Castel SA a vendu pour 800 000 € de vin, selon Amélie Fournier.",
	}
	for _, text := range texts {
		body, _ := json.Marshal(schema.Document{Text: text})
		r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, body)
		if r.status != http.StatusOK {
			t.Fatalf("%d %s", r.status, r.body)
		}
		spec.check(t, "POST", "/v1/extract", r)
		var res schema.Result
		if err := json.Unmarshal(r.body, &res); err != nil {
			t.Fatal(err)
		}
		runes := []rune(text)
		for _, m := range res.Entities {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("mention %+v does not match the text at its code-point offsets", m)
			}
		}
		if res.Lang == "" || res.Lang == "und" {
			t.Errorf("no language detected for %q", text)
		}
	}
}

func TestEndpoints(t *testing.T) {
	reg := prometheus.NewRegistry()
	langs := Languages{Detection: []string{"en", "de"}, Entities: map[schema.Type][]string{schema.Money: {"en"}}}
	s := newServer(t, Config{Registry: reg, Languages: langs})
	spec := loadSpec(t, s.Handler())
	h := s.Handler()

	t.Run("languages", func(t *testing.T) {
		r := do(t, h, "GET", "/v1/languages", "", nil)
		spec.check(t, "GET", "/v1/languages", r)
		var got Languages
		if err := json.Unmarshal(r.body, &got); err != nil {
			t.Fatal(err)
		}
		if strings.Join(got.Detection, ",") != "en,de" || len(got.Entities[schema.Money]) != 1 {
			t.Fatalf("languages %+v, want the configured %+v", got, langs)
		}
	})
	t.Run("healthz", func(t *testing.T) {
		spec.check(t, "GET", "/healthz", do(t, h, "GET", "/healthz", "", nil))
	})
	t.Run("openapi", func(t *testing.T) {
		r := do(t, h, "GET", "/openapi.json", "", nil)
		spec.check(t, "GET", "/openapi.json", r)
		if !strings.Contains(string(r.body), `"maxItems": 100`) {
			t.Fatal("openapi.json does not state the configured limit of documents")
		}
	})
	t.Run("page", func(t *testing.T) {
		r := do(t, h, "GET", "/", "", nil)
		spec.check(t, "GET", "/", r)
		page := string(r.body)
		for _, want := range []string{`id="text"`, `id="extract"`, "/static/viewer.js", "/static/viewer.css"} {
			if !strings.Contains(page, want) {
				t.Errorf("page lacks %s", want)
			}
		}
		if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
			t.Error("page refers to an outside resource")
		}
		if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("CSP %q does not keep the page to this server", csp)
		}
		for _, asset := range []string{"/static/viewer.js", "/static/viewer.css"} {
			a := do(t, h, "GET", asset, "", nil)
			if a.status != 200 || len(a.body) == 0 {
				t.Errorf("%s: %d", asset, a.status)
			}
			if strings.Contains(string(a.body), "https://") {
				t.Errorf("%s refers to an outside resource", asset)
			}
		}
	})
	t.Run("metrics", func(t *testing.T) {
		do(t, h, "POST", "/v1/extract", jsonCT, []byte(`{"text":"Ada Byron and Grace Hopper"}`))
		do(t, h, "POST", "/v1/extract", jsonCT, []byte(`{"text":""}`))
		do(t, h, "POST", "/v1/extract", "text/plain", []byte(`x`))
		r := do(t, h, "GET", "/metrics", "", nil)
		spec.check(t, "GET", "/metrics", r)
		for _, c := range []struct {
			name   string
			labels map[string]string
			want   float64
		}{
			{"entities_http_requests_total", map[string]string{"handler": "extract", "code": "200"}, 1},
			{"entities_http_requests_total", map[string]string{"handler": "extract", "code": "400"}, 1},
			{"entities_http_requests_total", map[string]string{"handler": "extract", "code": "415"}, 1},
			{"entities_http_documents_total", map[string]string{"outcome": "ok"}, 1},
			{"entities_http_documents_total", map[string]string{"outcome": "empty_text"}, 1},
			{"entities_http_mentions_total", map[string]string{"type": "PERSON"}, 2},
			{"entities_http_ready", nil, 1},
		} {
			if got := metricValue(t, reg, c.name, c.labels); got != c.want {
				t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
			}
		}
		if !strings.Contains(string(r.body), "entities_http_request_duration_seconds_bucket") {
			t.Error("/metrics lacks the duration histogram")
		}
	})
}

// TestServeGracefulShutdown starts a real listener, holds a request in flight,
// ends the context and checks that the request is answered before Serve
// returns and that nothing is accepted afterwards.
func TestServeGracefulShutdown(t *testing.T) {
	entered := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	held := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		if doc.ID == "hold" {
			once.Do(func() { close(entered) })
			<-release
		}
		return capitals(ctx, doc)
	})
	s, err := New(Config{Extractor: held, Logger: quietLogger(), ShutdownTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	waitReady(t, base)
	answered := make(chan response, 1)
	go func() {
		resp, err := http.Post(base+"/v1/extract", jsonCT, strings.NewReader(`{"id":"hold","text":"Ada Byron"}`))
		if err != nil {
			answered <- response{status: -1, body: []byte(err.Error())}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		answered <- response{status: resp.StatusCode, body: b}
	}()
	<-entered
	cancel()
	// Serve must not return while the request is in flight.
	select {
	case err := <-served:
		t.Fatalf("Serve returned with a request in flight: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if r := <-answered; r.status != http.StatusOK {
		t.Fatalf("request in flight at shutdown: %d %s", r.status, r.body)
	}
	if err := <-served; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Fatal("server still accepts after Serve returned")
	}
}

func TestServeWarmUpFailure(t *testing.T) {
	s, err := New(Config{
		Extractor: funcExtractor(capitals),
		Logger:    quietLogger(),
		WarmUp:    func(context.Context) error { return errors.New("model file is corrupt") },
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	err = s.Serve(context.Background(), ln)
	if err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("Serve = %v, want the warm-up error", err)
	}
}

// waitReady polls /readyz until it answers 200: as long as warming up takes
// on the machine at hand (go test's -timeout bounds a server that never is).
func waitReady(t testing.TB, base string) {
	t.Helper()
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestSpecRejects makes sure the OpenAPI check above can fail: answers that
// break the documented schemas must be caught.
func TestSpecRejects(t *testing.T) {
	s := newServer(t, Config{})
	spec := loadSpec(t, s.Handler())
	h := http.Header{"Content-Type": {"application/json"}}
	bad := []struct {
		name, method, path string
		r                  response
	}{
		{"undocumented status", "POST", "/v1/extract", response{418, h, []byte(`{}`)}},
		{"undocumented path", "GET", "/v1/nothing", response{200, h, []byte(`{}`)}},
		{"offset as string", "POST", "/v1/extract", response{200, h, []byte(`{"id":"","lang":"en","lang_confidence":1,"entities":[{"type":"PERSON","text":"A","start":"0","end":1,"key":"person:a","canonical":"A"}]}`)}},
		{"money without currency", "POST", "/v1/extract", response{200, h, []byte(`{"id":"","lang":"en","lang_confidence":1,"entities":[{"type":"MONEY","text":"5","start":0,"end":1,"key":"money:USD:5","canonical":"5 USD","amount":"5"}]}`)}},
		{"amount as float", "POST", "/v1/extract", response{200, h, []byte(`[{"id":"","lang":"en","lang_confidence":1,"entities":[{"type":"MONEY","text":"5","start":0,"end":1,"key":"money:USD:5","canonical":"5 USD","amount":"5.0e3","currency":"USD"}]}]`)}},
		{"unknown error code", "POST", "/v1/extract", response{400, h, []byte(`{"error":{"code":"oops","message":""}}`)}},
		{"failure as a single answer", "POST", "/v1/extract", response{200, h, []byte(`{"id":"x","error":{"code":"bad_json","message":""}}`)}},
	}
	for _, b := range bad {
		if err := spec.validate(b.method, b.path, b.r); err == nil {
			t.Errorf("%s: accepted", b.name)
		}
	}
}

// TestConcurrencyBound checks that documents of several requests at once
// never run more than Concurrency extractions together, and that a batch
// uses the slots it is given.
func TestConcurrencyBound(t *testing.T) {
	var mu sync.Mutex
	running, peak := 0, 0
	gate := make(chan struct{})
	counting := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		mu.Lock()
		running++
		peak = max(peak, running)
		full := running == 2
		mu.Unlock()
		if full {
			// both slots taken: let everyone go; a third would have to
			// wait for a slot, which it may only get after this returns
			select {
			case <-gate:
			default:
				close(gate)
			}
		}
		<-gate // a bound below 2 waits here until go test's -timeout

		mu.Lock()
		running--
		mu.Unlock()
		return capitals(ctx, doc)
	})
	s := newServer(t, Config{Extractor: counting, Concurrency: 2, WarmUp: func(context.Context) error { return nil }})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := do(t, s.Handler(), "POST", "/v1/extract", jsonCT, []byte(`[{"text":"Ada"},{"text":"Byron"},{"text":"Grace"},{"text":"Hopper"}]`))
			if r.status != http.StatusOK {
				t.Errorf("%d %s", r.status, r.body)
			}
		}()
	}
	wg.Wait()
	if peak != 2 {
		t.Fatalf("peak of %d extractions at once, want exactly the bound 2", peak)
	}
}

// TestBodyLimitWithoutLength covers a chunked body, whose size is known only
// by reading it.
func TestBodyLimitWithoutLength(t *testing.T) {
	s := newServer(t, Config{MaxBodyBytes: 1024})
	for _, n := range []int{1000, 1025, 1 << 20} {
		body := `{"text":"` + strings.Repeat("a", n-11) + `"}`
		req := httptest.NewRequest("POST", "/v1/extract", strings.NewReader(body))
		req.ContentLength = -1
		req.Header.Set("Content-Type", jsonCT)
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		want := http.StatusOK
		if len(body) > 1024 {
			want = http.StatusRequestEntityTooLarge
		}
		if rec.Code != want {
			t.Errorf("%d-byte chunked body: %d %s, want %d", len(body), rec.Code, rec.Body, want)
		}
	}
}

// TestAccessLog: one line per request with its method, path, status, bytes
// in (read, when the body came without a length) and out, duration and the
// documents it carried.
func TestAccessLog(t *testing.T) {
	var logs bytes.Buffer
	s := newServer(t, Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	body := `[{"text":"Ada Byron"},{"text":"Grace Hopper"}]`
	req := httptest.NewRequest("POST", "/v1/extract", strings.NewReader(body))
	req.ContentLength = -1 // chunked
	req.Header.Set("Content-Type", jsonCT)
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	want := fmt.Sprintf(`level=INFO msg=request method=POST path=/v1/extract status=200 bytes_in=%d bytes_out=%d duration=`, len(body), rec.Body.Len())
	if !strings.Contains(logs.String(), want) || !strings.Contains(logs.String(), " docs=2\n") {
		t.Fatalf("access log:\n%s\nwant a line with %s ... docs=2", logs.String(), want)
	}
}

// TestContentEncoding: a gzip body is read (its size limit holds once
// decompressed); an encoding the server cannot read is refused with 415,
// not read as garbage (a gzip body was answered invalid_utf8, a "br" one
// 200), and damaged gzip is said to be so.
func TestContentEncoding(t *testing.T) {
	s := newServer(t, Config{MaxBodyBytes: 4096, MaxDocBytes: 4096})
	zip := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	doc := []byte(`{"id":"z","text":"Ada Lovelace met Charles Babbage."}`)
	huge := zip([]byte(`{"text":"` + strings.Repeat("a ", 5000) + `"}`)) // small compressed, over the limit decompressed
	damaged := zip(doc)
	damaged[len(damaged)-6] ^= 0xff // the CRC
	for _, tt := range []struct {
		name, enc string
		body      []byte
		status    int
		code      schema.Code
	}{
		{"gzip", "gzip", zip(doc), 200, ""},
		{"identity", "identity", doc, 200, ""},
		{"brotli", "br", doc, 415, codeUnsupportedMediaType},
		{"gzip over the limit once decompressed", "gzip", huge, 413, schema.CodeTooLarge},
		{"not gzip", "gzip", doc, 400, schema.CodeBadJSON},
		{"damaged gzip", "gzip", damaged, 400, schema.CodeBadJSON},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/v1/extract", bytes.NewReader(tt.body))
			req.Header.Set("Content-Type", jsonCT)
			req.Header.Set("Content-Encoding", tt.enc)
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.code != "" && !strings.Contains(rec.Body.String(), `"code":"`+string(tt.code)+`"`) {
				t.Fatalf("body %s, want code %s", rec.Body, tt.code)
			}
		})
	}
}

// TestSlowUploadIsAnswered: a body that takes most of its allowance to
// arrive still gets its answer, which the write timeout, counted from the
// request's headers, used to cut off unsent; and a body that never arrives
// gets its 408 body_timeout, which was cut off the same way (found by a
// helper's audit). Timings: a second of margin, two of timeout.
func TestSlowUploadIsAnswered(t *testing.T) {
	old := bodyMargin
	bodyMargin = time.Second
	defer func() { bodyMargin = old }()
	slow := funcExtractor(func(ctx context.Context, doc schema.Document) (schema.Result, error) {
		select {
		case <-time.After(1200 * time.Millisecond):
		case <-ctx.Done():
			return schema.Result{}, schema.Stopped(ctx)
		}
		return capitals(ctx, doc)
	})
	s, err := New(Config{Extractor: slow, Logger: quietLogger(), Timeout: 2 * time.Second,
		WarmUp: func(context.Context) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Serve(ctx, ln)
	waitReady(t, "http://"+ln.Addr().String())

	// send writes the headers and body[:sent], waits, then the rest unless
	// stall, and reads the answer
	send := func(body string, sent int, pause time.Duration, stall bool) string {
		t.Helper()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /v1/extract HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:sent])
		time.Sleep(pause)
		if !stall {
			c.Write([]byte(body[sent:]))
		}
		c.SetReadDeadline(time.Now().Add(15 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			return err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.Status + " " + string(b)
	}
	// the body's end at 2 s, the answer 1.2 s later: past 3 s from the headers
	doc := `{"id":"up","text":"Ada Byron wrote the notes."}`
	if got := send(doc, 10, 2*time.Second, false); !strings.HasPrefix(got, "200") || !strings.Contains(got, `"Ada Byron"`) {
		t.Errorf("slow upload: %q, want 200 with the result", got)
	}
	// a body that stops: 408 at 3 s, and it reaches the client
	got := send(doc+strings.Repeat(" ", 1000), 29, 0, true)
	if !strings.HasPrefix(got, "408") || !strings.Contains(got, string(codeBodyTimeout)) {
		t.Errorf("stalled body: %q, want 408 body_timeout", got)
	}
}
