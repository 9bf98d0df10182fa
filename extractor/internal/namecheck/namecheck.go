// Package namecheck compares the names a test found with the ones it must
// and must not find. It is for tests only.
package namecheck

import (
	"slices"
	"testing"
)

// Check reports, for the text named by label, each of want ("TYPE text")
// missing from got and each text of not found in got as a PERSON or an
// ORGANIZATION.
func Check(t testing.TB, label string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: %v, want %q", label, got, w)
		}
	}
	for _, n := range not {
		if slices.Contains(got, "PERSON "+n) || slices.Contains(got, "ORGANIZATION "+n) {
			t.Errorf("%q: %v, want no %q", label, got, n)
		}
	}
}
