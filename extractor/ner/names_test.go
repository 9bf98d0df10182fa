package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNamesWithoutClusters: name lists read from their file are looked up
// by a model that uses them without clusters (the table of the lists alone
// is built only for such a model), and merged with clusters the same.
func TestNamesWithoutClusters(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "wiktionary"), 0o755); err != nil {
		t.Fatal(err)
	}
	for f, words := range map[string]string{"xyz_given_names.txt": "Quillon\nAnna\n", "xyz_surnames.txt": "Brevak\n"} {
		if err := os.WriteFile(filepath.Join(dir, "wiktionary", f), []byte(words), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := BuildNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	x, err := readNames(b)
	if err != nil {
		t.Fatal(err)
	}
	if x.count != 3 {
		t.Errorf("%d words, want 3", x.count)
	}
	registerNames(x)
	alone, err := namesFor(x.sum)
	if err != nil {
		t.Fatal(err)
	}
	cl := &clusterList{keys: []uint64{hashString(fnvOffset, "brevak")}, vals: []uint32{0b101}, sum: "test-clusters"}
	merged := mergeShared(x, cl)
	for _, c := range []struct {
		word  string
		flags uint8
	}{{"quillon", nameGiven}, {"anna", nameGiven}, {"brevak", nameSurname}, {"nobody", 0}} {
		h := hashString(fnvOffset, c.word)
		if got := alone.flags(h); got != c.flags {
			t.Errorf("%s: flags %b alone, want %b", c.word, got, c.flags)
		}
		if got := merged.flags(h); got != c.flags {
			t.Errorf("%s: flags %b merged with clusters, want %b", c.word, got, c.flags)
		}
	}
	if _, code := merged.lookup(hashString(fnvOffset, "brevak")); code != 0b101 {
		t.Errorf("brevak: cluster %b merged, want 101", code)
	}
}
