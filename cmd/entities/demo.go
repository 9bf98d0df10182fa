package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"entities/extractor"
	"entities/pipeline/demo"
)

func init() {
	register(&command{name: "demo", summary: "run an in-memory broker and a worker on built-in multilingual articles and show the entities", run: runDemo})
}

func runDemo(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		timeout = fs.Duration("timeout", 45*time.Second, "give up after this long without progress")
		verbose = fs.Bool("v", false, "show the worker's logs")
	)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities demo [flags]\n\n"+
			"Starts an in-memory Kafka broker and a worker in this process, produces built-in news articles in\n"+
			"a dozen languages (and a few broken inputs) and prints the entities as they arrive on the output\n"+
			"topics, then a summary. Needs no Kafka and no network.\n\nFlags:")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	eng, err := extractor.New(extractor.Config{}) // as the worker does by default
	if err != nil {
		fmt.Fprintf(e.stderr, "entities demo: %v\n", err)
		return 1
	}
	cfg := demo.Config{Extractor: eng, Out: e.stdout, Timeout: *timeout}
	if *verbose {
		cfg.Logger = slog.New(slog.NewTextHandler(e.stderr, nil))
	}
	if _, err := demo.Run(ctx, cfg); err != nil {
		fmt.Fprintf(e.stderr, "entities demo: %v\n", err)
		return 1
	}
	return 0
}
