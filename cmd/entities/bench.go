package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"entities/extractor"
	"entities/extractor/benchcorpus"
	"entities/extractor/schema"
	"entities/pipeline/demo"
)

func init() {
	register(&command{name: "bench", summary: "measure speed and memory on unique documents (extraction, or end to end through an embedded broker)", run: runBench})
}

// benchDoc is one document of the benchmark corpus.
type benchDoc struct {
	id, source, text string
}

// runBench measures the extractor (or, with --e2e, the whole worker through
// an in-process broker) on unique documents built from the val text of every
// source in the data folder (extractor/benchcorpus), each extracted once.
// Without the data folder, or with --corpus builtin, it loops over the
// demo's built-in articles, which repeat and so flatter every cache.
func runBench(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel (with --e2e: the worker's extraction goroutines)")
	docsN := fs.Int("docs", 3000, "documents to extract, each once")
	data := fs.String("data", "", "data folder with ner/<source>/<lang>/val.tsv (default: ../shared/data beside the module, or $"+benchcorpus.Env+")")
	corpus := fs.String("corpus", "val", "val: unique ~2 KB documents from the data folder's val text; builtin: the demo's articles, repeated")
	size := fs.Int("size", 2000, "bytes of text per document (val corpus)")
	e2e := fs.Bool("e2e", false, "end to end: produce the documents to an in-process broker, run one worker, time each result's arrival")
	window := fs.Int("window", 256, "with --e2e: documents produced but not yet seen on the output")
	write := fs.String("write", "", "write the corpus to `FILE` as JSON lines (no lang hint) and exit, for timing entities extract or a real worker on it")
	var ef engineFlags
	ef.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities bench [--docs 3000] [--workers N] [--e2e] [--corpus val|builtin]\n\n"+
			"Extracts unique documents built from the val text in the data folder, each once, and reports\n"+
			"start-up time, documents/s, CPU ms per document (in all and per source), latency (p50, p99)\n"+
			"and resident memory. --e2e sends them through an in-process Kafka broker and one worker.\n\nFlags:")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "entities bench: %v\n", err)
		return 2
	}
	docs, label, err := benchDocs(*corpus, *data, *size, *docsN)
	if err != nil {
		return fail(err)
	}
	var bytes int64
	sources := map[string]bool{}
	for _, d := range docs {
		bytes += int64(len(d.text))
		sources[d.source] = true
	}
	fmt.Fprintf(e.stdout, "corpus: %d %s from %d sources, mean %d bytes\n", len(docs), label, len(sources), bytes/int64(len(docs)))
	if *write != "" {
		if err := writeDocs(*write, docs); err != nil {
			return fail(err)
		}
		fmt.Fprintf(e.stdout, "written to %s\n", *write)
		return 0
	}

	// Start-up: build the engine and extract one document (models load
	// lazily), as `entities extract` does for its first line.
	cpu0, t0 := processCPU(), time.Now()
	eng, err := ef.engine()
	if err != nil {
		return fail(err)
	}
	first := docs[0]
	if _, err := eng.Extract(ctx, schema.Document{ID: first.id, Text: first.text}); err != nil && schema.CodeOf(err) == schema.CodeInternal {
		return fail(err)
	}
	fmt.Fprintf(e.stdout, "start-up: first document extracted %s after the engine was built, %s CPU (process total so far %s CPU)\n",
		time.Since(t0).Round(time.Millisecond), (processCPU() - cpu0).Round(time.Millisecond), processCPU().Round(time.Millisecond))
	// The other sources' models, so that loading is not timed below.
	t1, cpu1 := time.Now(), processCPU()
	seen := map[string]bool{}
	for _, d := range docs {
		if !seen[d.source] {
			seen[d.source] = true
			eng.Extract(ctx, schema.Document{ID: d.id, Text: d.text})
		}
	}
	fmt.Fprintf(e.stdout, "models: every source's loaded in %s more, %s CPU\n", time.Since(t1).Round(time.Millisecond), (processCPU() - cpu1).Round(time.Millisecond))
	if err := releaseModelPages(); err != nil { // as the worker does after its warm-up
		fmt.Fprintf(e.stderr, "entities bench: release the embedded model files' pages: %v\n", err)
	}

	var res benchResult
	if *e2e {
		res, err = benchPipeline(ctx, eng, docs, *workers, *window)
	} else {
		res, err = benchExtract(ctx, eng, docs, *workers)
	}
	if err != nil {
		return fail(err)
	}
	res.print(e.stdout, docs, bytes, *e2e, *workers)
	return 0
}

