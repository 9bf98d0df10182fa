package schema

import (
	"encoding/json"
	"strings"
	"testing"
)

// BenchmarkDecode decodes a document of about 1 MB of text with a title and
// metadata, as the worker does for every input record.
func BenchmarkDecode(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("Die Bundesbank meldete am Dienstag einen Gewinn von 1,2 Milliarden Euro, sagte \"Joachim Nagel\" in Frankfurt.\n")
	}
	data, err := json.Marshal(map[string]any{"id": "doc-1", "title": "Bundesbank", "lang": "de", "text": sb.String(), "meta": map[string]string{"url": "https://example.com/a"}})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Decode(data, 2<<20); err != nil {
			b.Fatal(err)
		}
	}
}
