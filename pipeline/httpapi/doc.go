// Package httpapi serves the extractor over HTTP: POST /v1/extract takes one
// input document or a JSON array of them and answers with the same result
// objects the CLI and the pipeline write; GET /v1/languages tells which
// languages each entity type is extracted in; /openapi.json describes them;
// / is a viewer page, embedded in the binary, that highlights what the
// extractor finds in pasted text and, given a Feed, watches a running
// pipeline's results (GET /v1/watch, server-sent events).
//
// It owns request handling: content type, size and count limits, the
// per-request timeout, the mapping of schema error codes to HTTP statuses,
// readiness while the models warm up, metrics and graceful shutdown. It does
// not own extraction (package extractor) nor the document and result types
// (package schema), and it knows nothing of Kafka: the Feed that follows the
// pipeline's results topic is in package kafkafeed.
package httpapi
