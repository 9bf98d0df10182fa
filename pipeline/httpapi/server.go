package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"entities/extractor"
	"entities/extractor/schema"
)

// readTimeout is how long a request may take to arrive, body included.
func (s *Server) readTimeout() time.Duration { return s.cfg.Timeout + bodyMargin }

// bodyMargin is what a request gets on top of Config.Timeout to send its
// body, and again to be answered (a variable for tests).
var bodyMargin = 10 * time.Second

// Defaults of the limits in Config.
const (
	DefaultMaxBodyBytes    = 8 << 20
	DefaultMaxDocuments    = 100
	DefaultTimeout         = 30 * time.Second
	DefaultShutdownTimeout = 10 * time.Second
)

// Languages is what GET /v1/languages reports: the languages detection tells
// apart, and for each entity type the languages it has a model or rules for.
// Text in any other detected language is still extracted, with the
// multilingual fallback.
type Languages struct {
	Detection []string                 `json:"detection"`
	Entities  map[schema.Type][]string `json:"entities"`
}

// Config configures a Server. Only Extractor is required; New validates the
// rest once and fills in defaults.
type Config struct {
	Extractor extractor.Extractor // required
	Languages Languages           // reported by GET /v1/languages

	// Registry receives the server's metrics and is served at /metrics; nil
	// means a private registry (metrics still served, not shared).
	Registry *prometheus.Registry
	Logger   *slog.Logger // nil means slog.Default()

	MaxBodyBytes int64         // largest request body; 0 means DefaultMaxBodyBytes
	MaxDocuments int           // documents in one request; 0 means DefaultMaxDocuments
	MaxDocBytes  int           // largest text of one document; 0 means schema.DefaultMaxBytes
	Timeout      time.Duration // per request, extraction included; 0 means DefaultTimeout
	// Concurrency bounds the documents extracted at once, over all requests;
	// 0 means GOMAXPROCS.
	Concurrency int
	// MaxPendingBytes bounds the text admitted and not yet extracted, over
	// all requests; a request that would pass it is refused at once with 503
	// overloaded and Retry-After. 0 means what the Concurrency slots extract
	// in 0.9 of Timeout at the rate measured on recent documents.
	MaxPendingBytes int64
	// ShutdownTimeout bounds how long Serve waits for requests in flight
	// after its context ends; 0 means DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
	// Feed, when set, is a running pipeline's results for the viewer's watch
	// view (GET /v1/watch); Serve runs it. Nil answers /v1/watch with 404.
	Feed Feed
	// WarmUp loads the models before the server reports ready. nil means
	// extractor.WarmUp: a short text in every language with a model.
	WarmUp func(ctx context.Context) error
}

func (c Config) withDefaults() (Config, error) {
	if c.Extractor == nil {
		return c, errors.New("httpapi: Config.Extractor is required")
	}
	if c.MaxBodyBytes < 0 || c.MaxDocuments < 0 || c.MaxDocBytes < 0 || c.Timeout < 0 || c.Concurrency < 0 || c.ShutdownTimeout < 0 || c.MaxPendingBytes < 0 {
		return c, errors.New("httpapi: limits must not be negative")
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxDocuments == 0 {
		c.MaxDocuments = DefaultMaxDocuments
	}
	if c.MaxDocBytes == 0 {
		c.MaxDocBytes = schema.DefaultMaxBytes
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Concurrency == 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.ShutdownTimeout == 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	if c.Languages.Entities == nil {
		c.Languages.Entities = map[schema.Type][]string{}
	}
	if c.Languages.Detection == nil {
		c.Languages.Detection = []string{}
	}
	if c.WarmUp == nil {
		ex := c.Extractor
		c.WarmUp = func(ctx context.Context) error { return extractor.WarmUp(ctx, ex) }
	}
	return c, nil
}

// Server is the HTTP API and the viewer page. It is safe for concurrent use.
type Server struct {
	cfg     Config
	log     *slog.Logger
	handler http.Handler
	openapi []byte
	langs   []byte
	sem     chan struct{} // one slot per document being extracted
	metrics *metrics
	// admission refuses what cannot be extracted in time
	admission *admission
	// work counts the extractions that run on after their handler answered
	// (deadline passed): Serve waits for them.
	work sync.WaitGroup
	hub  *hub

	ready    atomic.Bool
	warmOnce sync.Once
	warmErr  error
}

// New builds a Server and registers its metrics on cfg.Registry.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Logger, sem: make(chan struct{}, cfg.Concurrency)}
	if s.metrics, err = newMetrics(cfg.Registry); err != nil {
		return nil, fmt.Errorf("httpapi: register metrics: %w", err)
	}
	s.hub = newHub(s.metrics.watchDropped.Inc)
	s.admission = newAdmission(cfg.Concurrency, cfg.Timeout, cfg.MaxPendingBytes, func(pending, limit int64) {
		s.metrics.pendingBytes.Set(float64(pending))
		s.metrics.pendingLimit.Set(float64(limit))
	})
	if s.openapi, err = openAPI(cfg); err != nil {
		return nil, fmt.Errorf("httpapi: build openapi.json: %w", err)
	}
	if s.langs, err = json.Marshal(cfg.Languages); err != nil {
		return nil, fmt.Errorf("httpapi: languages: %w", err)
	}
	static, err := fs.Sub(webFS, "web")
	if err != nil {
		return nil, fmt.Errorf("httpapi: embedded page: %w", err)
	}

	mux := http.NewServeMux()
	mux.Handle("POST /v1/extract", s.instrument("extract", http.HandlerFunc(s.extract)))
	mux.Handle("/v1/extract", s.instrument("extract", methodNotAllowed(http.MethodPost)))
	mux.Handle("GET /v1/languages", s.instrument("languages", s.static("application/json", s.langs)))
	mux.Handle("/v1/languages", s.instrument("languages", methodNotAllowed(http.MethodGet)))
	mux.Handle("GET /v1/watch", s.instrument("watch", http.HandlerFunc(s.watch)))
	mux.Handle("GET /openapi.json", s.instrument("openapi", s.static("application/json", s.openapi)))
	mux.Handle("GET /healthz", s.instrument("healthz", http.HandlerFunc(healthz)))
	mux.Handle("GET /readyz", s.instrument("readyz", http.HandlerFunc(s.readyz)))
	mux.Handle("GET /metrics", promhttp.HandlerFor(cfg.Registry, promhttp.HandlerOpts{Registry: cfg.Registry}))
	for path, name := range map[string]string{"/v1/watch": "watch", "/openapi.json": "openapi", "/healthz": "healthz", "/readyz": "readyz", "/metrics": "other"} {
		mux.Handle(path, s.instrument(name, methodNotAllowed(http.MethodGet)))
	}
	mux.Handle("/{$}", s.instrument("page", methodNotAllowed(http.MethodGet)))
	mux.Handle("GET /{$}", s.instrument("page", page(static)))
	mux.Handle("GET /static/", s.instrument("page", http.StripPrefix("/static/", http.FileServerFS(static))))
	mux.Handle("/", s.instrument("other", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, codeNotFound, fmt.Sprintf("no such resource: %s %s", r.Method, r.URL.Path))
	})))
	s.handler = securityHeaders(mux)
	return s, nil
}

