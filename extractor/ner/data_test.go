package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// dataDir is the shared data folder as seen from this package; tests that
// need it skip when it is missing.
var dataDir = filepath.Join("..", "..", "..", "shared", "data")

func needData(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dataDir, "ner")); err != nil {
		t.Skipf("no data folder at %s", dataDir)
	}
}
