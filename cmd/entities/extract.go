package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"entities/extractor"
	"entities/extractor/lang"
	"entities/extractor/ner"
	"entities/extractor/schema"
)

func init() {
	register(&command{name: "extract", summary: "extract entities from JSON lines or plain-text files", run: runExtract})
}

// engineFlags are the extractor settings every command that extracts shares.
type engineFlags struct {
	maxBytes     int
	types        string
	langs        string
	highAccuracy bool
	allowUnd     bool
	preload      bool
}

func (f *engineFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.maxBytes, "max-bytes", schema.DefaultMaxBytes, "largest document accepted, in bytes (0: the default)")
	fs.StringVar(&f.types, "types", "PERSON,ORGANIZATION,MONEY", "entity types to extract, comma-separated: the others are left out of the output, which is otherwise as with every type (MONEY alone skips the name taggers)")
	fs.StringVar(&f.langs, "langs", "", "candidate languages for detection, ISO 639-1, comma-separated (default: "+strings.Join(lang.DefaultLanguages, ",")+")")
	fs.BoolVar(&f.highAccuracy, "high-accuracy", false, "lingua's high-accuracy mode instead of the default scorer: ~1 GB more memory and seconds to load, and on short texts less accurate than the default, as it weighs no word lists (wire headlines: 91.1% right against 98.3%)")
	fs.BoolVar(&f.preload, "preload", false, "load every language's detection and tagging models at start instead of on first use")
	fs.BoolVar(&f.allowUnd, "allow-und", true, `extract documents whose language cannot be told (short texts such as "$20") with the multilingual model and money rules, as "lang":"und"; --allow-und=false rejects them as unknown_language instead (a dead letter in the worker)`)
}

func (f *engineFlags) config() (extractor.Config, error) {
	cfg := extractor.Config{MaxBytes: f.maxBytes, RejectUnknownLanguage: !f.allowUnd}
	if f.maxBytes < 0 {
		return cfg, fmt.Errorf("--max-bytes %d: want a size in bytes (0: the default, %d)", f.maxBytes, schema.DefaultMaxBytes)
	}
	types, err := parseTypes(f.types)
	if err != nil {
		return cfg, err
	}
	cfg.Types = types
	if f.langs != "" {
		cfg.Lang.Languages = splitList(f.langs)
	}
	cfg.Lang.HighAccuracy = f.highAccuracy
	cfg.Lang.Preload = f.preload
	return cfg, nil
}

func (f *engineFlags) engine() (*extractor.Engine, error) {
	cfg, err := f.config()
	if err != nil {
		return nil, err
	}
	if f.preload {
		for _, l := range append(append([]string(nil), ner.Languages...), ner.MultiLang) {
			if _, err := ner.Load(l); err != nil {
				return nil, err
			}
		}
	}
	return extractor.New(cfg)
}

func parseTypes(s string) ([]schema.Type, error) {
	var out []schema.Type
	for _, t := range splitList(s) {
		switch tt := schema.Type(strings.ToUpper(t)); tt {
		case schema.Person, schema.Organization, schema.Money:
			out = append(out, tt)
		default:
			return nil, fmt.Errorf("unknown entity type %q (want PERSON, ORGANIZATION or MONEY)", t)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no entity types given")
	}
	return out, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	in := fs.String("in", "-", "input file, - for standard input (or name the files after the flags, not both)")
	out := fs.String("out", "-", "output file, - for standard output")
	format := fs.String("format", "jsonl", "input format: jsonl (one document per line) or text (each file, or stdin, is one document)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel")
	var ef engineFlags
	ef.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: entities extract [flags] [FILE...]\n\nReads documents and writes one result line per document, in input order.\nA bad line is reported on stderr and gets an error result line; the exit code is 1 if any line failed.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := applyEnv(fs, e, engineEnv); err != nil {
		fmt.Fprintf(e.stderr, "entities extract: %v\n", err)
		return 2
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return usageExit(err)
	}
	if *workers < 1 {
		fmt.Fprintln(e.stderr, "entities extract: --workers must be at least 1")
		return 2
	}
	if *in != "-" && len(files) > 0 {
		// the order of the two would be lost: --in is read first wherever
		// it stands
		fmt.Fprintf(e.stderr, "entities extract: --in %s and input files %q: give the files one way\n", *in, files)
		return 2
	}
	if len(files) == 0 {
		files = []string{*in}
	}
	eng, err := ef.engine()
	if err != nil {
		fmt.Fprintf(e.stderr, "entities extract: %v\n", err)
		return 2
	}
	w := e.stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(e.stderr, "entities extract: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var src source
	switch *format {
	case "jsonl":
		src, err = newJSONLSource(e, files, ef.maxBytes)
	case "text":
		src, err = newTextSource(e, files, ef.maxBytes)
	default:
		err = fmt.Errorf("unknown --format %q (want jsonl or text)", *format)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "entities extract: %v\n", err)
		return 2
	}
	defer src.Close()
	bar := newProgress(e.stderr, "extract", src.Size())
	stats, err := extractAll(ctx, eng, src, *workers, bw, e.stderr, bar)
	bar.Finish()
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "entities extract: %v\n", err)
		return 1
	}
	if stats.failed > 0 {
		fmt.Fprintf(e.stderr, "entities extract: %d of %d documents failed\n", stats.failed, stats.total)
		return 1
	}
	return 0
}

func usageExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// parseFlags parses a command's flags and refuses any argument left after
// them: Go's flag package stops at the first argument that is no flag, so
// every flag after a stray one ("reprocess --from-offset 5 10 --prefix
// trial") would be ignored without a word. ok is false when the command
// must exit with code.
func parseFlags(e *env, fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		return usageExit(err), false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "entities %s: unexpected arguments %q: this command takes flags only, and a flag after them would be ignored\n", fs.Name(), fs.Args())
		return 2, false
	}
	return 0, true
}

// parseInterleaved parses flags and the arguments between them, in any
// order ("--results a.jsonl b.jsonl --format csv"), and returns the
// arguments. After "--" every argument is one, even if it looks like a flag.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// source yields input items in order.
type source interface {
	Next() (item, error) // io.EOF at the end
	Size() int64         // total input bytes, or 0 when unknown
	Close() error
}

type item struct {
	where    string // "line 7" or a file name, for messages
	line     schema.Line
	consumed int64 // input bytes read up to and including this item, for the progress bar
}

// inputSize adds up the sizes of files ("-", standard input, counts 0), for
// progress bars.
func inputSize(files []string) (int64, error) {
	var n int64
	for _, f := range files {
		if f == "-" {
			continue
		}
		st, err := os.Stat(f)
		if err != nil {
			return 0, err
		}
		if st.IsDir() {
			// found before any document is read, not halfway through
			return 0, fmt.Errorf("%s is a folder; give the files in it (%s/*)", f, strings.TrimSuffix(f, "/"))
		}
		n += st.Size()
	}
	return n, nil
}

type jsonlSource struct {
	files []string
	cur   *schema.LineReader
	f     io.Closer
	name  string
	size  int64
	done  int64
	stdin io.Reader
	max   int
}

func newJSONLSource(e *env, files []string, maxBytes int) (*jsonlSource, error) {
	s := &jsonlSource{files: files, stdin: e.stdin, max: maxBytes}
	var err error
	s.size, err = inputSize(files)
	return s, err
}

func (s *jsonlSource) Size() int64 { return s.size }

func (s *jsonlSource) Next() (item, error) {
	for {
		if s.cur == nil {
			if len(s.files) == 0 {
				return item{}, io.EOF
			}
			s.name, s.files = s.files[0], s.files[1:]
			var r io.Reader = s.stdin
			if s.name != "-" {
				f, err := os.Open(s.name)
				if err != nil {
					return item{}, err
				}
				s.f, r = f, f
			}
			s.cur = schema.NewLineReader(r, s.max)
		}
		ln, err := s.cur.Next()
		if err == io.EOF {
			s.done += s.cur.Offset()
			s.Close()
			s.cur = nil
			continue
		}
		if err != nil {
			return item{}, fmt.Errorf("read %s: %w", s.name, err)
		}
		where := fmt.Sprintf("line %d", ln.Number)
		if s.name != "-" {
			where = fmt.Sprintf("%s:%d", s.name, ln.Number)
		}
		if ln.NumberedID {
			id := where
			if s.name == "-" {
				id = "stdin:" + strconv.Itoa(ln.Number)
			}
			ln.Doc.ID = withTextHash(id, ln.Doc.Text)
		}
		return item{where: where, line: ln, consumed: s.done + s.cur.Offset()}, nil
	}
}

// withTextHash adds a hash of a document's text to an id made from where
// it was read. Line numbers repeat across files, and file names across runs
// in other folders ("docs.jsonl:1", "report.txt" twice); ids must not, as
// export counts a document once per id. The same text at the same place
// keeps its id, so a re-run counts once. A document without text (bad
// JSON) has no hash.
func withTextHash(id, text string) string {
	if text == "" {
		return id
	}
	h := fnv.New32a()
	h.Write([]byte(text))
	return fmt.Sprintf("%s#%08x", id, h.Sum32())
}

