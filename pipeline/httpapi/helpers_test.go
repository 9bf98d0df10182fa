package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"entities/extractor"
	"entities/extractor/extractortest"
	"entities/extractor/schema"
)

// funcExtractor is an Extractor made of a function, for the cases the real
// one cannot be made to produce on demand (a bug, a slow document).
type funcExtractor func(ctx context.Context, doc schema.Document) (schema.Result, error)

func (f funcExtractor) Extract(ctx context.Context, doc schema.Document) (schema.Result, error) {
	return f(ctx, doc)
}

// capitals is a toy tagger with rules simple enough to predict. A run of
// capitalized words is an ORGANIZATION when it ends in a legal form, else a
// PERSON keyed by its last word, so "Ada Byron" and a later "Byron" are one
// entity; "$" and digits is MONEY in USD. Offsets are code points.
func capitals(ctx context.Context, doc schema.Document) (schema.Result, error) {
	if err := schema.Validate(doc, 0); err != nil {
		return schema.Result{}, err
	}
	runes := []rune(doc.Text)
	res := schema.Result{ID: doc.ID, Lang: "en", LangConfidence: 0.9, Entities: []schema.Mention{}}
	for i := 0; i < len(runes); {
		if runes[i] == '$' && i+1 < len(runes) && unicode.IsDigit(runes[i+1]) {
			j := i + 1
			for j < len(runes) && unicode.IsDigit(runes[j]) {
				j++
			}
			amount := strings.TrimLeft(string(runes[i+1:j]), "0")
			if amount == "" {
				amount = "0"
			}
			res.Entities = append(res.Entities, schema.Mention{
				Type: schema.Money, Text: string(runes[i:j]), Start: i, End: j, Confidence: 0.9,
				Amount: amount, Currency: "USD", Key: "money:USD:" + amount, Canonical: amount + " USD",
			})
			i = j
			continue
		}
		if !unicode.IsUpper(runes[i]) || (i > 0 && unicode.IsLetter(runes[i-1])) {
			i++
			continue
		}
		start, end, last := i, i, i
		for j := i; j < len(runes) && unicode.IsUpper(runes[j]); {
			k := j
			for k < len(runes) && unicode.IsLetter(runes[k]) {
				k++
			}
			end, last = k, j
			if k+1 < len(runes) && runes[k] == ' ' && unicode.IsUpper(runes[k+1]) {
				j = k + 1
				continue
			}
			break
		}
		text, lastWord := string(runes[start:end]), string(runes[last:end])
		m := schema.Mention{Type: schema.Person, Text: text, Start: start, End: end,
			Key: "person:" + strings.ToLower(lastWord), Canonical: text, Confidence: 0.5}
		switch lastWord {
		case "Ltd", "AG", "SA", "Inc", "GmbH":
			if last > start {
				m.Type, m.LegalForm = schema.Organization, lastWord
				m.Canonical = string(runes[start : last-1])
				m.Key = "organization:" + strings.ToLower(m.Canonical)
			}
		}
		res.Entities = append(res.Entities, m)
		i = end
	}
	// a later short form takes the canonical form of the first full name
	full := map[string]string{}
	for i, m := range res.Entities {
		if m.Type != schema.Person {
			continue
		}
		if c, ok := full[m.Key]; ok && !strings.Contains(m.Text, " ") {
			res.Entities[i].Canonical = c
		} else if strings.Contains(m.Text, " ") && !ok {
			full[m.Key] = m.Text
		}
	}
	return res, nil
}

// realEngine is the product's extractor, built once for all tests.
func realEngine(t testing.TB) *extractor.Engine {
	t.Helper()
	return extractortest.Engine(t, extractor.Config{})
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newServer builds a warm server around cfg (Extractor defaults to capitals).
func newServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	if cfg.Extractor == nil {
		cfg.Extractor = funcExtractor(capitals)
	}
	if cfg.Logger == nil {
		cfg.Logger = quietLogger()
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := s.Warm(context.Background()); err != nil {
		t.Fatalf("Warm: %v", err)
	}
	return s
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t testing.TB, h http.Handler, method, path, contentType string, body []byte) response {
	t.Helper()
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.Bytes()}
}

