package pipeline_test

import (
	"bytes"
	"context"
	stdjson "encoding/json"
	"testing"
	"time"

	"entities/extractor/schema"
	"entities/pipeline"

	sjson "github.com/segmentio/encoding/json"
)

// TestRecordsEncodeAsEncodingJSON: the output records are encoded with
// segmentio's encoding/json (about twice as fast), which must give exactly
// the bytes of the standard library, or a new version of the pipeline
// would change every record. It compares both on the records of generated
// documents with an ID that needs escaping.
func TestRecordsEncodeAsEncodingJSON(t *testing.T) {
	eng := sharedEngine(t)
	ts := time.Date(2026, 1, 2, 3, 4, 5, 6, time.FixedZone("CET", 3600))
	n := 0
	for i := range 60 {
		text, lang := newsDocument(i, 2000)
		res, err := eng.Extract(context.Background(), schema.Document{ID: "id-\u2028<&>\"é", Text: text, Lang: lang, PublishedAt: &ts})
		if err != nil {
			t.Fatal(err)
		}
		src := pipeline.Source{Topic: "documents", Partition: 1, Offset: int64(i)}
		recs := []any{pipeline.DocumentRecord{Result: res, Source: src, PipelineVersion: "v1"}}
		for _, e := range pipeline.EntityRecords(res, src, "v1") {
			recs = append(recs, e)
		}
		for _, r := range recs {
			want, err1 := stdjson.Marshal(r)
			got, err2 := sjson.Marshal(r)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("record differs:\n got %s\nwant %s", got, want)
			}
			n++
		}
	}
	if n < 500 {
		t.Fatalf("only %d records compared", n)
	}
}
