package ner

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ClustersFile is the word clustering in the models folder, shared by all
// models (built by entities train, like NamesFile).
const ClustersFile = "clusters.zst"

// ClusterOptions are the knobs of BuildClusters; zero values take the
// defaults.
type ClusterOptions struct {
	MinCount int    // words seen fewer times get no cluster (default 3)
	Contexts int    // most frequent words used as left and right contexts (default 3000)
	Dims     int    // dimensions kept of the PPMI matrix's SVD (default 64)
	Depth    int    // longest cluster path, in bits (default 20, at most 22)
	MinSplit int    // smallest cluster that is split further (default 8)
	Seed     uint64 // random projections of the SVD
}

func (o *ClusterOptions) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Contexts <= 0 {
		o.Contexts = 3000
	}
	if o.Dims <= 0 {
		o.Dims = 64
	}
	if o.Depth <= 0 || o.Depth > 22 {
		o.Depth = 20
	}
	if o.MinSplit < 2 {
		o.MinSplit = 8
	}
}

// clusterCorpus lists the unlabelled text the clustering reads: the tokens
// of every labelled training split under <data>/ner (all sources and
// languages: names cross languages) and the sentences under <data>/text,
// never a val split.
func clusterCorpus(data string) ([]string, error) {
	tsv, err := filepath.Glob(filepath.Join(data, "ner", "*", "*", "train.tsv"))
	if err != nil {
		return nil, err
	}
	txt, err := filepath.Glob(filepath.Join(data, "text", "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(tsv)
	sort.Strings(txt)
	return append(tsv, txt...), nil
}

// readCorpusSentences calls fn with every sentence of path, lowercased:
// a token-per-line file (.tsv) or one space-separated sentence a line.
func readCorpusSentences(path string, fn func([]string)) error {
	if strings.HasSuffix(path, ".tsv") {
		sents, err := readFile(path, 0)
		if err != nil {
			return err
		}
		for _, s := range sents {
			low := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				low[i] = strings.ToLower(t)
			}
			fn(low)
		}
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if toks := strings.Fields(strings.ToLower(sc.Text())); len(toks) > 0 {
			fn(toks)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// BuildClusters clusters the words of the unlabelled text under data (see
// clusterCorpus) hierarchically and returns the clusters file's bytes:
// "path\tword" lines (path: the cluster's bits, "0110..."), zstd-compressed.
//
// Each word seen at least MinCount times is described by its left and
// right neighbours (the Contexts most frequent words, any other word, the
// sentence boundary), weighed by positive pointwise mutual information
// (contexts smoothed with exponent 0.75); a randomized truncated SVD keeps
// Dims dimensions (rows scaled by the square roots of the singular values,
// then to unit length), and bisecting 2-means splits the words into a
// binary tree, Depth levels at most: a word's path from the root is its
// cluster, and a prefix of the path is a coarser cluster, as with Brown
// clusters. Deterministic: the same data and options give the same bytes.
func BuildClusters(data string, opt ClusterOptions) ([]byte, error) {
	opt.defaults()
	files, err := clusterCorpus(data)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no text to cluster under %s", data)
	}
	// word ids in order of first appearance, then counts
	ids := map[string]int32{}
	var words []string
	var counts []int32
	var corpus [][]int32
	for _, p := range files {
		err := readCorpusSentences(p, func(toks []string) {
			s := make([]int32, len(toks))
			for i, t := range toks {
				id, ok := ids[t]
				if !ok {
					id = int32(len(words))
					ids[t] = id
					words = append(words, t)
					counts = append(counts, 0)
				}
				counts[id]++
				s[i] = id
			}
			corpus = append(corpus, s)
		})
		if err != nil {
			return nil, err
		}
	}
	byCount := make([]int32, len(words))
	for i := range byCount {
		byCount[i] = int32(i)
	}
	sort.Slice(byCount, func(i, j int) bool {
		a, b := byCount[i], byCount[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return words[a] < words[b]
	})
	row := make([]int32, len(words)) // -1: not clustered
	ctx := make([]int32, len(words)) // context id, or C (other)
	C := opt.Contexts
	nv := 0
	for rank, id := range byCount {
		row[id], ctx[id] = -1, int32(C)
		if counts[id] >= int32(opt.MinCount) {
			row[id] = int32(nv)
			nv++
		}
		if rank < C {
			ctx[id] = int32(rank)
		}
	}
	if nv < 2 {
		return nil, fmt.Errorf("too few words to cluster under %s", data)
	}
	// co-occurrences as sorted (row, column) pairs; columns: left context
	// 0..C+1 (C: other word, C+1: boundary), then right
	ncol := 2 * (C + 2)
	var pairs []uint64
	for _, s := range corpus {
		for i, w := range s {
			r := row[w]
			if r < 0 {
				continue
			}
			l := int32(C + 1)
			if i > 0 {
				l = ctx[s[i-1]]
			}
			rt := int32(C + 1)
			if i+1 < len(s) {
				rt = ctx[s[i+1]]
			}
			pairs = append(pairs, uint64(r)<<32|uint64(l), uint64(r)<<32|uint64(C+2+int(rt)))
		}
	}
	corpus = nil
	slices.Sort(pairs)
	// PPMI, as a sparse matrix by rows
	rowSum := make([]float64, nv)
	colSum := make([]float64, ncol)
	type cell struct {
		col int32
		n   float64
	}
	var cells []cell
	rowOff := make([]int32, nv+1)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		r, c := int32(pairs[i]>>32), int32(uint32(pairs[i]))
		n := float64(j - i)
		cells = append(cells, cell{c, n})
		rowOff[r+1] = int32(len(cells))
		rowSum[r] += n
		colSum[c] += n
		i = j
	}
	pairs = nil
	for r := 1; r <= nv; r++ {
		rowOff[r] = max(rowOff[r], rowOff[r-1])
	}
	smoothed := 0.0
	colP := make([]float64, ncol)
	for c, n := range colSum {
		colP[c] = math.Pow(n, 0.75)
		smoothed += colP[c]
	}
	a := sparseRows{off: rowOff, col: make([]int32, 0, len(cells)), val: make([]float64, 0, len(cells))}
	kept := make([]int32, nv+1)
	for r := 0; r < nv; r++ {
		for _, c := range cells[rowOff[r]:rowOff[r+1]] {
			pmi := math.Log(c.n * smoothed / (rowSum[r] * colP[c.col]))
			if pmi > 0 {
				a.col = append(a.col, c.col)
				a.val = append(a.val, pmi)
			}
		}
		kept[r+1] = int32(len(a.col))
	}
	a.off, a.rows, a.cols = kept, nv, ncol
	cells = nil
	x := a.embed(opt.Dims, opt.Seed)
	paths := bisect(x, nv, opt.Dims, opt.Depth, opt.MinSplit)
	// lines sorted by path, then word
	type line struct{ path, word string }
	lines := make([]line, 0, nv)
	for id, r := range row {
		if r >= 0 {
			lines = append(lines, line{paths[r], words[id]})
		}
	}
	sort.Slice(lines, func(i, j int) bool {
		if lines[i].path != lines[j].path {
			return lines[i].path < lines[j].path
		}
		return lines[i].word < lines[j].word
	})
	var raw bytes.Buffer
	for _, l := range lines {
		raw.WriteString(l.path)
		raw.WriteByte('\t')
		raw.WriteString(l.word)
		raw.WriteByte('\n')
	}
	return compressFile(raw.Bytes())
}

// sparseRows is a sparse matrix stored by rows.
type sparseRows struct {
	rows, cols int
	off        []int32 // row r's entries are col/val[off[r]:off[r+1]]
	col        []int32
	val        []float64
}

// mul returns a*b for b dense cols x k (row-major), as rows x k.
func (a *sparseRows) mul(b []float64, k int) []float64 {
	out := make([]float64, a.rows*k)
	for r := 0; r < a.rows; r++ {
		o := out[r*k : r*k+k]
		for e := a.off[r]; e < a.off[r+1]; e++ {
			v, bc := a.val[e], b[int(a.col[e])*k:int(a.col[e])*k+k]
			for j := range o {
				o[j] += v * bc[j]
			}
		}
	}
	return out
}

// mulT returns aᵀ*b for b dense rows x k, as cols x k.
func (a *sparseRows) mulT(b []float64, k int) []float64 {
	out := make([]float64, a.cols*k)
	for r := 0; r < a.rows; r++ {
		br := b[r*k : r*k+k]
		for e := a.off[r]; e < a.off[r+1]; e++ {
			v, o := a.val[e], out[int(a.col[e])*k:int(a.col[e])*k+k]
			for j := range o {
				o[j] += v * br[j]
			}
		}
	}
	return out
}

// embed returns the rows of a in dims dimensions of its randomized
// truncated SVD (Halko, Martinsson & Tropp 2011: a Gaussian sketch, two
// power iterations), each row U_i·Σ^½ scaled to unit length, row-major.
func (a *sparseRows) embed(dims int, seed uint64) []float64 {
	k := dims + 10 // oversampling
	k = min(k, a.cols)
	dims = min(dims, k)
	rng := rand.New(rand.NewPCG(seed, 0x636c7573))
	omega := make([]float64, a.cols*k)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	q := orthonormalize(a.mul(omega, k), a.rows, k)
	for it := 0; it < 2; it++ {
		z := orthonormalize(a.mulT(q, k), a.cols, k)
		q = orthonormalize(a.mul(z, k), a.rows, k)
	}
	// B = Qᵀ A; B Bᵀ = W Λ Wᵀ; U = Q W, Σ = Λ^½
	bt := a.mulT(q, k) // cols x k = Bᵀ
	g := gram(bt, a.cols, k)
	vals, vecs := symEigen(g, k)
	order := make([]int, k)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]] > vals[order[j]] })
	// projection: column j of the result is Q W[:,order[j]] * λ^¼
	proj := make([]float64, k*dims)
	for j := 0; j < dims; j++ {
		e := order[j]
		s := math.Pow(max(vals[e], 0), 0.25)
		for i := 0; i < k; i++ {
			proj[i*dims+j] = vecs[i*k+e] * s
		}
	}
	x := make([]float64, a.rows*dims)
	for r := 0; r < a.rows; r++ {
		qr, xr := q[r*k:r*k+k], x[r*dims:r*dims+dims]
		for i, v := range qr {
			if v == 0 {
				continue
			}
			p := proj[i*dims : i*dims+dims]
			for j := range xr {
				xr[j] += v * p[j]
			}
		}
		n := 0.0
		for _, v := range xr {
			n += v * v
		}
		if n > 0 {
			n = 1 / math.Sqrt(n)
			for j := range xr {
				xr[j] *= n
			}
		}
	}
	return x
}

