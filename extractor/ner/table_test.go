package ner

import (
	"math/rand/v2"
	"testing"
)

// TestTableMatchesMap checks table against a Go map on random keys,
// repeated keys (values ORed, or the last kept) and keys that are absent.
func TestTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 1000, 200000} {
		keys := make([]uint64, n)
		vals := make([]uint32, n)
		for i := range keys {
			if i > 0 && rng.IntN(4) == 0 {
				keys[i] = keys[rng.IntN(i)]
			} else {
				keys[i] = rng.Uint64()
			}
			vals[i] = rng.Uint32() >> (rng.UintN(2) * 16)
		}
		for _, c := range []struct {
			name    string
			combine func(a, b uint32) uint32
		}{{"or", orValues}, {"last", lastValue}} {
			want := map[uint64]uint32{}
			for i, k := range keys {
				if v, ok := want[k]; ok {
					want[k] = c.combine(v, vals[i])
				} else {
					want[k] = vals[i]
				}
			}
			tb := newTable(keys, vals, c.combine)
			if tb.len() != len(want) {
				t.Fatalf("n=%d %s: len %d, want %d", n, c.name, tb.len(), len(want))
			}
			for k, v := range want {
				if got, ok := tb.get(k); !ok || got != v {
					t.Fatalf("n=%d %s: get(%x) = %d, %v; want %d", n, c.name, k, got, ok, v)
				}
			}
			for range 1000 {
				k := rng.Uint64()
				if _, in := want[k]; in {
					continue
				}
				if _, ok := tb.get(k); ok {
					t.Fatalf("n=%d %s: absent key %x found", n, c.name, k)
				}
			}
		}
	}
}
