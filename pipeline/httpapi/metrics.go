package httpapi

import (
	"net/http"
	"strconv"
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
		watchers: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "entities_http_watchers",
			Help: "Pages watching the pipeline through /v1/watch.",
		}),
		watchDropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "entities_http_watch_dropped_total",
			Help: "Results a slow watcher missed.",
		}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.inFlight, m.documents, m.mentions, m.ready, m.watchers, m.watchDropped} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (s *Server) instrument(name string, h http.Handler) http.Handler {
	dur := s.metrics.duration.WithLabelValues(name)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Inc()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			s.metrics.inFlight.Dec()
			dur.Observe(time.Since(start).Seconds())
			s.metrics.requests.WithLabelValues(name, strconv.Itoa(rec.status)).Inc()
		}()
		h.ServeHTTP(rec, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.ResponseWriter.Write(b)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
