package main

import (
	"context"

	"entities/extractor"
	"entities/pipeline"
	"entities/pipeline/loadtest"
)

// benchPipeline sends docs through an in-process broker and one worker with
// workers extraction goroutines (see pipeline/loadtest). Latency is from the
// produce call to the result's arrival.
func benchPipeline(ctx context.Context, eng extractor.Extractor, docs []benchDoc, workers, window int) (benchResult, error) {
	ld := make([]loadtest.Document, len(docs))
	for i, d := range docs {
		ld[i] = loadtest.Document{Text: d.text}
	}
	r, err := loadtest.Run(ctx, loadtest.Config{Extractor: eng, Documents: ld, Window: window,
		Worker: pipeline.Config{GroupID: "entities-bench", Concurrency: workers}})
	if err != nil {
		return benchResult{}, err
	}
	return benchResult{elapsed: r.Elapsed, cpu: r.CPU, latency: r.Latency}, nil
}
