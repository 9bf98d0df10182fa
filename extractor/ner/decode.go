package ner

import (
	"math"
	"slices"
)

const negInf = float32(-1e30)

// constrain returns a copy of the transition scores (numLabels+1 rows, the
// last for the sentence start) in which ill-formed BILOU transitions are
// impossible.
func constrain(trans []float32) []float32 {
	out := make([]float32, len(trans))
	for p := 0; p <= numLabels; p++ {
		for c := 0; c < numLabels; c++ {
			if allowed(p, c) {
				out[p*numLabels+c] = trans[p*numLabels+c]
			} else {
				out[p*numLabels+c] = negInf
			}
		}
	}
	return out
}

// biasOrg lowers every allowed transition into the first label of an
// ORGANIZATION span (B or U) by bias: the tagger then reports an
// organization only when it is surer of it (higher precision).
func biasOrg(trans []float32, bias float32) {
	for p := 0; p <= numLabels; p++ {
		for _, c := range []int{label(1, posB), label(1, posU)} {
			if t := &trans[p*numLabels+c]; *t != negInf {
				*t -= bias
			}
		}
	}
}

// preds[c] and succs[p] list the labels that may precede c and follow p
// (in increasing order, so ties break as in a dense loop). BILOU allows
// about a third of all pairs; Viterbi only visits those.
var preds, succs = func() (pr, su [numLabels][]uint8) {
	for p := 0; p < numLabels; p++ {
		for c := 0; c < numLabels; c++ {
			if allowed(p, c) {
				pr[c] = append(pr[c], uint8(p))
				su[p] = append(su[p], uint8(c))
			}
		}
	}
	return
}()

// decoder holds Viterbi scratch space.
type decoder struct {
	delta, beta []float32
	back        []uint8
}

// viterbi writes the best label sequence for emission scores emit (n rows of
// numLabels) into ys under the constrained transitions trans. If margins is
// not nil, it also fills margins[i] with how much the best path's score
// exceeds the best path that gives token i another label (max-marginals);
// it leaves them unset when the best path has no span.
func (d *decoder) viterbi(emit []float32, n int, trans []float32, ys []int, margins []float32) {
	const L = numLabels
	if cap(d.delta) < n*L {
		d.delta = make([]float32, n*L)
		d.back = make([]uint8, n*L)
	}
	delta, back := d.delta[:n*L], d.back[:n*L]
	start := trans[startRow*L : startRow*L+L]
	for y := 0; y < L; y++ {
		delta[y] = emit[y] + start[y]
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*L : i*L]
		cur := delta[i*L : i*L+L]
		e := emit[i*L : i*L+L]
		for y := 0; y < L; y++ {
			best, arg := negInf*2, 0
			for _, p := range preds[y] {
				if s := prev[p] + trans[int(p)*L+y]; s > best {
					best, arg = s, int(p)
				}
			}
			cur[y] = best + e[y]
			back[i*L+y] = uint8(arg)
		}
	}
	last := delta[(n-1)*L : n*L]
	best, arg := negInf*2, 0
	for y := 0; y < L; y++ {
		s := last[y]
		if !allowedLast(y) {
			s += negInf
		}
		if s > best {
			best, arg = s, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		ys[i] = arg
		arg = int(back[i*L+arg])
	}
	if margins == nil || !slices.ContainsFunc(ys[:n], func(y int) bool { return y != labelO }) {
		return // margins are read only for spans
	}
	// backward max-scores: beta[i][y] = best score of tokens after i given label y at i
	if cap(d.beta) < n*L {
		d.beta = make([]float32, n*L)
	}
	beta := d.beta[:n*L]
	for y := 0; y < L; y++ {
		if allowedLast(y) {
			beta[(n-1)*L+y] = 0
		} else {
			beta[(n-1)*L+y] = negInf
		}
	}
	for i := n - 2; i >= 0; i-- {
		nb := beta[(i+1)*L : (i+2)*L]
		ne := emit[(i+1)*L : (i+2)*L]
		for y := 0; y < L; y++ {
			b := negInf * 2
			for _, c := range succs[y] {
				if s := trans[y*L+int(c)] + ne[c] + nb[c]; s > b {
					b = s
				}
			}
			beta[i*L+y] = b
		}
	}
	for i := 0; i < n; i++ {
		top := delta[i*L+ys[i]] + beta[i*L+ys[i]]
		second := negInf * 2
		for y := 0; y < L; y++ {
			if y == ys[i] {
				continue
			}
			if s := delta[i*L+y] + beta[i*L+y]; s > second {
				second = s
			}
		}
		margins[i] = top - second
	}
}

// confidence maps a span's smallest token margin to (0, 1).
func confidence(margin, a, b float32) float64 {
	return 1 / (1 + math.Exp(-float64(a*margin+b)))
}
