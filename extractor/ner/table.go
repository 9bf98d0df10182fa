package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"unsafe"
)

// table is a read-only map from 64-bit hashes to 32-bit values, built for
// the lexicon's large look-up tables (the gazetteer has ~450,000 keys per
// model): 8 bytes a key plus a small directory (and 4 bytes a value when
// values do not fit beside the key), against ~25-30 in a Go map, and a
// look-up reads the directory and one short run of keys.
//
// A key is first multiplied by an odd constant (a bijection, so keys stay
// distinct and exact); the top k bits of the result pick a bucket, and each
// entry stores the remaining 64-k bits shifted up, with the value in the low
// k >= 16 bits when every value fits there, or else in vals.
type table struct {
	k    uint
	dir  []uint32 // the entries of bucket b are ent[dir[b]:dir[b+1]]
	ent  []uint64
	vals []uint32 // nil: values are packed into ent
}

const tableMul = 0x9e3779b97f4a7c15

// newTable builds a table from keys and their values; a key given more
// than once gets combine(earlier, later) of its values.
func newTable(keys []uint64, vals []uint32, combine func(a, b uint32) uint32) table {
	n := len(keys)
	if n == 0 {
		return table{}
	}
	k := uint(max(16, bits.Len(uint(n))-2))
	t := table{k: k, dir: make([]uint32, 1<<k+1)}
	for _, h := range keys {
		t.dir[(h*tableMul)>>(64-k)+1]++
	}
	for b := 1; b < len(t.dir); b++ {
		t.dir[b] += t.dir[b-1]
	}
	ent := make([]uint64, n)
	val := make([]uint32, n)
	pos := make([]uint32, 1<<k)
	copy(pos, t.dir)
	for i, h := range keys {
		mk := h * tableMul
		b := mk >> (64 - k)
		ent[pos[b]] = mk << k
		val[pos[b]] = vals[i]
		pos[b]++
	}
	// merge repeated keys within each bucket, in input order
	w := uint32(0)
	maxVal := uint32(0)
	for b := 0; b < 1<<k; b++ {
		start, end := t.dir[b], t.dir[b+1]
		t.dir[b] = w
		first := w
		for i := start; i < end; i++ {
			merged := false
			for j := first; j < w; j++ {
				if ent[j] == ent[i] {
					val[j] = combine(val[j], val[i])
					merged = true
					break
				}
			}
			if !merged {
				ent[w], val[w] = ent[i], val[i]
				w++
			}
		}
	}
	t.dir[1<<k] = w
	for _, v := range val[:w] {
		maxVal = max(maxVal, v)
	}
	if uint64(maxVal) < 1<<k {
		for i, v := range val[:w] {
			ent[i] |= uint64(v)
		}
	} else {
		t.vals = append([]uint32(nil), val[:w]...)
	}
	t.ent = ent[:w:w]
	if int(w) < n*7/8 {
		t.ent = append([]uint64(nil), t.ent...)
	}
	return t
}

// get returns the value of key h and whether h is in the table. It is
// find with the value read in the loop: the look-up of every token.
func (t *table) get(h uint64) (uint32, bool) {
	if t.dir == nil {
		return 0, false
	}
	mk := h * tableMul
	b := mk >> (64 - t.k)
	rest := mk << t.k
	keyMask := ^uint64(0) << t.k
	lo, hi := t.dir[b], t.dir[b+1]
	for i, e := range t.ent[lo:hi] {
		if e&keyMask == rest {
			if t.vals != nil {
				return t.vals[int(lo)+i], true
			}
			return uint32(e &^ keyMask), true
		}
	}
	return 0, false
}

// find returns the index in ent of key h and whether h is in the table.
func (t *table) find(h uint64) (int, bool) {
	if t.dir == nil {
		return 0, false
	}
	mk := h * tableMul
	b := mk >> (64 - t.k)
	rest := mk << t.k
	keyMask := ^uint64(0) << t.k
	lo, hi := t.dir[b], t.dir[b+1]
	for i, e := range t.ent[lo:hi] {
		if e&keyMask == rest {
			return int(lo) + i, true
		}
	}
	return 0, false
}

