package httpapi

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	requests  *prometheus.CounterVec   // by handler and status code
	duration  *prometheus.HistogramVec // by handler
	inFlight  prometheus.Gauge
	documents *prometheus.CounterVec // by outcome: "ok" or an error code
	mentions  *prometheus.CounterVec // by entity type
	ready     prometheus.Gauge

	timeouts     prometheus.Counter
	rejected     prometheus.Counter
	pendingBytes prometheus.Gauge
	pendingLimit prometheus.Gauge

	watchers     prometheus.Gauge
	watchDropped prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "entities_http_requests_total",
			Help: "HTTP requests answered, by handler and status code.",
		}, []string{"handler", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "entities_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by handler.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"handler"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "entities_http_requests_in_flight",
			Help: "HTTP requests being answered.",
		}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "entities_http_documents_total",
			Help: `Documents received over HTTP, by outcome: "ok" or the error code.`,
		}, []string{"outcome"}),
		mentions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "entities_http_mentions_total",
			Help: "Mentions returned over HTTP, by entity type.",
		}, []string{"type"}),
		ready: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "entities_http_ready",
			Help: "1 when the models are warm and the server extracts, else 0.",
		}),
		timeouts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "entities_http_timeouts_total",
			Help: "Extraction requests that reached their deadline: a document answered 503 timeout, or an array answered with timeout failures for the documents not done.",
		}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "entities_http_rejected_total",
			Help: "Extraction requests refused at once with 503 overloaded: their text did not fit in the pending limit.",
		}),
		pendingBytes: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "entities_http_pending_bytes",
			Help: "Bytes of text admitted and not yet extracted.",
		}),
		pendingLimit: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "entities_http_pending_limit_bytes",
			Help: "Bytes of text that may be pending: what the slots extract in 0.9 of the timeout at the measured rate, or --max-pending.",
		}),
		watchers: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "entities_http_watchers",
			Help: "Pages watching the pipeline through /v1/watch.",
		}),
		watchDropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "entities_http_watch_dropped_total",
			Help: "Results a slow watcher missed.",
		}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.inFlight, m.documents, m.mentions, m.ready, m.timeouts, m.rejected, m.pendingBytes, m.pendingLimit, m.watchers, m.watchDropped} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// instrument counts and times the requests of one handler and writes the
// access log: one line per request, at Info level for the API and Debug for
// probes and the page, with the documents the request carried.
func (s *Server) instrument(name string, h http.Handler) http.Handler {
	dur := s.metrics.duration.WithLabelValues(name)
	level := slog.LevelInfo
	switch name {
	case "healthz", "readyz", "page", "openapi":
		level = slog.LevelDebug
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Inc()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		info := &requestInfo{}
		r = r.WithContext(context.WithValue(r.Context(), requestInfoKey{}, info))
		defer func() {
			took := time.Since(start)
			in := r.ContentLength // a body never read: what it announced
			if info.bodyRead.Load() {
				in = info.bodyBytes.Load()
			}
			s.metrics.inFlight.Dec()
			dur.Observe(took.Seconds())
			s.metrics.requests.WithLabelValues(name, strconv.Itoa(rec.status)).Inc()
			s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
				"bytes_in", in, "bytes_out", rec.bytes, "duration", took.Round(time.Microsecond), "docs", info.docs.Load())
		}()
		h.ServeHTTP(rec, r)
	})
}

// requestInfo is what a handler tells the access log about its request.
type requestInfo struct {
	docs      atomic.Int64
	bodyBytes atomic.Int64 // the body's bytes as read (decompressed), all or up to a fault
	bodyRead  atomic.Bool  // the handler read the body (a slow or broken one only in part)
}

type requestInfoKey struct{}

// infoOf is what r's handler tells the access log; outside instrument, a
// record nobody reads.
func infoOf(r *http.Request) *requestInfo {
	if info, ok := r.Context().Value(requestInfoKey{}).(*requestInfo); ok {
		return info
	}
	return &requestInfo{}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
	bytes  int64
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
