package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder captures Errorf calls so Check's failures can be checked.
type recorder struct {
	testing.TB
	errs int
}

func (r *recorder) Errorf(string, ...any) { r.errs++ }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		got  string
		errs int
	}{
		{"a\nb\nc\n", 0},
		{"a\nB\nc\n", 1},
		{"a\nb\n", 1},
		{"a\nb\nc\nd\n", 1},
	} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tt.got))
		if r.errs != tt.errs {
			t.Errorf("Check(%q): %d differences reported, want %d", tt.got, r.errs, tt.errs)
		}
	}
}
