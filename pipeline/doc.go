// Package pipeline is the Kafka side of the product: it consumes input
// documents from a topic as a consumer-group member, runs them through an
// extractor.Extractor, publishes one result per document and one record per
// entity per document to the output topics, routes documents that cannot be
// processed to a dead-letter topic, and commits an input offset only after
// every record the message produced has been acknowledged by the broker
// (at-least-once).
//
// The pieces are separate so that other commands can reuse them:
//
//   - Processor turns one input message into its output records (or one
//     dead-letter record). It knows nothing of consumers; `entities
//     reprocess` can feed it any range of a topic.
//   - Publisher writes records with acks=all, deterministic key-hash
//     partitioning and retries of transient errors.
//   - Tracker keeps the fetched-but-unfinished offsets of each partition,
//     says which offset is safe to commit, and forgets partitions that were
//     fetched again from an earlier offset or moved to another member.
//   - Worker wires a kafka-go consumer-group Reader, a pool of extraction
//     goroutines, the Publisher and the Tracker together.
//   - Metrics and Handler expose Prometheus metrics on a registry that is
//     passed in, plus /healthz and /readyz.
//
// The package does not extract anything itself (that is package extractor),
// does not parse flags (cmd/entities does) and does not serve the HTTP
// extraction API (pipeline/httpapi). The embedded development broker is in
// pipeline/broker and the demo in pipeline/demo.
package pipeline
