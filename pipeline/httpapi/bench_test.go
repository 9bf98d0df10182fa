package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"entities/extractor/schema"
)

// benchTexts are news-like paragraphs of a few hundred characters in the
// languages the product targets first.
var benchTexts = []string{
	"Shares of Harbour Freight Holdings rose after its chief executive, Maria Lindqvist, said the company would buy back stock worth $250 million over two years. Lindqvist told analysts in London that demand from Asia had recovered faster than expected.",
	"Die Stadtwerke Kiel GmbH wollen bis 2030 rund 180 Millionen Euro in Wärmenetze investieren, sagte Geschäftsführer Tobias Brandt am Donnerstag. Brandt verwies auf Zuschüsse des Landes Schleswig-Holstein.",
	"Le groupe Marine Atlantique SA a annoncé mardi un bénéfice de 42,5 millions d'euros. Son directeur financier, Julien Moreau, prévoit une hausse des ventes en Espagne.",
}

func benchServer(b *testing.B, real bool) http.Handler {
	b.Helper()
	cfg := Config{}
	if real {
		cfg.Extractor = realEngine(b)
	}
	return newServer(b, cfg).Handler()
}

func benchBody(b *testing.B, n int) []byte {
	b.Helper()
	if n == 1 {
		body, _ := json.Marshal(schema.Document{ID: "b", Text: benchTexts[0]})
		return body
	}
	docs := make([]schema.Document, n)
	for i := range docs {
		docs[i] = schema.Document{ID: fmt.Sprint(i), Text: benchTexts[i%len(benchTexts)]}
	}
	body, _ := json.Marshal(docs)
	return body
}

// BenchmarkExtractHandler measures POST /v1/extract in process, without
// network: "toy" isolates the server's own cost (limits, decoding, encoding,
// metrics) with a trivial tagger, "real" is the product's extractor.
func BenchmarkExtractHandler(b *testing.B) {
	for _, real := range []bool{false, true} {
		for _, n := range []int{1, 10} {
			name := fmt.Sprintf("toy/docs=%d", n)
			if real {
				name = fmt.Sprintf("real/docs=%d", n)
			}
			b.Run(name, func(b *testing.B) {
				h := benchServer(b, real)
				body := benchBody(b, n)
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				b.ResetTimer()
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						req := httptest.NewRequest(http.MethodPost, "/v1/extract", bytes.NewReader(body))
						req.Header.Set("Content-Type", "application/json")
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, req)
						if rec.Code != http.StatusOK {
							b.Fatalf("status %d: %s", rec.Code, rec.Body)
						}
					}
				})
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
				b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "docs/s")
			})
		}
	}
}

// FuzzExtract sends arbitrary bodies: the server must never fail with a 500,
// must answer only with documented statuses, and every answer must conform
// to its OpenAPI schema.
func FuzzExtract(f *testing.F) {
	s := newServer(f, Config{MaxBodyBytes: 2048, MaxDocBytes: 512, MaxDocuments: 4})
	spec := loadSpec(f, s.Handler())
	f.Add([]byte(`{"id":"a","text":"Ada Byron paid $40 to Engines Ltd"}`), true)
	f.Add([]byte(`[{"text":"Grace Hopper"},{"text":""},7,{"lang":"xx"}]`), true)
	f.Add([]byte("{\"text\":\"\xff\xfe\"}"), true)
	f.Add([]byte(`[`+strings.Repeat(`{"text":"a"},`, 5)+`{"text":"b"}]`), true)
	f.Add([]byte(`{"text":"ok"}`), false)
	f.Add([]byte(strings.Repeat("[", 3000)), true)
	f.Fuzz(func(t *testing.T, body []byte, asJSON bool) {
		ct := "text/plain"
		if asJSON {
			ct = "application/json"
		}
		r := do(t, s.Handler(), http.MethodPost, "/v1/extract", ct, body)
		switch r.status {
		case 200, 400, 413, 415, 422:
		default:
			t.Fatalf("status %d for %q: %s", r.status, body, r.body)
		}
		if err := spec.validate(http.MethodPost, "/v1/extract", r); err != nil {
			t.Fatal(err)
		}
	})
}
