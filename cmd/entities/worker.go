package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"entities/pipeline"
)

func init() {
	register(&command{name: "worker", summary: "consume documents from Kafka and publish their entities (consumer-group member)", run: runWorker})
}

// workerFlags are the worker's flags besides the connection and extractor
// ones.
type workerFlags struct {
	conn            connFlags
	engine          engineFlags
	group           string
	input           string
	prefix          string
	dlq             string
	concurrency     int
	maxInFlight     int
	batchSize       int
	linger          time.Duration
	createTopics    bool
	partitions      int
	replication     int
	httpAddr        string
	shutdownTimeout time.Duration
	sessionTimeout  time.Duration
	logLevel        string
	logFormat       string
}

// envTwins maps the worker's flags to their environment variables, read as
// the flags' defaults (a flag given on the command line wins).
var envTwins = map[string]string{
	"group": "ENTITIES_GROUP", "input": "ENTITIES_INPUT_TOPIC", "prefix": "ENTITIES_PREFIX", "dlq": "ENTITIES_DLQ_TOPIC",
	"concurrency": "ENTITIES_CONCURRENCY", "max-in-flight": "ENTITIES_MAX_IN_FLIGHT", "batch-size": "ENTITIES_BATCH_SIZE",
	"linger": "ENTITIES_LINGER", "create-topics": "ENTITIES_CREATE_TOPICS",
	"partitions": "ENTITIES_PARTITIONS", "replication": "ENTITIES_REPLICATION", "http": "ENTITIES_HTTP_ADDR",
	"shutdown-timeout": "ENTITIES_SHUTDOWN_TIMEOUT", "session-timeout": "ENTITIES_SESSION_TIMEOUT",
	"log-level": "ENTITIES_LOG_LEVEL", "log-format": "ENTITIES_LOG_FORMAT",
}

// engineEnv maps the extractor's flags (engineFlags) to their environment
// variables, in every command that extracts: extract, worker, serve and
// reprocess.
var engineEnv = map[string]string{
	"max-bytes": "ENTITIES_MAX_BYTES", "allow-und": "ENTITIES_ALLOW_UND", "langs": "ENTITIES_LANGS", "types": "ENTITIES_TYPES",
	"high-accuracy": "ENTITIES_HIGH_ACCURACY", "preload": "ENTITIES_PRELOAD",
}

func (f *workerFlags) register(fs *flag.FlagSet, e *env) {
	f.conn.register(fs, e)
	f.engine.register(fs)
	fs.StringVar(&f.group, "group", "entities", "consumer group id")
	fs.StringVar(&f.input, "input", "documents", "input topic")
	fs.StringVar(&f.prefix, "prefix", "entities", "output topic prefix: <prefix>.documents, .person, .organization, .money")
	fs.StringVar(&f.dlq, "dlq", "", "dead-letter topic (default <input>.dlq)")
	fs.IntVar(&f.concurrency, "concurrency", 0, "documents extracted at once (default: number of CPUs)")
	fs.IntVar(&f.maxInFlight, "max-in-flight", 512, "messages fetched but not yet committed, at most")
	fs.IntVar(&f.batchSize, "batch-size", 200, "records per produce batch")
	fs.DurationVar(&f.linger, "linger", 5*time.Millisecond, "longest wait to fill a produce batch")
	fs.BoolVar(&f.createTopics, "create-topics", false, "create missing topics (otherwise a missing topic is an error)")
	fs.IntVar(&f.partitions, "partitions", 0, "partitions of created topics (default: the broker's)")
	fs.IntVar(&f.replication, "replication", 0, "replication factor of created topics (default: the broker's)")
	fs.StringVar(&f.httpAddr, "http", "127.0.0.1:9464", "address of /metrics, /healthz and /readyz (empty: off)")
	fs.DurationVar(&f.shutdownTimeout, "shutdown-timeout", 30*time.Second, "on SIGTERM/SIGINT: time to finish, publish and commit in-flight messages")
	fs.DurationVar(&f.sessionTimeout, "session-timeout", 10*time.Second, "consumer-group session timeout")
	fs.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.StringVar(&f.logFormat, "log-format", "text", "text or json")
}

// applyEnv sets flags from their environment twins before parsing, so the
// command line still wins, and notes the variable in each flag's usage.
func applyEnv(fs *flag.FlagSet, e *env, twins ...map[string]string) error {
	var errs []error
	fs.VisitAll(func(fl *flag.Flag) {
		name := ""
		for _, m := range twins {
			if v, ok := m[fl.Name]; ok {
				name = v
			}
		}
		if name == "" {
			return
		}
		fl.Usage += " (env " + name + ")"
		if v := e.getenv(name); v != "" {
			if err := fl.Value.Set(v); err != nil {
				errs = append(errs, fmt.Errorf("%s=%q: %w", name, v, err))
			}
		}
	})
	return errors.Join(errs...)
}

func newLogger(e *env, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: %w", level, err)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch strings.ToLower(format) {
	case "text", "":
		return slog.New(slog.NewTextHandler(e.stderr, opts)), nil
	case "json":
		// durations as text logs write them ("2.196s"), not in nanoseconds
		// ("took":2196000000), which log readers took for milliseconds
		opts.ReplaceAttr = func(_ []string, a slog.Attr) slog.Attr {
			if a.Value.Kind() == slog.KindDuration {
				a.Value = slog.StringValue(a.Value.Duration().String())
			}
			return a
		}
		return slog.New(slog.NewJSONHandler(e.stderr, opts)), nil
	}
	return nil, fmt.Errorf("log format %q: want text or json", format)
}

