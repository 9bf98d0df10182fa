package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/replay"
)

func init() {
	register(&command{name: "reprocess", summary: "replay an input topic range through the extractor into output topics", run: runReprocess})
}

func runReprocess(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("reprocess", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var conn connFlags
	conn.register(fs, e)
	input := fs.String("topic", "documents", "input topic to replay")
	prefix := fs.String("prefix", pipeline.DefaultPrefix, "output topic prefix; another prefix writes beside the live results, for comparing versions")
	dlq := fs.String("dlq", "", "dead-letter topic (default: <prefix>.dlq, or <topic>.dlq, the live one, with the live prefix \"entities\")")
	fromOffset := fs.Int64("from-offset", 0, "first offset to replay in every partition (default: the earliest kept)")
	fromTime := fs.String("from-time", "", "replay from the first message at or after this time instead: RFC 3339 (2026-11-01T00:00:00Z), or a date (midnight UTC)")
	create := fs.Bool("create-topics", false, "create missing output topics (else a missing topic is an error naming it)")
	partitions := fs.Int("partitions", 0, "partitions of created topics (0: the broker's default)")
	replication := fs.Int("replication", 0, "replication factor of created topics (0: the broker's default)")
	version := fs.String("version", pipeline.Version, "pipeline_version written into the records")
	inFlight := fs.Int("in-flight", 0, "messages extracted or awaiting acks at once (default 16 x cores)")
	catchUp := fs.Bool("catch-up", true, "then replay the messages produced during the replay, so that a document edited meanwhile ends with its edit's result, not the older input's the replay published after it")
	var ef engineFlags
	ef.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities reprocess --brokers HOST:PORT [--topic documents] [--prefix entities] [--from-offset N | --from-time T]\n\nReplays the input topic from the start point up to the end offsets captured when it starts,\nthrough the extractor, into the output topics; then, with --catch-up (the default), the messages\nproduced meanwhile (--catch-up=false: a fixed set, to compare versions). It commits nothing and its output is deterministic,\nso it is safe to interrupt and run again (a rerun repeats identical records).\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := applyEnv(fs, e, engineEnv); err != nil {
		fmt.Fprintf(e.stderr, "entities reprocess: %v\n", err)
		return 2
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fail := func(code int, err error) int {
		fmt.Fprintf(e.stderr, "entities reprocess: %v\n", err)
		return code
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["from-offset"] && set["from-time"] {
		return fail(2, errors.New("--from-offset and --from-time do not go together: give one start point"))
	}
	if *fromOffset < 0 {
		return fail(2, fmt.Errorf("--from-offset %d: an offset is 0 or more", *fromOffset))
	}
	for name, v := range map[string]int{"in-flight": *inFlight, "partitions": *partitions, "replication": *replication} {
		if v < 0 {
			return fail(2, fmt.Errorf("--%s %d: 0 (the default) or more", name, v))
		}
	}
	if *prefix == "" || *version == "" || *input == "" {
		return fail(2, errors.New("--topic, --prefix and --version must not be empty"))
	}
	start := replay.Start{Offset: *fromOffset}
	if *fromTime != "" {
		t, ok := schema.ParseTime(strings.TrimSpace(*fromTime))
		if !ok {
			return fail(2, fmt.Errorf("--from-time %q: give a time such as 2026-11-01T00:00:00Z (with its zone: Z or +01:00), or a date, 2026-11-01", *fromTime))
		}
		start.Time = t
	}
	rc, err := conn.replayConn()
	if err != nil {
		return fail(2, err)
	}
	eng, err := ef.engine()
	if err != nil {
		return fail(2, err)
	}
	topics := replayTopics(*input, *prefix, *dlq)
	if err := topics.Distinct(); err != nil {
		return fail(2, err) // "--dlq documents" would write dead letters into the live input
	}
	// the input must exist: --create-topics creates output topics only, so a
	// misspelt --topic is an error, not an empty replay into a new topic
	plan, err := replay.NewPlan(ctx, rc, *input, start)
	if err != nil {
		return fail(1, err)
	}
	var outputs []pipeline.TopicSpec
	for _, spec := range topics.Specs() {
		if spec.Name != *input {
			outputs = append(outputs, spec)
		}
	}
	client := &kafka.Client{Addr: kafka.TCP(rc.Brokers...), Transport: rc.Transport, Timeout: 30 * time.Second}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := pipeline.EnsureTopics(ctx, client, outputs, *create, *partitions, *replication, quiet); err != nil {
		return fail(1, err)
	}
	proc, err := pipeline.NewProcessor(pipeline.ProcessorConfig{Extractor: eng, Topics: topics, MaxBytes: ef.maxBytes, Version: *version})
	if err != nil {
		return fail(2, err)
	}
	// publish retries are worth seeing: a replay that makes no progress says why
	warn := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	pub := pipeline.NewPublisher(pipeline.PublisherConfig{Brokers: rc.Brokers, Transport: rc.Transport, Logger: warn})
	defer pub.Close()
	fmt.Fprintf(e.stderr, "entities reprocess: %d messages in %d partitions of %s -> %s.*\n", plan.Total(), len(plan.Spans), *input, *prefix)
	bar := newProgress(e.stderr, "reprocess", plan.Total())
	began := time.Now()
	st, err := replay.Reprocess(ctx, replay.ReprocessConfig{Conn: rc, Plan: plan, Processor: proc, Publisher: pub, InFlight: *inFlight,
		Progress: bar.Set})
	bar.Finish()
	markers := ""
	if st.Markers > 0 { // they take offsets too
		markers = fmt.Sprintf(", %d transaction markers skipped", st.Markers)
	}
	fmt.Fprintf(e.stdout, "reprocessed %d of %d messages in %s: %d documents, %d dead letters, %d records published%s\n",
		st.Documents+st.DeadLetters, plan.Total(), time.Since(began).Round(time.Millisecond), st.Documents, st.DeadLetters, st.Records, markers)
	if err != nil && ctx.Err() != nil {
		fmt.Fprintf(e.stderr, "entities reprocess: interrupted; run the same command again to replay every message (its output is deterministic: records already published are repeated, identical)\n")
		return 130
	}
	if err != nil {
		return fail(1, err)
	}
	if *catchUp {
		// The live workers processed these messages while the replay ran,
		// and the replay may have published an older version of the same
		// documents after them: process them again, after it.
		after, err := replay.After(ctx, rc, plan)
		if err == nil && after.Total() > 0 {
			var ast replay.Stats
			ast, err = replay.Reprocess(ctx, replay.ReprocessConfig{Conn: rc, Plan: after, Processor: proc, Publisher: pub, InFlight: *inFlight})
			fmt.Fprintf(e.stdout, "caught up: %d messages produced during the replay, processed again after it: %d documents, %d dead letters\n",
				ast.Documents+ast.DeadLetters, ast.Documents, ast.DeadLetters)
		}
		if err != nil && ctx.Err() != nil {
			fmt.Fprintf(e.stderr, "entities reprocess: interrupted while catching up; run the same command again\n")
			return 130
		}
		if err != nil {
			return fail(1, fmt.Errorf("catching up: %w", err))
		}
	}
	return 0
}

// replayTopics names the topics of a replay. A replay into another prefix
// (comparing versions, say) writes its dead letters beside its results,
// <prefix>.dlq, not into the live dead-letter topic the workers write and
// the operators watch.
func replayTopics(input, prefix, dlq string) pipeline.Topics {
	t := pipeline.NewTopics(input, prefix)
	switch {
	case dlq != "":
		t.DLQ = dlq
	case prefix != pipeline.DefaultPrefix:
		t.DLQ = prefix + ".dlq"
	}
	return t
}