func (s *jsonlSource) Close() error {
	if s.f != nil {
		err := s.f.Close()
		s.f = nil
		return err
	}
	return nil
}

type textSource struct {
	files []string
	multi bool // several files: each is named by its path as given, not its base name
	stdin io.Reader
	size  int64
	done  int64
	max   int
	n     int
}

func newTextSource(e *env, files []string, maxBytes int) (*textSource, error) {
	s := &textSource{files: files, multi: len(files) > 1, stdin: e.stdin, max: maxBytes}
	var err error
	s.size, err = inputSize(files)
	return s, err
}

func (s *textSource) Size() int64  { return s.size }
func (s *textSource) Close() error { return nil }

func (s *textSource) Next() (item, error) {
	if len(s.files) == 0 {
		return item{}, io.EOF
	}
	name := s.files[0]
	s.files = s.files[1:]
	s.n++
	var r io.Reader = s.stdin
	id := "stdin"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return item{}, err
		}
		defer f.Close()
		r = f
		id = filepath.Base(name)
		if s.multi {
			id = name // base names may repeat across folders
		}
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(s.max)+1))
	if err != nil {
		return item{}, fmt.Errorf("read %s: %w", name, err)
	}
	ln := schema.Line{Number: s.n, Doc: schema.Document{ID: withTextHash(id, string(data)), Text: string(data)}}
	switch {
	case len(data) > s.max:
		// only the limit and a byte were read: say the file's size
		size := "more than " + strconv.Itoa(s.max)
		if st, err := os.Stat(name); err == nil && name != "-" {
			size = strconv.FormatInt(st.Size(), 10)
		}
		ln.Err = schema.Errorf(schema.CodeTooLarge, "text is %s bytes, limit is %d", size, s.max)
	case schema.LooksUTF16(data):
		ln.Err = schema.Errorf(schema.CodeInvalidUTF8, "text looks like UTF-16 (a byte-order mark, or NUL bytes between its letters); convert it to UTF-8")
	default:
		ln.Err = schema.Validate(ln.Doc, s.max)
	}
	s.done += int64(len(data))
	return item{where: name, line: ln, consumed: s.done}, nil
}

type extractStats struct{ total, failed int }

// extractAll runs the extractor over src with n workers and writes results in
// input order. A failed document gets an error line and a message on errw.
func extractAll(ctx context.Context, ex extractor.Extractor, src source, n int, w io.Writer, errw io.Writer, bar *progress) (extractStats, error) {
	type job struct {
		seq int
		it  item
		out chan encoded
	}
	var stats extractStats
	jobs := make(chan job, n*4)
	order := make(chan job, n*4)
	var readErr error
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(jobs)
		defer close(order)
		for seq := 0; ; seq++ {
			it, err := src.Next()
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
			j := job{seq: seq, it: it, out: make(chan encoded, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			jobs <- j
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- resultLine(ctx, ex, j.it.line)
			}
		}()
	}
	var writeErr error
	for j := range order {
		r := <-j.out
		stats.total++
		if r.failure != nil && ctx.Err() == nil {
			// after a write error or an interrupt the documents still in
			// flight fail as cancelled: not their fault, not reported
			stats.failed++
			fmt.Fprintf(errw, "%s: %s\n", j.it.where, r.failure)
		}
		if writeErr == nil {
			_, writeErr = w.Write(r.line)
			if writeErr != nil {
				cancel()
			}
		}
		bar.Set(j.it.consumed)
	}
	wg.Wait()
	if writeErr != nil {
		return stats, writeErr
	}
	if readErr != nil {
		return stats, readErr
	}
	return stats, ctx.Err()
}

// encoded is one result line and, for a failed document, its reason.
type encoded struct {
	line    []byte
	failure *schema.Error
}

// resultLine extracts one document and encodes its result or failure line.
func resultLine(ctx context.Context, ex extractor.Extractor, ln schema.Line) encoded {
	err := ln.Err
	var res schema.Result
	if err == nil {
		res, err = ex.Extract(ctx, ln.Doc)
	}
	if err != nil {
		var se *schema.Error
		if !errors.As(err, &se) {
			se = &schema.Error{Code: schema.CodeInternal, Message: err.Error()}
		}
		return encoded{line: encodeLine(schema.Failure{ID: ln.Doc.ID, Error: *se}), failure: se}
	}
	return encoded{line: encodeLine(res)}
}

// encodeLine encodes v as one JSON line without HTML escaping, so the text of
// a mention reads as it does in the document.
func encodeLine(v any) []byte {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // our own types always encode
	}
	return []byte(b.String())
}