// len is the number of keys.
func (t *table) len() int { return len(t.ent) }

func orValues(a, b uint32) uint32  { return a | b }
func lastValue(_, b uint32) uint32 { return b }

// appendTable appends t's binary form to b: k and the lengths of dir, ent
// and vals (4 bytes each), then the three arrays, all little-endian.
func appendTable(b []byte, t table) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(t.k))
	for _, n := range []int{len(t.dir), len(t.ent), len(t.vals)} {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	for _, v := range t.dir {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, v := range t.ent {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	for _, v := range t.vals {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

var errTable = errors.New("bad table")

// littleEndian: the machine stores integers as appendTable writes them,
// so readTable copies the arrays whole.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// readTable reads a table written by appendTable from the start of b and
// returns the bytes after it. It checks what get relies on: the directory's
// size and order, and a value for every entry. b is only read.
func readTable(b []byte) (table, []byte, error) {
	if len(b) < 16 {
		return table{}, nil, errTable
	}
	le := binary.LittleEndian
	k, nd, ne, nv := uint(le.Uint32(b)), int(le.Uint32(b[4:])), int(le.Uint32(b[8:])), int(le.Uint32(b[12:]))
	b = b[16:]
	if nd == 0 {
		if ne != 0 || nv != 0 {
			return table{}, nil, errTable
		}
		return table{}, b, nil
	}
	if k < 16 || k > 32 || nd != 1<<k+1 || (nv != 0 && nv != ne) || len(b) < 4*nd+8*ne+4*nv {
		return table{}, nil, errTable
	}
	t := table{k: k, dir: make([]uint32, nd), ent: make([]uint64, ne)}
	b = readUint32s(t.dir, b)
	for i := 1; i < nd; i++ {
		if t.dir[i] < t.dir[i-1] {
			return table{}, nil, errTable
		}
	}
	if t.dir[0] != 0 || int(t.dir[nd-1]) != ne {
		return table{}, nil, errTable
	}
	if littleEndian && ne > 0 {
		b = b[copy(unsafe.Slice((*byte)(unsafe.Pointer(&t.ent[0])), 8*ne), b):]
	} else {
		for i := range t.ent {
			t.ent[i] = le.Uint64(b[8*i:])
		}
		b = b[8*ne:]
	}
	if nv > 0 {
		t.vals = make([]uint32, nv)
		b = readUint32s(t.vals, b)
	}
	return t, b, nil
}

// readUint32s fills dst from the little-endian start of b (long enough)
// and returns the rest.
func readUint32s(dst []uint32, b []byte) []byte {
	if littleEndian && len(dst) > 0 {
		return b[copy(unsafe.Slice((*byte)(unsafe.Pointer(&dst[0])), 4*len(dst)), b):]
	}
	for i := range dst {
		dst[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return b[4*len(dst):]
}

// tableFile returns a file holding t after a header: magic, then each of
// fields on a line of its own (LexiconFile, GazKeysFile).
func tableFile(magic string, fields []string, t table) []byte {
	b := []byte(magic)
	for _, f := range fields {
		b = append(append(b, f...), '\n')
	}
	return appendTable(b, t)
}

// readTableFile reads a file written by tableFile with n header fields: the
// fields and a table with at least one key that ends the file. b is only
// read.
func readTableFile(b []byte, magic string, n int) ([]string, table, error) {
	rest, ok := bytes.CutPrefix(b, []byte(magic))
	if !ok {
		return nil, table{}, errors.New("bad header")
	}
	fields := make([]string, n)
	for i := range fields {
		f, r, ok := bytes.Cut(rest, []byte{'\n'})
		if !ok {
			return nil, table{}, errors.New("bad header")
		}
		fields[i], rest = string(f), r
	}
	t, rest, err := readTable(rest)
	if err != nil || len(rest) != 0 || t.dir == nil {
		return nil, table{}, fmt.Errorf("bad table (%v, %d bytes after it)", err, len(rest))
	}
	return fields, t, nil
}