// benchDocs returns up to n documents of the corpus named kind, and how to
// call them.
func benchDocs(kind, data string, size, n int) ([]benchDoc, string, error) {
	switch kind {
	case "builtin":
		var docs []benchDoc
		for _, s := range demo.Samples() {
			if d, err := schema.Decode(s.Value, 0); err == nil {
				docs = append(docs, benchDoc{id: d.ID, source: "builtin/" + d.Lang, text: d.Text})
			}
		}
		base := len(docs)
		for i := 0; len(docs) < n; i++ {
			docs = append(docs, docs[i%base])
		}
		return docs[:n], fmt.Sprintf("documents (the %d built-in articles, repeated)", base), nil
	case "val":
		dir := data
		var err error
		if dir == "" {
			dir, err = benchcorpus.Dir()
		}
		if err != nil {
			return nil, "", fmt.Errorf("%w (or use --corpus builtin)", err)
		}
		// Every source's documents, interleaved: the first n mix them all
		// until the smaller sources run out.
		all, err := benchcorpus.Build(dir, benchcorpus.Options{Size: size})
		if err != nil {
			return nil, "", err
		}
		if len(all) > n {
			all = all[:n]
		}
		docs := make([]benchDoc, len(all))
		for i, d := range all {
			docs[i] = benchDoc{id: d.ID, source: d.Source, text: d.Text}
		}
		return docs, "unique documents", nil
	}
	return nil, "", fmt.Errorf("unknown --corpus %q (want val or builtin)", kind)
}

// writeDocs writes docs as JSON lines, one schema.Document each.
func writeDocs(path string, docs []benchDoc) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(schema.Document{ID: d.id, Text: d.text}); err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// benchResult is what one measurement saw.
type benchResult struct {
	elapsed time.Duration
	cpu     time.Duration   // the process's CPU time over the run
	latency []time.Duration // per document: extraction, or produce to result
	// per source: documents and the CPU time of the thread that extracted
	// them (extraction only)
	srcDocs map[string]int
	srcCPU  map[string]time.Duration
}

// benchExtract extracts every document once with workers goroutines, each
// locked to its thread so that the thread's CPU time is the document's.
func benchExtract(ctx context.Context, eng *extractor.Engine, docs []benchDoc, workers int) (benchResult, error) {
	res := benchResult{latency: make([]time.Duration, len(docs)), srcDocs: map[string]int{}, srcCPU: map[string]time.Duration{}}
	cpu := make([]time.Duration, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	cpu0, start := processCPU(), time.Now()
	for range workers {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(docs) || ctx.Err() != nil {
					return
				}
				c, t := threadCPU(), time.Now()
				eng.Extract(ctx, schema.Document{ID: docs[i].id, Text: docs[i].text})
				res.latency[i], cpu[i] = time.Since(t), threadCPU()-c
			}
		})
	}
	wg.Wait()
	res.elapsed, res.cpu = time.Since(start), processCPU()-cpu0
	for i, d := range docs {
		res.srcDocs[d.source]++
		res.srcCPU[d.source] += cpu[i]
	}
	return res, ctx.Err()
}

func (r benchResult) print(w io.Writer, docs []benchDoc, bytes int64, e2e bool, workers int) {
	n := len(r.latency)
	secs := r.elapsed.Seconds()
	mode := fmt.Sprintf("extraction, %d workers", workers)
	if e2e {
		mode = fmt.Sprintf("end to end through the in-process broker, one worker with %d extraction goroutines", workers)
	}
	fmt.Fprintf(w, "run: %s on %d cores (GOMAXPROCS %d), %s\n", mode, runtime.NumCPU(), runtime.GOMAXPROCS(0), r.elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "throughput: %.0f documents/s, %.2f MB/s\n", float64(n)/secs, float64(bytes)/secs/1e6)
	fmt.Fprintf(w, "CPU: %.2f ms per document (whole process: %s for %d documents)\n", float64(r.cpu.Microseconds())/1000/float64(n), r.cpu.Round(time.Millisecond), n)
	lat := append([]time.Duration(nil), r.latency...)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) time.Duration { return lat[min(n-1, int(p*float64(n)))] }
	what := "extraction"
	if e2e {
		what = "produce to result"
	}
	fmt.Fprintf(w, "latency (%s): p50 %s, p99 %s, max %s\n", what, q(0.5).Round(time.Microsecond), q(0.99).Round(time.Microsecond), lat[n-1].Round(time.Microsecond))
	if len(r.srcDocs) > 0 {
		fmt.Fprintln(w, "CPU ms per document by source (the extracting thread's):")
		var srcs []string
		for s := range r.srcDocs {
			srcs = append(srcs, s)
		}
		sort.Strings(srcs)
		for _, s := range srcs {
			fmt.Fprintf(w, "  %-18s %5d documents %6.2f ms\n", s, r.srcDocs[s], float64(r.srcCPU[s].Microseconds())/1000/float64(r.srcDocs[s]))
		}
	}
	rss, hwm := memory()
	fmt.Fprintf(w, "resident memory: %s now, %s peak\n", rss, hwm)
}

// memory reads the resident set size and its peak from /proc (Linux).
func memory() (rss, peak string) {
	rss, peak = "n/a", "n/a"
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) < 3 {
			continue
		}
		switch f[0] {
		case "VmRSS:":
			rss = f[1] + " kB"
		case "VmHWM:":
			peak = f[1] + " kB"
		}
	}
	return
}
