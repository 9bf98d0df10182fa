// Package kafkafeed is the viewer's window on a running pipeline: an
// httpapi.Feed that follows the pipeline's per-document results topic
// (<prefix>.documents) from its end, one reader per partition and no consumer
// group, so watching commits nothing and takes nothing from the workers.
//
// It owns reading and decoding that topic for display; it does not own the
// records' format (package pipeline), the stream to the browser (package
// httpapi) nor the connection flags (cmd/entities).
package kafkafeed
