// Package demo runs the whole product in one process for a first look:
// an in-memory broker, a worker, a built-in set of multilingual news
// articles (and a few broken inputs) produced to the input topic, and a
// table of the entities as they arrive on the output topics, then a
// summary. It is what `entities demo` runs. It owns the sample articles
// (samples.jsonl, written for the demo) and nothing else: the broker, the
// worker and the extractor are the real ones.
package demo
