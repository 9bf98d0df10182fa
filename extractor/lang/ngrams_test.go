package lang

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/pemistahl/lingua-go"
)

var updateFlag = flag.Bool("update", false, "TestQuickGramsFile: rewrite quickgrams.zst from lingua's tables")

// TestQuickGramsFile: the embedded tables are lingua's, as
// gramsFromLingua decodes them, for every language of quickGramLanguages;
// and gramsFromLingua reads what lingua's own map of a table holds: every
// n-gram of n letters whose probability is positive, with its log as quick
// scores it. -update rewrites the file.
func TestQuickGramsFile(t *testing.T) {
	ls := quickGramLanguages()
	tabs := make([]langGrams, len(ls))
	for i, l := range ls {
		for n := 1; n <= 3; n++ {
			g, err := gramsFromLingua(l, n)
			if err != nil {
				t.Fatal(err)
			}
			tabs[i][n] = g
		}
	}
	if *updateFlag {
		b, err := encodeQuickGrams(ls, tabs)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("quickgrams.zst", b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote quickgrams.zst: %d bytes", len(b))
		return
	}
	frames, err := quickGramFrames(quickGramsFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(frames) != len(ls) {
		t.Fatalf("%d languages embedded, want %d", len(frames), len(ls))
	}
	for i, l := range ls {
		embedded, err := decodeLangGrams(frames[l])
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if !reflect.DeepEqual(*embedded, tabs[i]) {
			t.Errorf("%s: the embedded tables are not lingua's (go test ./extractor/lang -run TestQuickGramsFile -update)", l)
		}
	}
	// against lingua's maps, for a few languages and every n
	for _, l := range []lingua.Language{lingua.German, lingua.Russian, lingua.Vietnamese} {
		for n := 1; n <= 3; n++ {
			m, err := decodeTable(l, n)
			if err != nil {
				t.Fatal(err)
			}
			g := gramsFor(l)[n]
			want := 0
			for s, p := range m {
				code, k := gramCode(s)
				if k != n || p <= 0 {
					continue
				}
				want++
				if v, ok := g.get(code); !ok || float64(v) != logProb(p) {
					t.Fatalf("%s %q: %v %v, want %v", l, s, v, ok, logProb(p))
				}
			}
			if want != len(g.codes) || want < 20 {
				t.Errorf("%s, %d letters: %d n-grams, lingua's map has %d", l, n, len(g.codes), want)
			}
		}
	}
}

// TestGramCode: codes of n-grams of one to three letters, and none for
// what is no such n-gram.
func TestGramCode(t *testing.T) {
	for _, c := range []struct {
		g    string
		code uint64
		n    int
	}{
		{"a", 'a', 1},
		{"ab", 'a'<<21 | 'b', 2},
		{"żół", 'ż'<<42 | 'ó'<<21 | 'ł', 3},
		{"\U0010ffffaa", 0x10ffff<<42 | 'a'<<21 | 'a', 3},
		{"", 0, 0},
		{"abcd", 0, 0},
		{"a\x00", 0, 0},
		{"a\xff", 0, 0},
	} {
		code, n := gramCode(c.g)
		if code != c.code || n != c.n {
			t.Errorf("gramCode(%q) = %x, %d; want %x, %d", c.g, code, n, c.code, c.n)
		}
	}
	if tri, _ := gramCode("żół"); tri>>21 != 'ż'<<21|'ó' || tri>>42 != 'ż' {
		t.Error("a trigram's code does not hold its prefixes' codes")
	}
}

// TestQuickGramsRefusesDamage: a quick n-grams file or frame that is cut
// short or altered is refused, not read into tables a look-up could
// misread.
func TestQuickGramsRefusesDamage(t *testing.T) {
	frames, err := quickGramFrames(quickGramsFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{quickGramsFile[:len(quickGramsFile)-1], append(append([]byte(nil), quickGramsFile...), 0), []byte("entities quick n-grams 1\n")} {
		if _, err := quickGramFrames(bad); err == nil {
			t.Errorf("a damaged file of %d bytes was read", len(bad))
		}
	}
	frame := frames[lingua.German]
	tabs := &langGrams{}
	for n := 1; n <= 3; n++ {
		tabs[n] = &ngrams{codes: []uint64{5, 9}, logs: []float32{-1, -2}}
	}
	raw := appendLangGrams(nil, tabs)
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	if got, err := decodeLangGrams(enc.EncodeAll(raw, nil)); err != nil || !reflect.DeepEqual(got, tabs) {
		t.Fatalf("a frame of my own read back as %v, %v", got, err)
	}
	for name, bad := range map[string][]byte{
		"cut short":         raw[:len(raw)-1],
		"trailing bytes":    append(append([]byte(nil), raw...), 0),
		"codes not rising":  bytes.Replace(raw, []byte{2, 5, 4}, []byte{2, 5, 0}, 1),
		"log index too big": bytes.Replace(raw, []byte{2, 5, 4, 0, 1}, []byte{2, 5, 4, 0, 7}, 1),
	} {
		if bytes.Equal(bad, raw) {
			t.Fatalf("%s: nothing damaged", name)
		}
		if _, err := decodeLangGrams(enc.EncodeAll(bad, nil)); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
	if _, err := decodeLangGrams(frame[:len(frame)/2]); err == nil {
		t.Error("half a frame was read")
	}
}

// BenchmarkQuickGrams decodes the embedded tables of every language, as
// the first documents of a process in Latin and Cyrillic letters do.
//
//	go test -run XXX -bench QuickGrams -benchtime 10x ./extractor/lang/
func BenchmarkQuickGrams(b *testing.B) {
	frames, err := quickGramFrames(quickGramsFile)
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		for _, f := range frames {
			if _, err := decodeLangGrams(f); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzParseLangGrams: any bytes in place of a language's decompressed
// tables are refused or read into sorted codes with a log each, never a
// panic.
func FuzzParseLangGrams(f *testing.F) {
	tabs := &langGrams{}
	for n := 1; n <= 3; n++ {
		tabs[n] = &ngrams{codes: []uint64{5, 9, 1 << 40}, logs: []float32{-1, -2, -1}}
	}
	raw := appendLangGrams(nil, tabs)
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	// a gap that wraps the codes around
	f.Add(bytes.Replace(raw, []byte{3, 5, 4}, []byte{3, 5, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1}, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := parseLangGrams(b)
		if err != nil {
			return
		}
		for n := 1; n <= 3; n++ {
			if len(g[n].codes) != len(g[n].logs) {
				t.Fatalf("%d letters: %d codes, %d logs", n, len(g[n].codes), len(g[n].logs))
			}
			for i := 1; i < len(g[n].codes); i++ {
				if g[n].codes[i] <= g[n].codes[i-1] {
					t.Fatalf("%d letters: codes not rising at %d", n, i)
				}
			}
		}
	})
}