// gram returns mᵀm for m rows x k, row-major, as k x k.
func gram(m []float64, rows, k int) []float64 {
	g := make([]float64, k*k)
	for r := 0; r < rows; r++ {
		mr := m[r*k : r*k+k]
		for i, v := range mr {
			if v == 0 {
				continue
			}
			gi := g[i*k : i*k+k]
			for j := i; j < k; j++ {
				gi[j] += v * mr[j]
			}
		}
	}
	for i := 0; i < k; i++ {
		for j := 0; j < i; j++ {
			g[i*k+j] = g[j*k+i]
		}
	}
	return g
}

// orthonormalize returns an orthonormal basis of the columns of m (rows x
// k, row-major) in place: Cholesky QR twice (the columns are well
// conditioned after each multiplication), a column that vanishes stays 0.
func orthonormalize(m []float64, rows, k int) []float64 {
	for pass := 0; pass < 2; pass++ {
		g := gram(m, rows, k)
		// Cholesky g = Rᵀ R, R upper triangular
		r := make([]float64, k*k)
		for j := 0; j < k; j++ {
			s := g[j*k+j]
			for p := 0; p < j; p++ {
				s -= r[p*k+j] * r[p*k+j]
			}
			if s <= 1e-12*max(g[j*k+j], 1e-300) {
				continue // dependent column: row j of R stays 0
			}
			d := math.Sqrt(s)
			r[j*k+j] = d
			for i := j + 1; i < k; i++ {
				t := g[j*k+i]
				for p := 0; p < j; p++ {
					t -= r[p*k+j] * r[p*k+i]
				}
				r[j*k+i] = t / d
			}
		}
		// m = m R⁻¹, row by row (forward substitution)
		tmp := make([]float64, k)
		for row := 0; row < rows; row++ {
			mr := m[row*k : row*k+k]
			for j := 0; j < k; j++ {
				if r[j*k+j] == 0 {
					tmp[j] = 0
					continue
				}
				t := mr[j]
				for p := 0; p < j; p++ {
					t -= tmp[p] * r[p*k+j]
				}
				tmp[j] = t / r[j*k+j]
			}
			copy(mr, tmp)
		}
	}
	return m
}

