package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"

	"entities/pipeline/broker"
)

func init() {
	register(&command{name: "broker", summary: "run an in-memory Kafka-protocol broker for local development (not for production)", run: runBroker})
}

func runBroker(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("broker", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var (
		addr       = fs.String("addr", "127.0.0.1:9092", "address to listen on and advertise to clients")
		partitions = fs.Int("partitions", 3, "partitions of topics created without a partition count")
		topics     = fs.String("topics", "", "topics to create at start, comma-separated")
		autoCreate = fs.Bool("auto-create-topics", true, "create topics that a client asks for (like Kafka's auto.create.topics.enable)")
		verbose    = fs.Bool("v", false, "log the broker's requests")
	)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities broker [--addr 127.0.0.1:9092] [flags]\n\n"+
			"Runs a single-node Kafka-protocol broker in this process (franz-go's kfake) for local development:\n"+
			"the worker, the demo, kcat and any Kafka client can talk to it. It keeps everything in memory and\n"+
			"loses it on exit; it has no replication and no security. It is NOT for production.\n\nFlags:")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	cfg := broker.Config{Addr: *addr, Partitions: *partitions, Topics: splitList(*topics), AutoCreateTopics: *autoCreate}
	if *verbose {
		cfg.Logger = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	b, err := broker.Start(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities broker: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "entities: in-memory Kafka broker listening on %s (data is kept in memory only and lost on exit; not for production)\n", b.Addr())
	fmt.Fprintf(e.stderr, "  try: kcat -b %s -L\n  stop: Ctrl-C\n", b.Addr())
	<-ctx.Done()
	b.Close()
	fmt.Fprintln(e.stderr, "entities: broker stopped")
	return 0
}
