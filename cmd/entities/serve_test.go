package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/broker"
	"entities/pipeline/broker/brokertest"
)

func TestServeUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"serve", "-h"}, 0},
		{"stray argument", []string{"serve", "now"}, 2},
		{"unknown flag", []string{"serve", "--port", "80"}, 2},
		{"unknown type", []string{"serve", "--types", "PLACE"}, 2},
		{"bad address", []string{"serve", "--addr", "127.0.0.1:notaport"}, 1},
		{"negative limit", []string{"serve", "--max-docs", "-1"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.code, errs)
			}
		})
	}
}

// lockedBuffer is a stderr the server goroutine writes while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs `entities serve` on a free port and returns its base URL
// once it is ready; stop ends it as SIGTERM does and returns its exit code.
func startServe(t *testing.T, args ...string) (base string, stop func() int) {
	t.Helper()
	base, _, stop = startServeLog(t, args...)
	return base, stop
}

// startServeLog is startServe that also returns the command's stderr.
func startServeLog(t *testing.T, args ...string) (base string, stderr *lockedBuffer, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr = &lockedBuffer{}
	e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: stderr, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	stopped := false
	code := 0
	stop = func() int {
		if !stopped {
			stopped = true
			cancel()
			code = <-done // a serve that never stops is go test's -timeout
		}
		return code
	}
	t.Cleanup(func() { stop() })

	addrRE := regexp.MustCompile(`serving on (http://[0-9.:]+)/`)
	// wait on progress, not on time: as long as start-up takes here
	for base == "" {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d before listening: %s", code, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d before it was ready: %s", code, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	return base, stderr, stop
}

// TestServe starts the command on a free port, extracts one document over
// HTTP and stops it with the context.
func TestServe(t *testing.T) {
	base, stop := startServe(t)
	resp, err := http.Post(base+"/v1/extract", "application/json", strings.NewReader(`{"id":"q","text":"Ok"}`))
	if err != nil {
		t.Fatal(err)
	}
	var res schema.Result
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	// Two letters cannot be told apart: serve extracts them anyway (allow-und
	// is on by default).
	if err != nil || resp.StatusCode != http.StatusOK || res.ID != "q" {
		t.Fatalf("POST /v1/extract: %d %+v %v", resp.StatusCode, res, err)
	}
	if resp, err := http.Get(base + "/v1/watch"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Fatalf("GET /v1/watch without --brokers: %v %v, want 404", resp.StatusCode, err)
	}
	if code := stop(); code != 0 {
		t.Fatalf("exit %d after shutdown", code)
	}
}

// TestServeTimeout: with the real extractor, a document that cannot be done
// within --timeout is answered 503 timeout with Retry-After, counted in
// /metrics and in the access log, and its extraction stops (serve waits for
// it when it shuts down).
func TestServeTimeout(t *testing.T) {
	base, stderr, stop := startServeLog(t, "--timeout", "1ms")
	var b strings.Builder
	for i := 0; b.Len() < 900_000; i++ {
		fmt.Fprintf(&b, "Marta Lindqvist%d of Oskarsson Shipping%d said on Friday that the port would reopen. ", i, i)
	}
	body, _ := json.Marshal(schema.Document{ID: "big", Text: b.String()})
	resp, err := http.Post(base+"/v1/extract", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var e struct{ Error schema.Error }
	err = json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusServiceUnavailable || e.Error.Code != schema.CodeTimeout || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("900 KB with --timeout 1ms: %d %+v %v, want 503 timeout with Retry-After", resp.StatusCode, e, err)
	}
	resp, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"entities_http_timeouts_total 1", "entities_http_rejected_total 0", "entities_http_pending_limit_bytes "} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics has no %q", want)
		}
	}
	if code := stop(); code != 0 {
		t.Fatalf("exit %d after shutdown", code)
	}
	if !regexp.MustCompile(`msg=request method=POST path=/v1/extract status=503 bytes_in=\d+ bytes_out=\d+ duration=\S+ docs=1`).MatchString(stderr.String()) {
		t.Errorf("no access log line for the request in:\n%s", stderr.String())
	}
}

// TestServeWatch starts serve with --brokers on the in-process broker and
// checks that a result written to the results topic reaches /v1/watch.
func TestServeWatch(t *testing.T) {
	const topic = "entities.documents"
	b := brokertest.Start(t, broker.Config{Partitions: 1, Topics: []string{topic}})
	base, stop := startServe(t, "--brokers", b.Addr(), "--watch-topic", topic)

	resp, err := http.Get(base + "/v1/watch")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /v1/watch: %v", err)
	}
	ids := make(chan string, 100)
	go func() {
		defer close(ids)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var r schema.Result
				if json.Unmarshal([]byte(data), &r) == nil {
					ids <- r.ID
				}
			}
		}
	}()
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: topic, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	defer w.Close()
	// the feed starts at the end of the topic, found lazily: write until a
	// record comes through
	for i := 0; ; i++ {
		val, _ := json.Marshal(pipeline.DocumentRecord{Result: schema.Result{ID: fmt.Sprint("doc-", i), Lang: "en", Entities: []schema.Mention{}}})
		if err := w.WriteMessages(context.Background(), kafka.Message{Key: []byte("k"), Value: val}); err != nil {
			t.Fatal(err)
		}
		select {
		case id := <-ids:
			if !strings.HasPrefix(id, "doc-") {
				t.Fatalf("watch showed %q", id)
			}
			resp.Body.Close()
			if code := stop(); code != 0 {
				t.Fatalf("exit %d after shutdown", code)
			}
			return
		case <-time.After(300 * time.Millisecond): // then write another
		}
	}
}
