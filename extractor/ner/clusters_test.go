package ner

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

func TestClusterPrefix(t *testing.T) {
	code := uint64(0b1_0110_1110) // path 01101110
	for _, c := range []struct {
		n    int
		want string
	}{{4, "0110"}, {6, "011011"}, {8, "01101110"}, {20, "01101110"}} {
		if got := clusterPathString(clusterPrefix(code, c.n)); got != c.want {
			t.Errorf("prefix %d of %s = %s, want %s", c.n, clusterPathString(code), got, c.want)
		}
	}
	if clusterPrefix(0, 4) != 0 {
		t.Error("no cluster has a prefix")
	}
}

func TestSymEigen(t *testing.T) {
	// a random symmetric matrix: A v = λ v for every pair, V orthonormal
	const k = 7
	rng := rand.New(rand.NewPCG(1, 2))
	a := make([]float64, k*k)
	for i := 0; i < k; i++ {
		for j := i; j < k; j++ {
			a[i*k+j] = rng.NormFloat64()
			a[j*k+i] = a[i*k+j]
		}
	}
	vals, vecs := symEigen(a, k)
	for e := 0; e < k; e++ {
		for i := 0; i < k; i++ {
			av := 0.0
			for j := 0; j < k; j++ {
				av += a[i*k+j] * vecs[j*k+e]
			}
			if math.Abs(av-vals[e]*vecs[i*k+e]) > 1e-9 {
				t.Fatalf("eigenpair %d: (Av)_%d = %g, λv_%d = %g", e, i, av, i, vals[e]*vecs[i*k+e])
			}
		}
	}
}

func TestOrthonormalize(t *testing.T) {
	const rows, k = 200, 6
	rng := rand.New(rand.NewPCG(3, 4))
	m := make([]float64, rows*k)
	for i := range m {
		m[i] = rng.NormFloat64()
	}
	// one column a multiple of another: it has nothing left and stays 0
	for r := 0; r < rows; r++ {
		m[r*k+5] = 3 * m[r*k+1]
	}
	orig := append([]float64(nil), m...)
	q := orthonormalize(m, rows, k)
	g := gram(q, rows, k)
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			want := 0.0
			if i == j && i != 5 {
				want = 1
			}
			if math.Abs(g[i*k+j]-want) > 1e-9 {
				t.Errorf("QᵀQ[%d][%d] = %g, want %g", i, j, g[i*k+j], want)
			}
		}
	}
	// the span is kept: column 0 of the input lies in it
	res := 0.0
	for r := 0; r < rows; r++ {
		p := 0.0
		for j := 0; j < k; j++ {
			d := 0.0
			for s := 0; s < rows; s++ {
				d += q[s*k+j] * orig[s*k]
			}
			p += q[r*k+j] * d
		}
		res += (p - orig[r*k]) * (p - orig[r*k])
	}
	if res > 1e-12 {
		t.Errorf("column 0 is %g off the span", res)
	}
}

func TestBisect(t *testing.T) {
	// three well-separated groups in 3 dimensions: the first split parts
	// one group from the other two, the second parts those two
	rng := rand.New(rand.NewPCG(5, 6))
	centers := [][]float64{{10, 0, 0}, {0, 10, 0}, {0, 0, 10}}
	const per = 30
	var x []float64
	for _, c := range centers {
		for i := 0; i < per; i++ {
			for _, v := range c {
				x = append(x, v+rng.NormFloat64())
			}
		}
	}
	paths := bisect(x, 3*per, 3, 20, 2)
	// no group is split by the first bit, and no two groups share two bits
	groupsOf := map[string]map[int]bool{}
	first := map[int]map[byte]bool{}
	for i, p := range paths {
		g := i / per
		if len(p) < 2 {
			t.Fatalf("point %d has the path %q", i, p)
		}
		if groupsOf[p[:2]] == nil {
			groupsOf[p[:2]] = map[int]bool{}
		}
		groupsOf[p[:2]][g] = true
		if first[g] == nil {
			first[g] = map[byte]bool{}
		}
		first[g][p[0]] = true
	}
	for g, f := range first {
		if len(f) != 1 {
			t.Errorf("group %d is split by the first bit", g)
		}
	}
	for p, gs := range groupsOf {
		if len(gs) != 1 {
			t.Errorf("groups %v share the prefix %s", gs, p)
		}
	}
	// minSplit 91 > 90 points: no split at all
	if paths := bisect(x, 3*per, 3, 20, 91); paths[0] != "" {
		t.Errorf("a cluster smaller than minSplit was split: %q", paths[0])
	}
	// depth bounds the path
	for _, p := range bisect(x, 3*per, 3, 3, 2) {
		if len(p) > 3 {
			t.Fatalf("path %q is longer than the depth 3", p)
		}
	}
}

