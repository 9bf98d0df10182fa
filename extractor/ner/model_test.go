package ner

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"entities/extractor/cputime"
)

// TestReadRows: rows written with O's weights, as files have them, read as
// every label's weight minus O's; a difference that does not fit in 16 bits
// is a format error.
func TestReadRows(t *testing.T) {
	// two rows; label y of row r weighs 10*y + r, O weighs 100 and -7
	w := func(r, y int) int16 {
		if y == labelO {
			return [2]int16{100, -7}[r]
		}
		return int16(10*y + r)
	}
	var file []byte
	for y := 0; y < numLabels; y++ {
		for r := 0; r < 2; r++ {
			file = append(file, byte(uint16(w(r, y))))
		}
		for r := 0; r < 2; r++ {
			file = append(file, byte(uint16(w(r, y))>>8))
		}
	}
	m := &Model{}
	if err := m.readRows(bytes.NewReader(file), 2); err != nil {
		t.Fatal(err)
	}
	if m.bias != 256 { // the largest difference is 161 - (-7)
		t.Errorf("bias %d, want 256", m.bias)
	}
	for r := 0; r < 2; r++ {
		for y := 1; y < numLabels; y++ {
			if got, want := m.value(r, y-1), int32(w(r, y)-w(r, labelO)); got != want {
				t.Errorf("row %d label %d: %d, want %d", r, y, got, want)
			}
		}
	}
	big := bytes.Repeat([]byte{0}, 2*numLabels)
	big[0], big[1] = 0x01, 0x80 // O = -32767
	big[2], big[3] = 0xff, 0x7f // label 1 = 32767
	if err := new(Model).readRows(bytes.NewReader(big), 1); !errors.Is(err, errFormat) {
		t.Errorf("difference of 65534: err %v, want errFormat", err)
	}
}

// value is value i of row r of m.rows.
func (m *Model) value(r, i int) int32 {
	return int32(uint16(m.rows[r*rowWords+i/4]>>(16*(i%4)))) - m.bias
}

// TestEmissionsPacked: the four-lanes-at-a-time sums of emissions equal
// plain sums of the rows, for weights small and as large as 16 bits hold
// (a bias of 32768 adds one row at a time) and for tokens with more rows
// than can be added before a lane would carry.
func TestEmissionsPacked(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, maxAbs := range []int{1, 300, 511, 512, 5000, 32767} {
		const nb = 1 << 12
		m := &Model{scale: 0.25, present: make([]uint64, nb/64)}
		var vals []int16
		for b := 0; b < nb; b++ {
			if rng.IntN(3) == 0 {
				continue
			}
			m.present[b/64] |= 1 << (b % 64)
			for y := 0; y < rowLen; y++ {
				vals = append(vals, int16(rng.IntN(2*maxAbs+1)-maxAbs))
			}
		}
		vals[rng.IntN(len(vals))] = int16(-maxAbs) // the extremes occur
		for y := 0; y < rowLen; y++ {
			vals[y] = int16(maxAbs) // the first row, summed 200 times below
		}
		m.pack(vals)
		m.buildRank()
		row := map[uint32]int{} // bucket -> row of vals
		for b, r := 0, 0; b < nb; b++ {
			if m.present[b/64]&(1<<(b%64)) != 0 {
				row[uint32(b)] = r
				r++
			}
		}
		sc := &tagScratch{}
		first := uint32(0)
		for m.present[first/64]&(1<<(first%64)) == 0 {
			first++
		}
		n := 6
		sc.feat.off = []int32{0}
		for i := 0; i < n; i++ {
			k := []int{0, 1, 63, 64, 300, 200}[i] // features of token i
			for j := 0; j < k; j++ {
				f := uint32(rng.IntN(nb))
				if i == 5 {
					f = first
				}
				sc.feat.feats = append(sc.feat.feats, f)
			}
			sc.feat.off = append(sc.feat.off, int32(len(sc.feat.feats)))
		}
		emit := m.emissions(sc, n)
		for i := 0; i < n; i++ {
			for y := 0; y < numLabels; y++ {
				want := int64(0)
				if y != labelO {
					for _, f := range sc.feat.feats[sc.feat.off[i]:sc.feat.off[i+1]] {
						if r, ok := row[f]; ok {
							want += int64(vals[r*rowLen+y-1])
						}
					}
				}
				if got := emit[i*numLabels+y]; got != float32(want)*m.scale {
					t.Errorf("max %d, token %d, label %d: %g, want %g", maxAbs, i, y, got, float32(want)*m.scale)
				}
			}
		}
	}
}

// BenchmarkLoadShared reads what every model shares, as the first model
// loaded in a process does: the tables written for it (LexiconFile,
// GazKeysFile: what a process reads), and for comparison the same tables
// built from the name lists, clusters and gazetteer (what it reads when
// the tables are missing or were built from other files).
//
//	go test -run XXX -bench LoadShared -benchtime 10x ./extractor/ner/
func BenchmarkLoadShared(b *testing.B) {
	file := func(name string) []byte {
		f, err := modelFiles.ReadFile("models/" + name)
		if err != nil {
			b.Fatal(err)
		}
		return f
	}
	names, clusters, gaz := file(NamesFile), file(ClustersFile), file(GazetteerFile)
	lex, keys := stringBytes(lexiconTab), stringBytes(gazKeysTab)
	b.Run("tables", func(b *testing.B) {
		cpu0 := cputime.Process()
		for i := 0; i < b.N; i++ {
			if _, err := readGazKeys(keys); err != nil {
				b.Fatal(err)
			}
			if _, err := readLexicon(lex); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64((cputime.Process()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	})
	b.Run("built", func(b *testing.B) {
		cpu0 := cputime.Process()
		for i := 0; i < b.N; i++ {
			if _, err := readGazetteer(gaz); err != nil {
				b.Fatal(err)
			}
			x, err := readNames(names)
			if err != nil {
				b.Fatal(err)
			}
			c, err := readClusters(clusters)
			if err != nil {
				b.Fatal(err)
			}
			mergeShared(x, c)
		}
		b.ReportMetric(float64((cputime.Process()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	})
}
