package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"entities/extractor/schema"
)

// Feed delivers the results a running pipeline publishes, for the viewer's
// watch view (GET /v1/watch). Serve runs it until its context ends; it calls
// publish for each result, from one goroutine at a time. Package kafkafeed
// has one that reads the pipeline's documents topic.
type Feed func(ctx context.Context, publish func(schema.Result)) error

const (
	watchRecent    = 20  // results a new watcher gets at once
	watchBuffer    = 256 // results queued per watcher before it starts missing some
	watchHeartbeat = 15 * time.Second
)

// hub fans the feed's results out to the watchers. A watcher that does not
// keep up misses results rather than slowing the feed or the others.
type hub struct {
	mu      sync.Mutex
	subs    map[chan []byte]struct{}
	recent  [][]byte
	closing chan struct{} // closed when the server shuts down
	once    sync.Once
	dropped func() // counts a result a slow watcher missed
}

func newHub(dropped func()) *hub {
	return &hub{subs: map[chan []byte]struct{}{}, closing: make(chan struct{}), dropped: dropped}
}

func (h *hub) publish(res schema.Result) {
	b, err := json.Marshal(res)
	if err != nil {
		return // a Result of plain fields always encodes
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.recent = append(h.recent, b)
	if len(h.recent) > watchRecent {
		h.recent = h.recent[len(h.recent)-watchRecent:]
	}
	for ch := range h.subs {
		select {
		case ch <- b:
		default:
			h.dropped()
		}
	}
}

func (h *hub) subscribe() (chan []byte, [][]byte) {
	ch := make(chan []byte, watchBuffer)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.subs[ch] = struct{}{}
	return ch, append([][]byte(nil), h.recent...)
}

func (h *hub) unsubscribe(ch chan []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs, ch)
}

// close ends every watch stream, so that shutdown does not wait for them.
func (h *hub) close() { h.once.Do(func() { close(h.closing) }) }

// watch streams the feed's results as server-sent events: one "result" event
// per document, newest last, after the most recent ones for context.
func (s *Server) watch(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Feed == nil {
		writeError(w, http.StatusNotFound, codeNotFound, "no pipeline to watch: start the server with a feed (entities serve --brokers)")
		return
	}
	rc := http.NewResponseController(w)
	// A stream outlives the server's write timeout, which is sized for
	// extraction requests.
	if err := rc.SetWriteDeadline(time.Time{}); err != nil {
		s.log.Debug("watch: cannot lift the write deadline", "err", err)
	}
	ch, recent := s.hub.subscribe()
	defer s.hub.unsubscribe(ch)
	s.metrics.watchers.Inc()
	defer s.metrics.watchers.Dec()

	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 3000\n\n")
	for _, b := range recent {
		fmt.Fprintf(w, "event: result\ndata: %s\n\n", b)
	}
	if err := rc.Flush(); err != nil {
		return
	}
	tick := time.NewTicker(watchHeartbeat)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.hub.closing:
			return
		case b := <-ch:
			fmt.Fprintf(w, "event: result\ndata: %s\n\n", b)
		case <-tick.C:
			fmt.Fprint(w, ": keep-alive\n\n")
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}
