package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"entities/extractor/schema"
	"entities/pipeline/demo"
)

func init() {
	register(&command{name: "bench", summary: "measure extraction speed and memory on the built-in articles", run: runBench})
}

// runBench extracts the demo's articles over and over with --workers
// goroutines for --duration and reports documents/s, MB/s, per-document
// latency and the process's resident memory. It measures the extractor
// alone; the pipeline's Kafka throughput is BenchmarkEndToEnd in pipeline/.
func runBench(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel")
	duration := fs.Duration("duration", 10*time.Second, "how long to measure (after loading the models)")
	var ef engineFlags
	ef.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities bench [--workers N] [--duration 10s]\n\nExtracts the built-in multilingual articles in a loop and reports documents/s, MB/s,\nper-document latency (p50, p99) and resident memory.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageExit(err)
	}
	loadStart := time.Now()
	eng, err := ef.engine()
	if err != nil {
		fmt.Fprintf(e.stderr, "entities bench: %v\n", err)
		return 2
	}
	var docs []schema.Document
	var bytes int64
	for _, s := range demo.Samples() {
		d, err := schema.Decode(s.Value, 0)
		if err == nil {
			docs = append(docs, d)
			bytes += int64(len(d.Text))
		}
	}
	for _, d := range docs { // loads every model the articles need
		eng.Extract(ctx, d)
	}
	load := time.Since(loadStart)
	fmt.Fprintf(e.stdout, "corpus: %d articles, %.1f KB, mean %d bytes; models loaded in %s\n", len(docs), float64(bytes)/1024, bytes/int64(len(docs)), load.Round(time.Millisecond))

	var n, nbytes atomic.Int64
	lat := make([][]time.Duration, *workers)
	ctx, cancel := context.WithTimeout(ctx, *duration)
	defer cancel()
	var cpuStart, cpuEnd syscallRusage
	cpuStart.read()
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; ctx.Err() == nil; i++ {
				d := docs[i%len(docs)]
				t := time.Now()
				eng.Extract(context.Background(), d)
				lat[w] = append(lat[w], time.Since(t))
				n.Add(1)
				nbytes.Add(int64(len(d.Text)))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpuEnd.read()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	q := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	secs := elapsed.Seconds()
	cpu := cpuEnd.cpu - cpuStart.cpu
	fmt.Fprintf(e.stdout, "workers: %d on %d cores (GOMAXPROCS %d), %s\n", *workers, runtime.NumCPU(), runtime.GOMAXPROCS(0), elapsed.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "throughput: %.0f documents/s, %.2f MB/s\n", float64(n.Load())/secs, float64(nbytes.Load())/secs/1e6)
	if cpu > 0 {
		fmt.Fprintf(e.stdout, "per core (CPU time): %.0f documents/s, %.2f MB/s\n", float64(n.Load())/cpu.Seconds(), float64(nbytes.Load())/cpu.Seconds()/1e6)
	}
	fmt.Fprintf(e.stdout, "latency per document: p50 %s, p99 %s\n", q(0.5).Round(time.Microsecond), q(0.99).Round(time.Microsecond))
	rss, hwm := memory()
	fmt.Fprintf(e.stdout, "resident memory: %s now, %s peak\n", rss, hwm)
	return 0
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
