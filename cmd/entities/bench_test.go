package main

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"entities/extractor/schema"
)

// TestBenchBuiltin runs both measurements on the built-in articles (no data
// folder needed) and checks the report's lines, not its figures.
func TestBenchBuiltin(t *testing.T) {
	for _, args := range [][]string{
		{"bench", "--corpus", "builtin", "--docs", "30", "--workers", "2"},
		{"bench", "--corpus", "builtin", "--docs", "30", "--e2e", "--window", "8"},
	} {
		out, errOut, code := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		for _, want := range []string{"corpus: 30 documents (the ", "repeated)", "start-up: first document", "throughput: ", "CPU: ", "latency (", "p99", "resident memory: "} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: no %q in\n%s", args, want, out)
			}
		}
	}
}

// TestBenchWrite writes the unique corpus as documents extract reads, when
// the data folder is there.
func TestBenchWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	out, errOut, code := runCLI(t, "", "bench", "--docs", "40", "--write", path)
	if code == 2 && strings.Contains(errOut, "no data folder") {
		t.Skip(errOut)
	}
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d schema.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil || d.ID == "" || len(d.Text) < 1000 || seen[d.Text] {
			t.Fatalf("bad or repeated line %q: %v", sc.Text()[:min(80, len(sc.Text()))], err)
		}
		seen[d.Text] = true
	}
	if len(seen) != 40 {
		t.Errorf("%d documents, want 40", len(seen))
	}
}

func TestSetMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	for _, tt := range []struct {
		args []string
		env  string
		want int64
	}{
		{[]string{"worker", "--brokers", "x"}, "", defaultMemoryLimit},
		{[]string{"serve"}, "", defaultMemoryLimit},
		{[]string{"worker"}, "off", math.MaxInt64},
		{[]string{"extract"}, "", defaultMemoryLimit},
		{[]string{"reprocess", "--from", "0"}, "", defaultMemoryLimit},
		{[]string{"extract"}, "off", math.MaxInt64},
		{[]string{"train"}, "", math.MaxInt64},
		{nil, "", math.MaxInt64},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		setMemoryLimit(tt.args, func(string) string { return tt.env })
		if got := debug.SetMemoryLimit(-1); got != tt.want {
			t.Errorf("%v GOMEMLIMIT=%q: limit %d, want %d", tt.args, tt.env, got, tt.want)
		}
	}
}
