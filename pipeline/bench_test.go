package pipeline_test

import (
	"context"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"entities/extractor"
	"entities/extractor/benchcorpus"
	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/loadtest"
)

// BenchmarkPipeline measures end-to-end throughput and latency through the
// in-process broker: a producer keeps a window of documents (~2 KB news
// text) in flight, one worker extracts and publishes them, and a reader of
// the result topic notes when each document's result arrives. Latency is
// from the produce call to the result's arrival. Run it with a fixed count:
//
//	go test -run XXX -bench Pipeline -benchtime 3000x ./pipeline/
//
// "engine" uses the real extractor. "kafka-only" swaps in an extractor that
// finds one fixed mention of each type without looking at the text, so the
// figure is what the Kafka side (fetch, JSON, publish with acks, commit,
// and the broker in the same process) can carry by itself.
//
// With a window of 256 documents the latency is mostly queueing (Little's
// law: about window / throughput); "engine-window-8" shows the latency of a
// lightly loaded worker.
//
// "corpus" and "corpus-window-8" send unique documents built from the val
// text of every source in ../shared/data (extractor/benchcorpus; skipped
// without it) instead of the generated ones, which repeat a few sentence
// templates and so keep every cache warm:
//
//	go test -run XXX -bench Pipeline/corpus -benchtime 3000x ./pipeline/
func BenchmarkPipeline(b *testing.B) {
	b.Run("engine", func(b *testing.B) { benchPipeline(b, sharedEngine(b), 256, generated) })
	b.Run("engine-window-8", func(b *testing.B) { benchPipeline(b, sharedEngine(b), 8, generated) })
	b.Run("kafka-only", func(b *testing.B) { benchPipeline(b, fixedExtractor{}, 256, generated) })
	b.Run("corpus", func(b *testing.B) { benchPipeline(b, sharedEngine(b), 256, uniqueDocuments(b)) })
	b.Run("corpus-window-8", func(b *testing.B) { benchPipeline(b, sharedEngine(b), 8, uniqueDocuments(b)) })
}

// generated is the i-th generated ~2 KB news document and its language.
func generated(i int) (text, lang string) { return newsDocument(i, 2000) }

// uniqueDocuments returns the benchmark corpus as a document source (the
// language is left to the detector, as a caller without hints would), or
// skips the benchmark without the data.
func uniqueDocuments(b *testing.B) func(i int) (text, lang string) {
	dir, err := benchcorpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	docs, err := benchcorpus.Build(dir, benchcorpus.Options{PerSource: b.N/8 + 1})
	if err != nil {
		b.Fatal(err)
	}
	if len(docs) < b.N {
		b.Logf("%d unique documents for %d: some repeat", len(docs), b.N)
	}
	return func(i int) (string, string) { return docs[i%len(docs)].Text, "" }
}

// fixedExtractor returns three mentions for any document.
type fixedExtractor struct{}

func (fixedExtractor) Extract(ctx context.Context, doc schema.Document) (schema.Result, error) {
	if err := schema.Validate(doc, 0); err != nil {
		return schema.Result{}, err
	}
	return schema.Result{ID: doc.ID, Lang: "en", LangConfidence: 1, Entities: []schema.Mention{
		{Type: schema.Person, Text: "Anna Rossi", Start: 0, End: 10, Key: "person:anna_rossi", Canonical: "Anna Rossi"},
		{Type: schema.Organization, Text: "Orbis Telecom", Start: 20, End: 33, Key: "organization:orbis-telecom", Canonical: "Orbis Telecom"},
		{Type: schema.Money, Text: "$40 million", Start: 40, End: 51, Key: "money:USD:40000000", Canonical: "40000000 USD", Amount: "40000000", Currency: "USD"},
	}}, nil
}

// benchPipeline keeps window documents produced but not yet seen on the
// output (see pipeline/loadtest).
func benchPipeline(b *testing.B, ex extractor.Extractor, window int, document func(i int) (text, lang string)) {
	cfg := testConfig("")
	cfg.MaxBytes = 0
	cfg.Logger = testLogger(b)
	reg := prometheus.NewRegistry()
	cfg.Metrics = pipeline.NewMetrics(reg)
	docs := make([]loadtest.Document, b.N)
	for i := range docs {
		docs[i].Text, docs[i].Lang = document(i)
	}
	r, err := loadtest.Run(context.Background(), loadtest.Config{Extractor: ex, Documents: docs, Window: window, Worker: cfg, OnStart: b.ResetTimer})
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	lat := append([]time.Duration(nil), r.Latency...)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(float64(b.N)/r.Elapsed.Seconds(), "docs/s")
	// the whole process: worker, in-process broker, the producer and readers
	b.ReportMetric(float64(r.CPU.Microseconds())/1000/float64(b.N), "cpu-ms/doc")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
	if sum, count := histogram(reg, "entities_extraction_seconds"); count > 0 {
		// Share of the run the extraction goroutines were busy: near 1
		// means extraction is what limits throughput.
		b.ReportMetric(1000*sum/count, "extract-ms/doc")
		b.ReportMetric(sum/(r.Elapsed.Seconds()*float64(cfgConcurrency(cfg))), "extract-busy")
	}
}

func cfgConcurrency(c pipeline.Config) int {
	if c.Concurrency > 0 {
		return c.Concurrency
	}
	return runtimeProcs()
}

func histogram(g prometheus.Gatherer, name string) (sum, count float64) {
	mfs, err := g.Gather()
	if err != nil {
		return 0, 0
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.Metric) == 1 && mf.Metric[0].Histogram != nil {
			h := mf.Metric[0].Histogram
			return h.GetSampleSum(), float64(h.GetSampleCount())
		}
	}
	return 0, 0
}

// peakRSS is the process's peak resident set size in bytes (VmHWM), which
// includes the in-process broker holding every record.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}
