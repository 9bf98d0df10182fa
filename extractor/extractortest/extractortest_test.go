package extractortest

import (
	"testing"

	"entities/extractor"
	"entities/extractor/schema"
)

func TestEngineOncePerConfig(t *testing.T) {
	a := Engine(t, extractor.Config{})
	if Engine(t, extractor.Config{}) != a {
		t.Error("a second call with the same config built another engine")
	}
	b := Engine(t, extractor.Config{Types: []schema.Type{schema.Money}})
	if b == a {
		t.Error("another config got the same engine")
	}
	if Engine(t, extractor.Config{Types: []schema.Type{schema.Money}}) != b {
		t.Error("an equal config (another slice) built another engine")
	}
}