// writeClusterData writes a tiny data folder: two families of words, each
// used in contexts of its own (days after "on", towns after "in"), in train
// splits and unlabelled text; a word only in a val split must get no cluster.
func writeClusterData(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	rng := rand.New(rand.NewPCG(7, 8))
	days := []string{"Monday", "Tuesday", "Friday", "Sunday"}
	towns := []string{"Berlin", "Paris", "Oslo", "Rome"}
	sentence := func() []string {
		if rng.IntN(2) == 0 {
			return []string{"we", "met", "on", days[rng.IntN(len(days))], "morning", "."}
		}
		return []string{"they", "live", "in", towns[rng.IntN(len(towns))], "city", "."}
	}
	for _, dir := range []string{"ner/a/en", "ner/b/de", "text/it"} {
		if err := os.MkdirAll(filepath.Join(data, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var tsv strings.Builder
	for i := 0; i < 300; i++ {
		for _, w := range sentence() {
			fmt.Fprintf(&tsv, "%s\tO\n", w)
		}
		tsv.WriteString("\n")
	}
	var txt strings.Builder
	for i := 0; i < 300; i++ {
		txt.WriteString(strings.Join(sentence(), " ") + "\n")
	}
	files := map[string]string{
		"ner/a/en/train.tsv": tsv.String(),
		"ner/b/de/train.tsv": tsv.String(),
		"ner/a/en/val.tsv":   strings.Repeat("Valonly\tO\nwords\tO\n\n", 20),
		"text/it/t.txt":      txt.String(),
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(data, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return data
}

func TestBuildClusters(t *testing.T) {
	data := writeClusterData(t)
	opt := ClusterOptions{Dims: 4, Contexts: 20, MinSplit: 2, Seed: 1}
	b, err := BuildClusters(data, opt)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := BuildClusters(data, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("two builds from the same data differ")
	}
	dec, err := zstd.NewReader(nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := dec.DecodeAll(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		p, w, _ := strings.Cut(line, "\t")
		path[w] = p
	}
	if _, ok := path["valonly"]; ok {
		t.Error("a word of a val split was clustered")
	}
	for _, w := range []string{"monday", "berlin", "rome", "we"} {
		if path[w] == "" {
			t.Fatalf("%q has no cluster path: %v", w, path)
		}
	}
	common := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		return n
	}
	// words of a family share a longer prefix with each other than with the other family
	if d, x := common(path["monday"], path["friday"]), common(path["monday"], path["paris"]); d <= x {
		t.Errorf("monday %s, friday %s, paris %s: days share no longer prefix than a day and a town", path["monday"], path["friday"], path["paris"])
	}
	if d, x := common(path["berlin"], path["oslo"]), common(path["berlin"], path["sunday"]); d <= x {
		t.Errorf("berlin %s, oslo %s, sunday %s: towns share no longer prefix than a town and a day", path["berlin"], path["oslo"], path["sunday"])
	}
	cl, err := readClusters(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.keys) != len(path) {
		t.Errorf("read %d words, the file has %d", len(cl.keys), len(path))
	}
	if _, err := readClusters([]byte("not zstd")); err == nil {
		t.Error("readClusters took a file that is not one")
	}
}
