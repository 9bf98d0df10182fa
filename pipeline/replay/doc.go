// Package replay reads bounded ranges of Kafka topics without a consumer
// group: from an offset or a time up to the end offsets captured when the
// read starts, with one partition reader per partition (kafka-go refuses
// SetOffset on a group reader). entities reprocess uses it to run an input
// range through the pipeline's Processor and Publisher again; entities export
// uses it to read the entity topics to their end.
//
// Reprocessing commits nothing: it is safe to interrupt and run again,
// because the processor's output is deterministic (same input and version,
// same records), so a rerun only repeats identical records, which consumers
// already handle as at-least-once duplicates.
package replay