func errorCode(t testing.TB, r response) schema.Code {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal(r.body, &e); err != nil {
		t.Fatalf("error body %q: %v", r.body, err)
	}
	return e.Error.Code
}

// apiSpec validates real responses against the schemas the server's own
// /openapi.json gives for their path, method and status.
type apiSpec struct {
	doc      map[string]any
	compiler *jsonschema.Compiler
	cache    map[string]*jsonschema.Schema
}

const specURL = "https://entities.example/openapi.json"

func loadSpec(t testing.TB, h http.Handler) *apiSpec {
	t.Helper()
	r := do(t, h, http.MethodGet, "/openapi.json", "", nil)
	if r.status != http.StatusOK {
		t.Fatalf("GET /openapi.json: %d", r.status)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(r.body))
	if err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(specURL, inst); err != nil {
		t.Fatalf("add openapi.json: %v", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(r.body, &doc); err != nil {
		t.Fatal(err)
	}
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Fatalf("openapi version %q", v)
	}
	return &apiSpec{doc: doc, compiler: c, cache: map[string]*jsonschema.Schema{}}
}

func pointerEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// check fails the test unless the spec documents the status of path+method
// and the body conforms to the schema it gives.
func (s *apiSpec) check(t testing.TB, method, path string, r response) {
	t.Helper()
	if err := s.validate(method, path, r); err != nil {
		t.Fatal(err)
	}
}

func (s *apiSpec) validate(method, path string, r response) error {
	item, _ := s.doc["paths"].(map[string]any)[path].(map[string]any)
	op, _ := item[strings.ToLower(method)].(map[string]any)
	if op == nil {
		return fmt.Errorf("openapi.json has no %s %s", method, path)
	}
	status := strconv.Itoa(r.status)
	resp, _ := op["responses"].(map[string]any)[status].(map[string]any)
	if resp == nil {
		return fmt.Errorf("openapi.json does not document %d for %s %s", r.status, method, path)
	}
	ptr := "#/paths/" + pointerEscape(path) + "/" + strings.ToLower(method) + "/responses/" + status
	if ref, ok := resp["$ref"].(string); ok {
		ptr = ref
		name := strings.TrimPrefix(ref, "#/components/responses/")
		resp = s.doc["components"].(map[string]any)["responses"].(map[string]any)[name].(map[string]any)
	}
	content, _ := resp["content"].(map[string]any)
	mt := strings.TrimSpace(strings.Split(r.header.Get("Content-Type"), ";")[0])
	media, _ := content[mt].(map[string]any)
	if media == nil {
		return fmt.Errorf("openapi.json does not document content type %q for %d of %s %s", mt, r.status, method, path)
	}
	if mt != "application/json" {
		return nil
	}
	loc := specURL + ptr + "/content/" + pointerEscape(mt) + "/schema"
	sch := s.cache[loc]
	if sch == nil {
		var err error
		if sch, err = s.compiler.Compile(loc); err != nil {
			return fmt.Errorf("compile %s: %v", loc, err)
		}
		s.cache[loc] = sch
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(r.body))
	if err != nil {
		return fmt.Errorf("%s %s: body is not JSON: %v\n%s", method, path, err, r.body)
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("%s %s answered %d with a body its OpenAPI schema rejects: %v\nbody: %s", method, path, r.status, err, r.body)
	}
	return nil
}

// metricValue reads one counter or gauge from reg.
func metricValue(t testing.TB, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				if want, ok := labels[lp.GetName()]; ok && want != lp.GetValue() {
					continue metric
				}
			}
			if m.Counter != nil {
				return m.Counter.GetValue()
			}
			return m.Gauge.GetValue()
		}
	}
	return 0
}
