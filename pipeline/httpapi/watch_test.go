package httpapi

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"entities/extractor/schema"
)

// chanFeed is a Feed that publishes what the test sends it.
func chanFeed(in <-chan schema.Result) Feed {
	return func(ctx context.Context, publish func(schema.Result)) error {
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case r := <-in:
				publish(r)
			}
		}
	}
}

// serveWatch runs a server with a feed on a real listener; the returned stop
// ends it and waits for Serve.
func serveWatch(t *testing.T, feed Feed) (s *Server, base string, stop func() error) {
	t.Helper()
	// Shutdown must end watch streams, not wait them out: with a grace
	// period no test outlasts, a shutdown that waited would hang the test
	// instead of passing late on a slow machine.
	s = newServer(t, Config{Feed: feed, ShutdownTimeout: time.Hour})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	var once bool
	stop = func() error {
		if once {
			return nil
		}
		once = true
		cancel()
		return <-served
	}
	t.Cleanup(func() { stop() })
	return s, "http://" + ln.Addr().String(), stop
}

// published waits until the hub has published the result with this id.
func published(t *testing.T, s *Server, id string) {
	t.Helper()
	for {
		s.hub.mu.Lock()
		n := len(s.hub.recent)
		last := ""
		if n > 0 {
			var r schema.Result
			json.Unmarshal(s.hub.recent[n-1], &r)
			last = r.ID
		}
		s.hub.mu.Unlock()
		if last == id {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func feedResult(id string, names ...string) schema.Result {
	res := schema.Result{ID: id, Lang: "en", LangConfidence: 0.9, Entities: []schema.Mention{}}
	pos := 0
	for _, n := range names {
		res.Entities = append(res.Entities, schema.Mention{Type: schema.Person, Text: n, Start: pos, End: pos + len([]rune(n)),
			Key: "person:" + strings.ToLower(n), Canonical: n})
		pos += len([]rune(n)) + 1
	}
	return res
}

// readEvents reads n "result" events from an event stream.
func readEvents(t *testing.T, sc *bufio.Scanner, n int) []schema.Result {
	t.Helper()
	var out []schema.Result
	event := ""
	for len(out) < n && sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			if event != "result" {
				t.Fatalf("data for event %q", event)
			}
			var r schema.Result
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &r); err != nil {
				t.Fatalf("event data %q: %v", line, err)
			}
			out = append(out, r)
		}
	}
	if len(out) < n {
		t.Fatalf("stream ended after %d of %d events: %v", len(out), n, sc.Err())
	}
	return out
}

func TestWatchStream(t *testing.T) {
	in := make(chan schema.Result)
	s, base, stop := serveWatch(t, chanFeed(in))
	waitReady(t, base)

	// results published before anyone watches are replayed, the last few only
	for i := 0; i < watchRecent+5; i++ {
		in <- feedResult(fmt.Sprintf("old-%d", i), "Ada Byron")
	}
	published(t, s, fmt.Sprintf("old-%d", watchRecent+4))
	resp, err := http.Get(base + "/v1/watch")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("GET /v1/watch: %d %s", resp.StatusCode, ct)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	replay := readEvents(t, sc, watchRecent)
	if replay[0].ID != "old-5" || replay[watchRecent-1].ID != fmt.Sprintf("old-%d", watchRecent+4) {
		t.Fatalf("replay from %s to %s, want the last %d", replay[0].ID, replay[len(replay)-1].ID, watchRecent)
	}
	// then live results, in order
	go func() {
		for i := 0; i < 3; i++ {
			in <- feedResult(fmt.Sprintf("new-%d", i), "Grace Hopper", "Ada Byron")
		}
	}()
	live := readEvents(t, sc, 3)
	for i, r := range live {
		if r.ID != fmt.Sprintf("new-%d", i) || len(r.Entities) != 2 {
			t.Fatalf("live event %d: %+v", i, r)
		}
	}
	// shutdown ends the stream instead of waiting for it (the grace period
	// is an hour: a stop that returns did not wait)
	if err := stop(); err != nil {
		t.Fatalf("Serve with a watcher connected: %v", err)
	}
	for sc.Scan() {
	}
}

func TestWatchWithoutFeed(t *testing.T) {
	s := newServer(t, Config{})
	spec := loadSpec(t, s.Handler())
	r := do(t, s.Handler(), "GET", "/v1/watch", "", nil)
	if r.status != http.StatusNotFound || errorCode(t, r) != codeNotFound {
		t.Fatalf("%d %s, want 404 not_found", r.status, r.body)
	}
	spec.check(t, "GET", "/v1/watch", r)
}

func TestHubDropsForSlowWatcher(t *testing.T) {
	dropped := 0
	h := newHub(func() { dropped++ })
	ch, _ := h.subscribe()
	for i := 0; i < watchBuffer+10; i++ {
		h.publish(feedResult(fmt.Sprint(i)))
	}
	if len(ch) != watchBuffer || dropped != 10 {
		t.Fatalf("queued %d, dropped %d; want %d and 10", len(ch), dropped, watchBuffer)
	}
	h.unsubscribe(ch)
	h.publish(feedResult("after"))
	if dropped != 10 {
		t.Fatal("a result was offered to a watcher that left")
	}
}
