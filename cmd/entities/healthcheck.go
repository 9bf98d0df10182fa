package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

func init() {
	register(&command{name: "healthcheck", summary: "exit 0 if a local worker (or serve) answers /readyz: a container health check for an image with no shell or curl", run: runHealthcheck})
}

func runHealthcheck(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("http", "127.0.0.1:9464", "the address the worker serves /healthz and /readyz on: its --http (serve's --addr)")
	path := fs.String("path", "/readyz", "what to ask: /readyz (ready: consuming, or models warm) or /healthz (the process is alive)")
	timeout := fs.Duration("timeout", 3*time.Second, "longest wait for the answer")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities healthcheck [--http ADDR] [--path /readyz|/healthz]\n\nAsks a worker or server on this host whether it is ready (or alive) and exits 0 if it answers 200,\n1 otherwise, saying why. For Docker's HEALTHCHECK and compose: the image has no shell or curl.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := applyEnv(fs, e, map[string]string{"http": "ENTITIES_HTTP_ADDR"}); err != nil {
		fmt.Fprintf(e.stderr, "entities healthcheck: %v\n", err)
		return 2
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if *addr == "" {
		fmt.Fprintln(e.stderr, "entities healthcheck: --http is empty: the worker serves no health endpoints (its --http is off)")
		return 2
	}
	url, err := healthURL(*addr, *path)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities healthcheck: %v\n", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities healthcheck: %v\n", err)
		return 2
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities healthcheck: %v\n", err)
		return 1
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(e.stderr, "entities healthcheck: %s: %s %s\n", url, resp.Status, strings.TrimSpace(string(body)))
		return 1
	}
	fmt.Fprintf(e.stdout, "%s: %s\n", url, resp.Status)
	return 0
}

// healthURL is the URL of path on a listen address: a wildcard or empty
// host (":9464", "0.0.0.0:9464", "[::]:9464") is asked on loopback.
func healthURL(addr, path string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("--http %q: %w", addr, err)
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return "http://" + net.JoinHostPort(host, port) + path, nil
}
