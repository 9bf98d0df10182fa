package main

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"entities/pipeline"
)

func TestHealthcheck(t *testing.T) {
	var ready atomic.Bool
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: pipeline.Handler(prometheus.NewRegistry(), ready.Load)}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	_, port, _ := net.SplitHostPort(ln.Addr().String())

	check := func(vars map[string]string, args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), getenv: func(k string) string { return vars[k] }}
		code := run(context.Background(), e, append([]string{"healthcheck"}, args...))
		return out.String(), errb.String(), code
	}
	// a worker that is alive but not yet ready
	if _, errs, code := check(nil, "--http", ln.Addr().String()); code != 1 || !strings.Contains(errs, "503") {
		t.Errorf("not ready: exit %d, stderr %q; want 1 and the 503", code, errs)
	}
	if _, errs, code := check(nil, "--http", ln.Addr().String(), "--path", "/healthz"); code != 0 {
		t.Errorf("alive: exit %d, stderr %q", code, errs)
	}
	ready.Store(true)
	// the worker's own listen address, as the image sets it: asked on loopback
	if out, errs, code := check(map[string]string{"ENTITIES_HTTP_ADDR": ":" + port}); code != 0 || !strings.Contains(out, "http://127.0.0.1:"+port+"/readyz") {
		t.Errorf("ready: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	srv.Close()
	if _, errs, code := check(nil, "--http", ln.Addr().String()); code != 1 || errs == "" {
		t.Errorf("nothing listening: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := check(nil, "--http", "no-port"); code != 2 || !strings.Contains(errs, "no-port") {
		t.Errorf("bad address: exit %d, stderr %q", code, errs)
	}
}

func TestHealthURL(t *testing.T) {
	for _, c := range []struct{ addr, want string }{
		{":9464", "http://127.0.0.1:9464/readyz"},
		{"0.0.0.0:9464", "http://127.0.0.1:9464/readyz"},
		{"[::]:9464", "http://[::1]:9464/readyz"},
		{"10.0.0.5:80", "http://10.0.0.5:80/readyz"},
	} {
		if got, err := healthURL(c.addr, "readyz"); err != nil || got != c.want {
			t.Errorf("healthURL(%q) = %q, %v; want %q", c.addr, got, err, c.want)
		}
	}
}

// TestSecondWorkerMetricsPort: on the default address a second worker on
// one host takes the next free port and logs it; an address given on the
// command line that is taken is an error that says which flag to use
// (issue 16, finding 8: the second worker died on "address already in use").
func TestSecondWorkerMetricsPort(t *testing.T) {
	first, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	taken := first.Addr().String()
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	stop, err := serveHealth(taken, healthPortTries, pipeline.Handler(prometheus.NewRegistry(), func() bool { return true }), log)
	if err != nil {
		t.Fatalf("second worker on the default address: %v", err)
	}
	defer stop()
	if !strings.Contains(logs.String(), "wanted="+taken) || !strings.Contains(logs.String(), "entities healthcheck --http 127.0.0.1:") {
		t.Fatalf("log does not say which port it took:\n%s", logs.String())
	}
	if _, err := serveHealth(taken, 0, http.NotFoundHandler(), log); err == nil || !strings.Contains(err.Error(), "--http") {
		t.Fatalf("taken address given explicitly: %v; want an error naming --http", err)
	}
}
