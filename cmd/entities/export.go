package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"entities/extractor/schema"
	"entities/pipeline/export"
)

func init() {
	register(&command{name: "export", summary: "aggregate entities from entity topics or result files into JSONL or CSV", run: runExport})
}

func runExport(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "jsonl", "output format: jsonl or csv")
	out := fs.String("out", "-", "output file, - for standard output")
	bom := fs.Bool("bom", false, "with --format csv: begin with a UTF-8 byte-order mark, so that Excel reads names in every script right (it reads a CSV without one in the system's legacy code page)")
	var results multiFlag
	fs.Var(&results, "results", "result JSON-lines file from entities extract (repeatable; the files may also follow it, as a shell pattern gives them: --results out/*.jsonl); - for standard input")
	mergeForms := fs.Bool("merge-forms", true, "join an entity whose name is a case form of another entity's name (Газпрома, Bundestages, Volvos, Олафа Шольца: found in documents that have no nominative) into it; its key is listed in merged_keys")
	mergeSurnames := fs.Bool("merge-surnames", true, "join a person named only by a family name (Kvasov) or an initial (D. Kvasov), in documents without the full name, into the one person with that family name and a given name (Denis Kvasov); not when two persons could be meant; its key is listed in merged_keys")
	mergeShort := fs.Bool("merge-short-names", true, "join an organization known by a short name in some documents (Volkswagen) into the one organization whose documents linked that name to a longer one (Volkswagen Group); not when two could be meant; its key is listed in merged_keys")
	var kf kafkaExportFlags
	kf.register(fs, e)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities export --results FILE [FILE...] [--results FILE...] [--format jsonl|csv] [--out FILE]\n       entities export --brokers HOST:PORT [--prefix entities] [--format jsonl|csv] [--out FILE]\n\nWrites one record per entity key: type, canonical, aliases with counts, languages, mention and\ndocument counts, first and last seen, for MONEY the amount and currency, and the keys of the case\nforms and short names merged into it (merged_keys). Reads the entity topics up to their end offsets at start, or\nresult files. Memory grows with distinct entities and mentions, not with duplicates.\n\nFlags:")
		fs.PrintDefaults()
	}
	// "--results -- -x.jsonl": "--" ends the flags, and the files after it
	// are result files (before, "--" was taken for --results' file and
	// "-x.jsonl" for an unknown flag)
	dashResults := false
	for i := 0; i+1 < len(args) && args[i] != "--"; i++ {
		if (args[i] == "--results" || args[i] == "-results") && args[i+1] == "--" {
			args = append(args[:i:i], args[i+1:]...)
			dashResults = true
			break
		}
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if len(files) > 0 && len(results) == 0 && !dashResults {
		fmt.Fprintf(e.stderr, "entities export: unexpected arguments %q: result files go after --results\n", files)
		return 2
	}
	results = append(results, files...)
	if *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(e.stderr, "entities export: unknown --format %q (want jsonl or csv)\n", *format)
		return 2
	}
	if *bom && *format != "csv" {
		fmt.Fprintln(e.stderr, "entities export: --bom is for --format csv (a byte-order mark would spoil the first JSON line)")
		return 2
	}
	if len(results) == 0 && !kf.set() {
		fmt.Fprintln(e.stderr, "entities export: give --results files or --brokers")
		return 2
	}
	if len(results) > 0 && kf.set() {
		fmt.Fprintln(e.stderr, "entities export: --results and --brokers do not go together")
		return 2
	}
	var agg export.Aggregator
	if len(results) > 0 {
		err = exportFiles(e, results, &agg)
	} else {
		err = kf.run(ctx, e, &agg)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "entities export: %v\n", err)
		return 1
	}
	w := e.stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(e.stderr, "entities export: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if *mergeForms {
		if n := agg.MergeForms(); n > 0 {
			fmt.Fprintf(e.stderr, "entities export: %d case forms merged into their nominative\n", n)
		}
	}
	if *mergeSurnames {
		if n := agg.MergeSurnames(); n > 0 {
			fmt.Fprintf(e.stderr, "entities export: %d family names or initials merged into the full name\n", n)
		}
	}
	if *mergeShort {
		if n := agg.MergeShortNames(); n > 0 {
			fmt.Fprintf(e.stderr, "entities export: %d organizations' short names merged into the longer name\n", n)
		}
	}
	ents := agg.Entities()
	if *format == "csv" {
		if *bom {
			bw.WriteString("\ufeff")
		}
		err = export.WriteCSV(bw, ents)
	} else {
		err = export.WriteJSONL(bw, ents)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "entities export: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "entities export: %d entities\n", len(ents))
	return 0
}

// exportFiles feeds result lines (from entities extract) to agg. Failure
// lines are skipped; a line that is not a result is an error.
func exportFiles(e *env, files []string, agg *export.Aggregator) error {
	total, err := inputSize(files)
	if err != nil {
		return err
	}
	bar := newProgress(e.stderr, "export", total)
	failed := 0
	defer func() {
		bar.Finish()
		if failed > 0 {
			lines := "lines"
			if failed == 1 {
				lines = "line"
			}
			fmt.Fprintf(e.stderr, "entities export: %d error %s skipped (documents extract could not read; each line says why)\n", failed, lines)
		}
	}()
	for _, name := range files {
		var r io.Reader = e.stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 256<<20)
		for n := 1; sc.Scan(); n++ {
			bar.Add(int64(len(sc.Bytes()) + 1))
			var res struct {
				schema.Result
				Entities *json.RawMessage `json:"entities"` // present in every result, if only as []
				Error    *schema.Error    `json:"error"`
			}
			if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
				return fmt.Errorf("%s:%d: %s", name, n, schema.BadJSON(sc.Bytes(), "not a result line: the line", err).Message)
			}
			if res.Error != nil {
				failed++
				continue
			}
			if res.Entities == nil {
				// an input document, say, given instead of extract's output
				return fmt.Errorf(`%s:%d: not a result line of entities extract: it has no "entities" (nor "error") field`, name, n)
			}
			if err := json.Unmarshal(*res.Entities, &res.Result.Entities); err != nil {
				return fmt.Errorf("%s:%d: %s", name, n, schema.BadJSON(*res.Entities, `not a result line: its "entities"`, err).Message)
			}
			var seen time.Time
			if res.PublishedAt != nil {
				seen = *res.PublishedAt
			}
			agg.AddDocument(res.ID, res.Lang, seen, res.Result.Entities)
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
	}
	return nil
}
