package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/sync/errgroup"

	"entities/extractor"
	"entities/extractor/eval"
	"entities/extractor/schema"
)

func init() {
	register(&command{name: "eval", summary: "score the extractor against gold data: precision, recall, F1, money normalization", run: runEval})
}

// goldDoc is one line of a gold JSON-lines file: an input document plus its
// gold mentions.
type goldDoc struct {
	schema.Document
	Entities []schema.Mention `json:"entities"`
}

func runEval(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var golds multiFlag
	fs.Var(&golds, "gold", "gold file: JSON lines with \"entities\" (.jsonl) or token-per-line IOB2 (.tsv); repeatable")
	predPath := fs.String("pred", "", "predictions as result JSON lines (from entities extract), matched to gold by id; default: run the extractor")
	typesFlag := fs.String("types", "PERSON,ORGANIZATION,MONEY", "types to score, comma-separated (token-per-line files have PERSON and ORGANIZATION only)")
	asJSON := fs.Bool("json", false, "print the rows as JSON instead of a table")
	val := fs.Bool("val", false, "score every val split under --data (token-per-line files)")
	data := fs.String("data", filepath.Join("..", "shared", "data"), "data folder for --val")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel")
	docs := fs.Int("docs", 1, "token-per-line files: tag every N consecutive sentences as one document, as extract tags a whole text (a name found once is also found where it recurs); 1: one sentence at a time. The files carry no document boundaries, so N sentences may span two articles")
	bySeen := fs.Bool("by-seen", false, "token-per-line files: also score names seen in the training split beside the file (train.tsv) apart from unseen ones")
	errorsPath := fs.String("errors", "", "token-per-line files: write every false positive and false negative to this file, one per line (set, FP/FN, type, kind: spurious, missed, boundary, type:T, as:T; the tokens around it), to see what kinds of error a tagger makes")
	tagger := fs.String("tagger", "entities", "tagger scored on token-per-line files: entities (ours) or prose (prose's built-in English model, the baseline)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities eval --gold FILE [--gold FILE...] [--pred FILE] [--types ...] [--json]\n       entities eval --val [--data DIR] [--by-seen] [--docs N]\n\nScores strict (exact span and type) and overlap precision/recall/F1 per language or data set and type,\nand for MONEY the normalization accuracy of strictly matched amounts.\n\nFlags:")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	types, err := parseTypes(*typesFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities eval: %v\n", err)
		return 2
	}
	if *docs < 1 {
		fmt.Fprintf(e.stderr, "entities eval: --docs %d: a document is at least 1 sentence\n", *docs)
		return 2
	}
	if *val {
		found, err := filepath.Glob(filepath.Join(*data, "ner", "*", "*", "val.tsv"))
		if err != nil || len(found) == 0 {
			fmt.Fprintf(e.stderr, "entities eval: no val splits under %s/ner (is --data right?)\n", *data)
			return 2
		}
		golds = append(golds, found...)
	}
	if len(golds) == 0 {
		fmt.Fprintln(e.stderr, "entities eval: --gold or --val is required")
		fs.Usage()
		return 2
	}
	if *predPath != "" && len(golds) != 1 {
		fmt.Fprintln(e.stderr, "entities eval: --pred goes with exactly one --gold")
		return 2
	}
	eng, err := extractor.New(extractor.Config{Types: types})
	if err != nil {
		fmt.Fprintf(e.stderr, "entities eval: %v\n", err)
		return 1
	}
	tag, err := tokenTagger(*tagger)
	if err != nil {
		fmt.Fprintf(e.stderr, "entities eval: %v\n", err)
		return 2
	}
	var errs *bufio.Writer
	var errsFile *os.File
	if *errorsPath != "" {
		if errsFile, err = os.Create(*errorsPath); err != nil {
			fmt.Fprintf(e.stderr, "entities eval: %v\n", err)
			return 1
		}
		defer errsFile.Close() // on the error paths; closed and checked below
		errs = bufio.NewWriter(errsFile)
	}
	var sc eval.Scorer
	for _, g := range golds {
		if tsvLike(g) {
			var w io.Writer
			if errs != nil {
				w = errs
			}
			err = evalTSV(g, types, tag, *docs, &sc, *bySeen, w)
		} else {
			err = evalJSONL(ctx, eng, g, *predPath, types, *workers, &sc)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "entities eval: %s: %v\n", g, err)
			return 1
		}
	}
	if errs != nil {
		if err := errors.Join(errs.Flush(), errsFile.Close()); err != nil {
			fmt.Fprintf(e.stderr, "entities eval: --errors: %v\n", err)
			return 1
		}
	}
	rows := sc.Rows()
	if *asJSON {
		err = eval.WriteJSON(e.stdout, rows)
	} else {
		err = eval.WriteTable(e.stdout, rows)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "entities eval: %v\n", err)
		return 1
	}
	return 0
}

type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error {
	*m = append(*m, splitList(v)...)
	return nil
}

func keepTypes(ms []schema.Mention, types []schema.Type) []schema.Mention {
	var out []schema.Mention
	for _, m := range ms {
		for _, t := range types {
			if m.Type == t {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

func readGoldJSONL(path string) ([]goldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), schema.DefaultMaxBytes+1024)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("line %d: %s", n, schema.BadJSON(sc.Bytes(), "the gold line", err).Message)
		}
		if g.ID == "" {
			g.ID = fmt.Sprint(n)
		}
		runes := []rune(g.Text)
		for _, m := range g.Entities {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				return nil, fmt.Errorf("line %d: gold mention %q has offsets [%d,%d) outside the text", n, m.Text, m.Start, m.End)
			}
			if m.Text != "" && string(runes[m.Start:m.End]) != m.Text {
				return nil, fmt.Errorf("line %d: gold mention %q does not match text[%d:%d] = %q", n, m.Text, m.Start, m.End, string(runes[m.Start:m.End]))
			}
		}
		docs = append(docs, g)
	}
	return docs, sc.Err()
}

func readPredictions(path string) (map[string][]schema.Mention, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]schema.Mention{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var r schema.Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("line %d: %s", n, schema.BadJSON(sc.Bytes(), "the result line", err).Message)
		}
		out[r.ID] = r.Entities
	}
	return out, sc.Err()
}

func evalJSONL(ctx context.Context, ex extractor.Extractor, goldPath, predPath string, types []schema.Type, workers int, sc *eval.Scorer) error {
	docs, err := readGoldJSONL(goldPath)
	if err != nil {
		return err
	}
	preds := make([][]schema.Mention, len(docs))
	if predPath != "" {
		byID, err := readPredictions(predPath)
		if err != nil {
			return fmt.Errorf("read predictions: %w", err)
		}
		for i, d := range docs {
			preds[i] = byID[d.ID]
		}
	} else {
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(workers)
		for i := range docs {
			g.Go(func() error {
				res, err := ex.Extract(gctx, docs[i].Document)
				if err != nil && schema.CodeOf(err) == schema.CodeInternal {
					return fmt.Errorf("document %s: %w", docs[i].ID, err)
				}
				preds[i] = res.Entities
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
	}
	for i, d := range docs {
		group := d.Lang
		if group == "" {
			group = "und"
		}
		sc.Add(group, keepTypes(d.Entities, types), keepTypes(preds[i], types))
	}
	return nil
}
