package ner

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"time"
)

// TrainSet is one body of labelled training sentences. Copies > 1
// oversamples it (news is weighed higher than WikiANN's silver data).
type TrainSet struct {
	Name      string
	Sentences []Sentence
	Copies    int
	// External sets are other languages' data: they only feed the
	// gazetteer's bits 8-15, never the training instances.
	External bool
}

// TrainOptions are the knobs of one model's training run.
type TrainOptions struct {
	Lang   string
	Epochs int    // passes over the training data (default 8)
	Seed   uint64 // shuffling, folds and cluster projections
	Bits   uint   // log2 of the feature table size (default 21)
	Folds  int    // gazetteer jackknife folds (default 4)
	// Prune drops feature rows whose largest averaged weight is below it.
	Prune float32
	// Dropout is the probability of hiding a token's word-identity features
	// in a training step (default 0.2; < 0: never), so that context and
	// spelling features learn to find names not seen in training.
	Dropout float64
	// Bags is the number of perceptrons, trained on different orders of the
	// data, whose weights are averaged (default 1).
	Bags int
	// Step is the quantization step of the stored weights (default 0.25).
	Step float32
	// Dictionary is a list of the language's common words (for German: the
	// forms of its nouns). The model then marks every capitalized token as
	// a dictionary word, a compound with a dictionary word as its head, or
	// neither: in German, where every noun is capitalized, an unseen token
	// of the third kind is most often a name. Empty: no such features.
	Dictionary []string
	// Names are the shared name lists (BuildNames) and word clusters
	// (BuildClusters), either of which may be missing; nil: neither. With
	// shared clusters the model does not cluster its own training words.
	Names *nameIndex
	// Gazetteer is the shared gazetteer (GazetteerFile) the model's
	// gazetteer is stored against; nil: the model stores its own sequences.
	Gazetteer *sharedGaz
	Log       *slog.Logger
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Bits == 0 {
		o.Bits = 21
	}
	if o.Folds <= 1 {
		o.Folds = 4
	}
	if o.Step == 0 {
		o.Step = 0.25
	}
	if o.Dropout == 0 {
		o.Dropout = 0.2
	}
	if o.Prune == 0 {
		o.Prune = 1
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
}

// trainingCorpus is the featurized training data: each unique sentence once,
// and the order of instances (with oversampled copies) to learn from.
type trainingCorpus struct {
	feats  []uint32 // all features, back to back
	tokOff []int32  // per token, into feats; tokens of sentence s are tokOff[sentOff[s]:sentOff[s+1]+1]
	lexEnd []int32  // per token, end of its word-identity features
	sent   []int32  // first token of each sentence (len = sentences+1)
	gold   []uint8  // BILOU label per token
	order  []int32  // instances: sentence indices, with copies
}

// TrainModel trains one tagger on sets.
func TrainModel(ctx context.Context, sets []TrainSet, opt TrainOptions) (*Model, error) {
	opt.defaults()
	var uniq []Sentence
	var copies []int
	var external []Sentence
	for _, s := range sets {
		if s.External {
			external = append(external, s.Sentences...)
			continue
		}
		c := max(s.Copies, 1)
		for _, snt := range s.Sentences {
			if len(snt.Tokens) == 0 {
				continue
			}
			uniq = append(uniq, snt)
			copies = append(copies, c)
		}
	}
	if len(uniq) == 0 {
		return nil, errors.New("train: no training sentences")
	}
	start := time.Now()
	m := &Model{bits: opt.Bits}
	// lexicon from the training text
	texts := make([][]string, len(uniq))
	for i, s := range uniq {
		texts[i] = s.Tokens
	}
	minCount := 2
	shared := opt.Names != nil && opt.Names.clusters != ""
	m.lex.wordList = withDictionary(buildWords(texts, opt.Seed, minCount, 1000, !shared), opt.Dictionary)
	var ext []gazEntry
	if len(external) > 0 {
		ext = buildGazetteer(external, gazMaxTokens)
	}
	m.lex.gazList = mergeGazetteers(buildGazetteer(uniq, gazMaxTokens), ext)
	m.lex.index()
	if opt.Gazetteer != nil {
		if err := m.lex.useShared(opt.Gazetteer); err != nil {
			return nil, err
		}
		m.Card.Gazetteer = opt.Gazetteer.sum
	}
	if opt.Names != nil {
		m.lex.names = opt.Names
		m.lex.sharedClusters = shared
		m.Card.Names = opt.Names.sum
		m.Card.Clusters = opt.Names.clusters
	}
	// gazetteer jackknife: each sentence sees the gazetteer of the other folds
	rng := rand.New(rand.NewPCG(opt.Seed, 0x747261696e))
	fold := make([]int, len(uniq))
	perm := rng.Perm(len(uniq))
	for i, p := range perm {
		fold[p] = i % opt.Folds
	}
	foldGaz := make([]table, opt.Folds)
	for k := range foldGaz {
		var other []Sentence
		for i, s := range uniq {
			if fold[i] != k {
				other = append(other, s)
			}
		}
		foldGaz[k], _ = gazIndex(mergeGazetteers(buildGazetteer(other, gazMaxTokens), ext))
	}
	// featurize
	var c trainingCorpus
	var sf sentFeatures
	for i, s := range uniq {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		extract(&sf, s.Tokens, &m.lex, &foldGaz[fold[i]], opt.Bits)
		c.sent = append(c.sent, int32(len(c.tokOff)))
		base := int32(len(c.feats))
		for t := range s.Tokens {
			c.tokOff = append(c.tokOff, base+sf.off[t])
			c.lexEnd = append(c.lexEnd, base+sf.lexEnd[t])
		}
		c.feats = append(c.feats, sf.feats...)
		for _, y := range bilouLabels(s.Tags) {
			c.gold = append(c.gold, uint8(y))
		}
		for k := 0; k < copies[i]; k++ {
			c.order = append(c.order, int32(i))
		}
	}
	c.sent = append(c.sent, int32(len(c.tokOff)))
	c.tokOff = append(c.tokOff, int32(len(c.feats)))
	m.Card.Sentences = len(c.order)
	for _, i := range c.order {
		m.Card.Tokens += int(c.sent[i+1] - c.sent[i])
	}
	opt.Log.Info("featurized", "lang", opt.Lang, "sentences", len(uniq), "instances", len(c.order),
		"features", len(c.feats), "words", len(m.lex.wordList), "gazetteer", len(m.lex.gazList), "took", time.Since(start).Round(time.Millisecond))

	w, trans, err := perceptron(ctx, &c, opt, rng)
	if err != nil {
		return nil, err
	}
	// bagging over shuffling orders: average the averaged weights of
	// perceptrons that saw the data in different orders
	for b := 1; b < opt.Bags; b++ {
		w2, t2, err := perceptron(ctx, &c, opt, rand.New(rand.NewPCG(opt.Seed+uint64(b), 0x626167)))
		if err != nil {
			return nil, err
		}
		for i := range w {
			w[i] += w2[i]
		}
		for i := range trans {
			trans[i] += t2[i]
		}
	}
	if opt.Bags > 1 {
		for i := range w {
			w[i] /= float32(opt.Bags)
		}
		for i := range trans {
			trans[i] /= float32(opt.Bags)
		}
	}
	m.raw = trans
	m.trans = constrain(trans)
	m.quantize(w, opt.Bits, opt.Prune, opt.Step)
	m.confA, m.confB = 1, 0
	m.Card.Lang = opt.Lang
	m.Card.Seed = opt.Seed
	m.Card.Epochs = opt.Epochs
	m.Card.Bags = max(opt.Bags, 1)
	m.Card.Bits = int(opt.Bits)
	m.Card.Weights = len(m.rows) / rowWords
	opt.Log.Info("trained", "lang", opt.Lang, "rows", m.Card.Weights, "took", time.Since(start).Round(time.Millisecond))
	return m, nil
}

// perceptron runs the structured averaged perceptron and returns the
// averaged feature weights and transition scores.
func perceptron(ctx context.Context, c *trainingCorpus, opt TrainOptions, rng *rand.Rand) ([]float32, []float32, error) {
	const L = numLabels
	size := (1 << opt.Bits) * L
	w := make([]float32, size)
	u := make([]float32, size) // sum of step * update, for lazy averaging
	nt := (L + 1) * L
	tr := make([]float32, nt)
	tu := make([]float32, nt)
	trc := constrain(tr)
	var dec decoder
	var emit []float32
	var pred []int
	var from []int32 // first feature used per token (after dropout)
	step := float32(1)
	order := append([]int32(nil), c.order...)
	for ep := 0; ep < opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes, tokens := 0, 0
		for k, s := range order {
			if k%2048 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, err
				}
			}
			t0, t1 := c.sent[s], c.sent[s+1]
			n := int(t1 - t0)
			if cap(emit) < n*L {
				emit = make([]float32, n*L)
				pred = make([]int, n)
				from = make([]int32, n)
			}
			emit = emit[:n*L]
			pred = pred[:n]
			from = from[:n]
			for i := 0; i < n; i++ {
				from[i] = c.tokOff[int(t0)+i]
				if opt.Dropout > 0 && rng.Float64() < opt.Dropout {
					from[i] = c.lexEnd[int(t0)+i]
				}
				e := emit[i*L : i*L+L]
				clear(e)
				for _, f := range c.feats[from[i]:c.tokOff[int(t0)+i+1]] {
					row := w[int(f)*L : int(f)*L+L]
					for y := range e {
						e[y] += row[y]
					}
				}
			}
			dec.viterbi(emit, n, trc, pred, nil)
			gold := c.gold[t0:t1]
			tokens += n
			prevG, prevP := startRow, startRow
			for i := 0; i < n; i++ {
				g, p := int(gold[i]), pred[i]
				if g != p {
					mistakes++
					for _, f := range c.feats[from[i]:c.tokOff[int(t0)+i+1]] {
						w[int(f)*L+g]++
						u[int(f)*L+g] += step
						w[int(f)*L+p]--
						u[int(f)*L+p] -= step
					}
				}
				if g != p || prevG != prevP {
					tr[prevG*L+g]++
					tu[prevG*L+g] += step
					trc[prevG*L+g]++
					tr[prevP*L+p]--
					tu[prevP*L+p] -= step
					trc[prevP*L+p]--
				}
				prevG, prevP = g, p
			}
			step++
		}
		opt.Log.Info("epoch", "lang", opt.Lang, "epoch", ep+1, "token_error", fmt.Sprintf("%.4f", float64(mistakes)/float64(max(tokens, 1))),
			"took", time.Since(start).Round(time.Millisecond))
	}
	for i := range w {
		w[i] -= u[i] / step
	}
	for i := range tr {
		tr[i] -= tu[i] / step
	}
	return w, tr, nil
}

// Score is the strict span-match score of one entity type on one val set.
type Score struct {
	Set     string  `json:"set"`
	Type    string  `json:"type"`
	Gold    int     `json:"gold"`
	Pred    int     `json:"pred"`
	Correct int     `json:"correct"`
	P       float64 `json:"p"`
	R       float64 `json:"r"`
	F1      float64 `json:"f1"`
}

func (s *Score) finish() {
	if s.Pred > 0 {
		s.P = float64(s.Correct) / float64(s.Pred)
	}
	if s.Gold > 0 {
		s.R = float64(s.Correct) / float64(s.Gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	s.P = round4(s.P)
	s.R = round4(s.R)
	s.F1 = round4(s.F1)
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// Evaluate tags sents with m and scores PERSON and ORGANIZATION by strict
// span match against the gold tags.
func Evaluate(m *Model, set string, sents []Sentence) []Score {
	scores := []Score{{Set: set, Type: "PERSON"}, {Set: set, Type: "ORGANIZATION"}}
	for _, s := range sents {
		pred, _ := m.tag(s.Tokens, false)
		score(scores, pred, spansFromIOB(s.Tags))
	}
	for i := range scores {
		scores[i].finish()
	}
	return scores
}
