package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"entities/extractor/schema"
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

// TestServe starts the command on a free port, extracts one document over
// HTTP and stops it with the context, as SIGTERM does.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &stderr, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, []string{"serve", "--addr", "127.0.0.1:0"}) }()

	addrRE := regexp.MustCompile(`serving on (http://[0-9.:]+)/`)
	var base string
	for i := 0; i < 600 && base == ""; i++ {
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
	if base == "" {
		t.Fatalf("no address announced: %s", stderr.String())
	}
	for i := 0; ; i++ {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if i == 600 {
			t.Fatal("never ready")
		}
		time.Sleep(50 * time.Millisecond)
	}
	resp, err := http.Post(base+"/v1/extract", "application/json", strings.NewReader(`{"id":"q","text":"Ok"}`))
	if err != nil {
		t.Fatal(err)
	}
	var res schema.Result
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	// Two letters cannot be told apart: serve extracts them anyway (allow-und
	// is on by default here, unlike extract).
	if err != nil || resp.StatusCode != http.StatusOK || res.ID != "q" {
		t.Fatalf("POST /v1/extract: %d %+v %v", resp.StatusCode, res, err)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d after shutdown: %s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
}