func runWorker(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f workerFlags
	f.register(fs, e)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities worker --brokers host:port [flags]\n\n"+
			"Consumes JSON documents from the input topic as a member of a consumer group, extracts people,\n"+
			"organizations and amounts of money, and publishes one result per document to <prefix>.documents and\n"+
			"one record per entity per document to <prefix>.person/.organization/.money. Documents that cannot be\n"+
			"processed go to the dead-letter topic. Offsets are committed only after the outputs are acknowledged.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := applyEnv(fs, e, envTwins, engineEnv); err != nil {
		fmt.Fprintf(e.stderr, "entities worker: %v\n", err)
		return 2
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	log, err := newLogger(e, f.logLevel, f.logFormat)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities worker: %v\n", err)
		return 2
	}
	cfg, err := f.config(log)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities worker: %v\n", err)
		return 2
	}
	eng, err := f.engine.engine()
	if err != nil {
		fmt.Fprintf(e.stderr, "entities worker: %v\n", err)
		return 2
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	cfg.Metrics = pipeline.NewMetrics(reg)
	cfg.ModelsLoaded = func() {
		if err := releaseModelPages(); err != nil {
			log.Warn("release the embedded model files' pages", "err", err)
		}
	}
	w, err := pipeline.NewWorker(cfg, eng)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities worker: %v\n", err)
		return 2
	}
	// On the default address a second worker on one host takes the next
	// free port; an address the operator chose is used as given.
	tries := 0
	if !flagSet(fs, "http") && e.getenv(envTwins["http"]) == "" {
		tries = healthPortTries
	}
	stopHTTP, err := serveHealth(f.httpAddr, tries, pipeline.Handler(reg, w.Ready), log)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities worker: %v\n", err)
		return 1
	}
	defer stopHTTP()
	if err := w.Run(ctx); err != nil {
		log.Error("worker failed", "err", err)
		return 1
	}
	return 0
}

func (f *workerFlags) config(log *slog.Logger) (pipeline.Config, error) {
	tc, err := f.conn.tlsConfig()
	if err != nil {
		return pipeline.Config{}, err
	}
	mech, err := f.conn.mechanism()
	if err != nil {
		return pipeline.Config{}, err
	}
	brokers := f.conn.brokerList()
	if len(brokers) == 0 {
		return pipeline.Config{}, errors.New("no brokers: set --brokers or ENTITIES_BROKERS (try `entities broker` for a local one)")
	}
	return pipeline.Config{
		Brokers: brokers, GroupID: f.group, InputTopic: f.input, Prefix: f.prefix, DLQTopic: f.dlq,
		Concurrency: f.concurrency, MaxInFlight: f.maxInFlight, BatchSize: f.batchSize, Linger: f.linger,
		MaxBytes: f.engine.maxBytes, CreateTopics: f.createTopics, Partitions: f.partitions, Replication: f.replication,
		SessionTimeout: f.sessionTimeout, ShutdownTimeout: f.shutdownTimeout, TLS: tc, SASL: mech, Logger: log,
	}, nil
}

// healthPortTries is how many ports after the default one a worker tries
// when the default is taken (another worker on the host): 9465, 9466, ...
const healthPortTries = 9

// flagSet reports whether the flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// serveHealth serves h on addr until the returned function is called. An
// empty addr serves nothing. If addr's port is taken, up to tries next
// ports are tried, and the one taken is logged.
func serveHealth(addr string, tries int, h http.Handler, log *slog.Logger) (func(), error) {
	if addr == "" {
		return func() {}, nil
	}
	ln, err := listenNextFree(addr, tries)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	if got := ln.Addr().String(); tries > 0 && got != addr {
		log.Info("the metrics address was taken (another worker on this host?); serving on the next free port: point health checks at it",
			"wanted", addr, "address", got, "healthcheck", "entities healthcheck --http "+got)
	}
	log.Info("metrics and health", "url", "http://"+ln.Addr().String()+"/metrics")
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		<-done
	}, nil
}

// listenNextFree listens on addr, or when its port is in use on one of the
// tries ports after it.
func listenNextFree(addr string, tries int) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil || !errors.Is(err, syscall.EADDRINUSE) {
		if err != nil {
			return nil, fmt.Errorf("listen for metrics: %w", err)
		}
		return ln, nil
	}
	host, portText, serr := net.SplitHostPort(addr)
	port, perr := strconv.Atoi(portText)
	for i := 1; i <= tries && serr == nil && perr == nil && port > 0; i++ {
		next := net.JoinHostPort(host, strconv.Itoa(port+i))
		if ln, err2 := net.Listen("tcp", next); err2 == nil {
			return ln, nil
		}
	}
	if tries > 0 {
		return nil, fmt.Errorf("listen for metrics: %w, and the %d ports after it are taken too: set --http (ENTITIES_HTTP_ADDR) to a free address, 127.0.0.1:0 for any, or \"\" for none", err, tries)
	}
	return nil, fmt.Errorf("listen for metrics: %w: another process (a second worker?) uses it; set --http (ENTITIES_HTTP_ADDR) to a free address, 127.0.0.1:0 for any, or \"\" for none", err)
}
