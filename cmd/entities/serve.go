package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"entities/extractor"
	"entities/extractor/money"
	"entities/extractor/ner"
	"entities/extractor/schema"
	"entities/pipeline/httpapi"
	"entities/pipeline/httpapi/kafkafeed"
)

func init() {
	register(&command{name: "serve", summary: "serve the HTTP API and the viewer page", run: runServe})
}

func runServe(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		ef          engineFlags
		addr        = fs.String("addr", "127.0.0.1:8080", "address to listen on")
		maxBody     = fs.Int64("max-body", httpapi.DefaultMaxBodyBytes, "largest request body, in bytes")
		maxDocs     = fs.Int("max-docs", httpapi.DefaultMaxDocuments, "most documents in one request")
		timeout     = fs.Duration("timeout", httpapi.DefaultTimeout, "time limit of one request")
		concurrency = fs.Int("concurrency", 0, "documents extracted at once over all requests (default: number of CPUs)")
		maxPending  = fs.Int64("max-pending", 0, "bytes of text admitted and not yet extracted, over all requests; more is refused at once with 503 overloaded and Retry-After (default: what the slots extract in 0.9 of --timeout at the measured rate)")
		watchTopic  = fs.String("watch-topic", "entities.documents", "with --brokers: the results topic the page's watch view follows")
		cf          connFlags
	)
	ef.register(fs)
	cf.register(fs, e)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities serve [flags]\n\nServes POST /v1/extract, GET /v1/languages, /openapi.json, /healthz, /readyz, /metrics and the viewer page at /.\nA document is answered when --timeout passes (503 timeout; in an array, a timeout failure for each document not done);\na request whose text would not be extracted in time behind the pending text is refused at once (503 overloaded, Retry-After).\nOne access log line per request on stderr.\nWith --brokers, the page can also watch a running pipeline's results (GET /v1/watch).\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := applyEnv(fs, e, engineEnv); err != nil {
		fmt.Fprintf(e.stderr, "entities serve: %v\n", err)
		return 2
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	eng, err := ef.engine()
	if err != nil {
		fmt.Fprintf(e.stderr, "entities serve: %v\n", err)
		return 2
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	entities := map[schema.Type][]string{
		schema.Person:       ner.Languages,
		schema.Organization: ner.Languages,
		schema.Money:        money.Languages,
	}
	var feed httpapi.Feed
	if len(cf.brokerList()) > 0 {
		t, d, err := cf.transport("entities-serve")
		if err == nil {
			feed, err = kafkafeed.New(kafkafeed.Config{Brokers: cf.brokerList(), Topic: *watchTopic, Transport: t, Dialer: d, Logger: log})
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "entities serve: %v\n", err)
			return 2
		}
	}
	srv, err := httpapi.New(httpapi.Config{
		Feed:         feed,
		Extractor:    eng,
		Languages:    httpapi.Languages{Detection: eng.Detector().Languages(), Entities: entities},
		Registry:     reg,
		Logger:       log,
		MaxBodyBytes: *maxBody,
		MaxDocuments: *maxDocs,
		MaxDocBytes:  ef.maxBytes,
		Timeout:      *timeout,
		Concurrency:  *concurrency,

		MaxPendingBytes: *maxPending,
		WarmUp: func(ctx context.Context) error {
			if err := extractor.WarmUp(ctx, eng); err != nil {
				return err
			}
			// as the worker does: the embedded files were read once
			if err := releaseModelPages(); err != nil {
				log.Warn("release the embedded model files' pages", "err", err)
			}
			return nil
		},
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "entities serve: %v\n", err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "entities: serving on http://%s/ (models warming up)\n", ln.Addr())
	start := time.Now()
	if err := srv.Serve(ctx, ln); err != nil {
		log.Error("serve", "err", err, "uptime", time.Since(start).Round(time.Second))
		return 1
	}
	return 0
}