// Handler returns the server's routes, for Serve or an httptest.Server.
func (s *Server) Handler() http.Handler { return s.handler }

// Ready reports whether the models are warm and /v1/extract answers.
func (s *Server) Ready() bool { return s.ready.Load() }

// Warm runs the warm-up once and marks the server ready when it succeeds.
// Serve calls it in the background; tests may call it directly. Calls after
// the first return the first call's error.
func (s *Server) Warm(ctx context.Context) error {
	s.warmOnce.Do(func() {
		start := time.Now()
		if err := s.cfg.WarmUp(ctx); err != nil {
			s.warmErr = fmt.Errorf("httpapi: warm up: %w", err)
			return
		}
		s.ready.Store(true)
		s.metrics.ready.Set(1)
		s.log.Info("models warm, ready", "took", time.Since(start).Round(time.Millisecond))
	})
	return s.warmErr
}

// Serve answers on ln until ctx ends, then stops accepting, waits up to
// ShutdownTimeout for requests in flight and returns. It warms the models in
// the background meanwhile: until they are warm, /v1/extract and /readyz
// answer 503. A failed warm-up stops the server with its error. It also runs
// the Feed, if any, until it returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		// Reading a body of MaxBodyBytes over a slow link, and writing the
		// answer, get the request's whole budget and a margin.
		ReadTimeout:  s.readTimeout(),
		WriteTimeout: s.cfg.Timeout + bodyMargin, // and again from the body's end: see extract
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}

	srv.RegisterOnShutdown(s.hub.close)

	bgCtx, cancelBg := context.WithCancel(ctx)
	defer cancelBg()
	var wg sync.WaitGroup
	if s.cfg.Feed != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.cfg.Feed(bgCtx, s.hub.publish); err != nil && bgCtx.Err() == nil {
				s.log.Error("watch feed stopped; the page can no longer watch the pipeline", "err", err)
			}
		}()
	}
	warmErr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := s.Warm(bgCtx); err != nil && bgCtx.Err() == nil {
			warmErr <- err
		}
	}()

	serveErr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		serveErr <- srv.Serve(ln)
	}()
	s.log.Info("listening", "addr", ln.Addr().String())

	var err error
	select {
	case <-ctx.Done():
	case err = <-warmErr:
	case err = <-serveErr:
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
	}
	cancelBg()
	shutCtx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	if serr := srv.Shutdown(shutCtx); serr != nil {
		s.log.Warn("shutdown: requests still in flight were cut", "err", serr)
		srv.Close()
		if err == nil {
			err = fmt.Errorf("httpapi: shutdown: %w", serr)
		}
	}
	wg.Wait()
	s.work.Wait() // extractions past their deadline stop soon: they see it
	s.log.Info("stopped")
	return err
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, []byte(`{"status":"ok"}`))
}

func (s *Server) readyz(w http.ResponseWriter, _ *http.Request) {
	if !s.Ready() {
		writeError(w, http.StatusServiceUnavailable, codeNotReady, "models are loading")
		return
	}
	writeJSON(w, http.StatusOK, []byte(`{"status":"ready"}`))
}

func (s *Server) static(contentType string, body []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(body)
	})
}

func methodNotAllowed(allow string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, codeMethodNotAllowed, fmt.Sprintf("%s is not allowed here; use %s", r.Method, allow))
	})
}

// securityHeaders keeps the page self-contained: it may load nothing from
// anywhere but this server.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}
