package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"reflect"
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
			// and the same table after its binary form (LexiconFile)
			read, rest, err := readTable(appendTable(nil, tb))
			if err != nil || len(rest) != 0 || !reflect.DeepEqual(read, tb) {
				t.Fatalf("n=%d %s: read back %v, %d bytes left; equal: %v", n, c.name, err, len(rest), reflect.DeepEqual(read, tb))
			}
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

// TestReadTableRefusesDamage: a binary table that is cut short, whose
// directory goes backwards or does not end at its entry count, or whose
// sizes do not agree is refused, not read into a table get could panic on.
func TestReadTableRefusesDamage(t *testing.T) {
	keys := make([]uint64, 100)
	vals := make([]uint32, 100)
	for i := range keys {
		keys[i], vals[i] = uint64(i)*0x9e3779b97f4a7c15+7, uint32(i)
	}
	good := appendTable(nil, newTable(keys, vals, orValues))
	if _, _, err := readTable(good); err != nil {
		t.Fatal(err)
	}
	damaged := map[string]func(b []byte) []byte{
		"cut short":          func(b []byte) []byte { return b[:len(b)-1] },
		"directory back":     func(b []byte) []byte { binary.LittleEndian.PutUint32(b[16+4*5:], 1<<30); return b },
		"directory end":      func(b []byte) []byte { binary.LittleEndian.PutUint32(b[16+4*(1<<16):], 99); return b },
		"directory size":     func(b []byte) []byte { binary.LittleEndian.PutUint32(b[4:], 1<<15+1); return b },
		"k out of range":     func(b []byte) []byte { binary.LittleEndian.PutUint32(b, 60); return b },
		"values not entries": func(b []byte) []byte { binary.LittleEndian.PutUint32(b[12:], 3); return b },
	}
	for name, damage := range damaged {
		if _, _, err := readTable(damage(append([]byte(nil), good...))); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
}
