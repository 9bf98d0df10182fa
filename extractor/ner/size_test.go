package ner

import (
	"io/fs"
	"testing"
)

// maxEmbedded bounds the models embedded in the binary, all together, as
// stored (issue 14: at most 60 MB compressed; the two shared tables are
// stored uncompressed).
const maxEmbedded = 60_000_000

func TestEmbeddedModelsSize(t *testing.T) {
	files, err := fs.Glob(modelFiles, "models/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded models: %v", err)
	}
	total := 0
	for _, f := range files {
		b, err := modelFiles.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %.2f MB", f, float64(len(b))/1e6)
		total += len(b)
	}
	for name, tab := range map[string]string{LexiconFile: lexiconTab, GazKeysFile: gazKeysTab} {
		t.Logf("models/%s: %.2f MB", name, float64(len(tab))/1e6)
		total += len(tab)
		files = append(files, name)
	}
	t.Logf("%d files, %.2f MB", len(files), float64(total)/1e6)
	if total > maxEmbedded {
		t.Errorf("embedded models are %.2f MB, more than %.0f MB", float64(total)/1e6, float64(maxEmbedded)/1e6)
	}
}

// TestModelsMatchFeatureCode: every embedded model was trained with the
// features the current code extracts. A change to feature extraction (or to
// the tokens it reads) that the models were not retrained after fails here;
// the models committed before 2026-12-05 had been trained before such a change
// (invisible formatting characters taken out of tokens) and no test noticed.
func TestModelsMatchFeatureCode(t *testing.T) {
	for _, lang := range append(append([]string(nil), Languages...), MultiLang) {
		m, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if m.Card.Lang != lang {
			t.Fatalf("%s: loaded the model of %s", lang, m.Card.Lang)
		}
		if got := m.FeatureChecksum(); got != m.Card.Features {
			t.Errorf("%s: the code extracts other features (checksum %s) than the model was trained with (%q): retrain the models (entities train)", lang, got, m.Card.Features)
		}
	}
}
