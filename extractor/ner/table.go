package ner

import "math/bits"

// table16 is a read-only map from 64-bit hashes to 16-bit values, built for
// the lexicon's large look-up tables (the gazetteer has ~450,000 keys per
// model): 8 bytes a key plus a small directory, against ~25-30 in a Go map,
// and a look-up reads the directory and one short run of keys.
//
// A key is first multiplied by an odd constant (a bijection, so keys stay
// distinct and exact); the top k bits of the result pick a bucket, and each
// entry stores the remaining 64-k bits shifted up, with the value in the low
// k >= 16 bits.
type table16 struct {
	k   uint
	dir []uint32 // the entries of bucket b are ent[dir[b]:dir[b+1]]
	ent []uint64
}

const tableMul = 0x9e3779b97f4a7c15

// newTable16 builds a table from keys and their values; a key given more
// than once gets combine(earlier, later) of its values.
func newTable16(keys []uint64, vals []uint16, combine func(a, b uint16) uint16) table16 {
	n := len(keys)
	if n == 0 {
		return table16{}
	}
	k := uint(max(16, bits.Len(uint(n))-2))
	t := table16{k: k, dir: make([]uint32, 1<<k+1)}
	for _, h := range keys {
		t.dir[(h*tableMul)>>(64-k)+1]++
	}
	for b := 1; b < len(t.dir); b++ {
		t.dir[b] += t.dir[b-1]
	}
	ent := make([]uint64, n)
	pos := make([]uint32, 1<<k)
	copy(pos, t.dir)
	for i, h := range keys {
		mk := h * tableMul
		b := mk >> (64 - k)
		ent[pos[b]] = mk<<k | uint64(vals[i])
		pos[b]++
	}
	// merge repeated keys within each bucket, in input order
	const lowMask = 1<<16 - 1
	keyMask := ^uint64(0) << k
	w := uint32(0)
	for b := 0; b < 1<<k; b++ {
		start, end := t.dir[b], t.dir[b+1]
		t.dir[b] = w
		first := w
		for _, e := range ent[start:end] {
			merged := false
			for j := first; j < w; j++ {
				if ent[j]&keyMask == e&keyMask {
					v := combine(uint16(ent[j]&lowMask), uint16(e&lowMask))
					ent[j] = ent[j]&keyMask | uint64(v)
					merged = true
					break
				}
			}
			if !merged {
				ent[w] = e
				w++
			}
		}
	}
	t.dir[1<<k] = w
	t.ent = ent[:w:w]
	if int(w) < n*7/8 {
		t.ent = append([]uint64(nil), t.ent...)
	}
	return t
}

// get returns the value of key h and whether h is in the table.
func (t *table16) get(h uint64) (uint16, bool) {
	if t.dir == nil {
		return 0, false
	}
	mk := h * tableMul
	b := mk >> (64 - t.k)
	rest := mk << t.k
	keyMask := ^uint64(0) << t.k
	for _, e := range t.ent[t.dir[b]:t.dir[b+1]] {
		if e&keyMask == rest {
			return uint16(e), true
		}
	}
	return 0, false
}

// len is the number of keys.
func (t *table16) len() int { return len(t.ent) }

func orValues(a, b uint16) uint16  { return a | b }
func lastValue(_, b uint16) uint16 { return b }