// symEigen returns the eigenvalues and eigenvectors (columns of a k x k
// row-major matrix) of the symmetric matrix a, by cyclic Jacobi rotations.
func symEigen(a []float64, k int) ([]float64, []float64) {
	a = append([]float64(nil), a...)
	v := make([]float64, k*k)
	for i := 0; i < k; i++ {
		v[i*k+i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		off := 0.0
		for p := 0; p < k; p++ {
			for q := p + 1; q < k; q++ {
				off += a[p*k+q] * a[p*k+q]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := 0; p < k; p++ {
			for q := p + 1; q < k; q++ {
				apq := a[p*k+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*k+q] - a[p*k+p]) / (2 * apq)
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for i := 0; i < k; i++ {
					aip, aiq := a[i*k+p], a[i*k+q]
					a[i*k+p], a[i*k+q] = c*aip-s*aiq, s*aip+c*aiq
				}
				for i := 0; i < k; i++ {
					api, aqi := a[p*k+i], a[q*k+i]
					a[p*k+i], a[q*k+i] = c*api-s*aqi, s*api+c*aqi
				}
				for i := 0; i < k; i++ {
					vip, viq := v[i*k+p], v[i*k+q]
					v[i*k+p], v[i*k+q] = c*vip-s*viq, s*vip+c*viq
				}
			}
		}
	}
	vals := make([]float64, k)
	for i := range vals {
		vals[i] = a[i*k+i]
	}
	return vals, v
}

// bisect splits the n points of x (dims each, row-major) by 2-means,
// recursively, into a binary tree of at most depth levels, and returns
// each point's path ("0" and "1" from the root). Clusters smaller than
// minSplit are not split.
func bisect(x []float64, n, dims, depth, minSplit int) []string {
	paths := make([][]byte, n)
	type node struct {
		pts  []int32
		path []byte
	}
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	stack := []node{{pts: all}}
	c0, c1, mean := make([]float64, dims), make([]float64, dims), make([]float64, dims)
	dist := func(i int32, c []float64) float64 {
		s := 0.0
		for j, v := range x[int(i)*dims : int(i)*dims+dims] {
			d := v - c[j]
			s += d * d
		}
		return s
	}
	for len(stack) > 0 {
		nd := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(nd.pts) < minSplit || len(nd.path) >= depth {
			for _, p := range nd.pts {
				paths[p] = nd.path
			}
			continue
		}
		// seeds: the point farthest from the mean, then the one farthest from it
		clear(mean)
		for _, p := range nd.pts {
			for j, v := range x[int(p)*dims : int(p)*dims+dims] {
				mean[j] += v
			}
		}
		far := func(c []float64) int32 {
			best, bd := nd.pts[0], -1.0
			for _, p := range nd.pts {
				if d := dist(p, c); d > bd {
					best, bd = p, d
				}
			}
			return best
		}
		for j := range mean {
			mean[j] /= float64(len(nd.pts))
		}
		a := far(mean)
		copy(c0, x[int(a)*dims:int(a)*dims+dims])
		b := far(c0)
		copy(c1, x[int(b)*dims:int(b)*dims+dims])
		side := make([]bool, len(nd.pts))
		for it := 0; it < 20; it++ {
			changed := false
			n1 := 0
			for i, p := range nd.pts {
				s := dist(p, c1) < dist(p, c0)
				if s != side[i] || it == 0 {
					changed = true
				}
				side[i] = s
				if s {
					n1++
				}
			}
			if !changed || n1 == 0 || n1 == len(nd.pts) {
				break
			}
			clear(c0)
			clear(c1)
			for i, p := range nd.pts {
				c := c0
				if side[i] {
					c = c1
				}
				for j, v := range x[int(p)*dims : int(p)*dims+dims] {
					c[j] += v
				}
			}
			for j := range c0 {
				c0[j] /= float64(len(nd.pts) - n1)
				c1[j] /= float64(n1)
			}
		}
		var left, right []int32
		for i, p := range nd.pts {
			if side[i] {
				right = append(right, p)
			} else {
				left = append(left, p)
			}
		}
		if len(left) == 0 || len(right) == 0 {
			for _, p := range nd.pts {
				paths[p] = nd.path
			}
			continue
		}
		lp := append(append([]byte(nil), nd.path...), '0')
		rp := append(append([]byte(nil), nd.path...), '1')
		stack = append(stack, node{right, rp}, node{left, lp})
	}
	out := make([]string, n)
	for i, p := range paths {
		out[i] = string(p)
	}
	return out
}

// clusterList is a clusters file as read: word hashes and their codes
// (the path's bits under a leading 1, so that prefixes stay aligned and 0
// means none).
type clusterList struct {
	keys []uint64
	vals []uint32
	sum  string
}

// readClusters decodes a clusters file written by BuildClusters.
func readClusters(b []byte) (*clusterList, error) {
	sum := sha256.Sum256(b)
	lines, n, err := readLines(b)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	cl := &clusterList{sum: hex.EncodeToString(sum[:8]), keys: make([]uint64, 0, n), vals: make([]uint32, 0, n)}
	for line := range lines {
		path, word, ok := bytes.Cut(line, []byte{'\t'})
		if !ok || len(path) > 22 || len(word) == 0 {
			return nil, fmt.Errorf("clusters: bad line %q", line)
		}
		code := uint32(1)
		for _, c := range path {
			if c != '0' && c != '1' {
				return nil, fmt.Errorf("clusters: bad path %q", path)
			}
			code = code<<1 | uint32(c-'0')
		}
		cl.keys, cl.vals = append(cl.keys, hashBytes(fnvOffset, word)), append(cl.vals, code)
	}
	if len(cl.keys) == 0 {
		return nil, fmt.Errorf("clusters: empty")
	}
	return cl, nil
}

// clusterPrefix is the first n bits of a cluster code's path (the whole
// path if it is shorter), under the leading 1.
func clusterPrefix(code uint64, n int) uint64 {
	if code == 0 {
		return 0
	}
	l := 63 - bits.LeadingZeros64(code) // path length
	if l > n {
		return code >> uint(l-n)
	}
	return code
}

// clusterPathString renders a cluster code's path (for tests and logs).
func clusterPathString(code uint64) string {
	if code == 0 {
		return ""
	}
	s := strconv.FormatUint(code, 2)
	return s[1:]
}
