// Package benchcorpus builds benchmark documents from the labelled val text in
// ../shared/data at benchmark time, so speed is measured on unique text in
// every language the data has, not on one paragraph repeated. Nothing of the
// data is committed: when the folder is missing, Dir says so and benchmarks
// skip.
//
// Used by `go test -bench` in extractor and pipeline and by `entities bench`.
package benchcorpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"entities/extractor/ner"
)

// Document is one benchmark document: the text of consecutive val sentences
// of one source, in paragraphs of a few sentences.
type Document struct {
	ID     string
	Source string // folder under ner/, "conll/en"
	Lang   string // the source's language
	Text   string
}

// Env names the environment variable that overrides the data folder.
const Env = "ENTITIES_DATA"

// ErrNoData is returned by Dir when the data folder cannot be found.
var ErrNoData = errors.New("benchcorpus: no data folder (../shared/data from the module root, or $" + Env + ")")

// Dir finds the data folder: $ENTITIES_DATA, else shared/data beside the
// module's root (found from the working directory up to go.mod), else
// ../shared/data from the working directory.
func Dir() (string, error) {
	if d := os.Getenv(Env); d != "" {
		return checkDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return checkDir(filepath.Join(d, "..", "shared", "data"))
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return checkDir(filepath.Join(wd, "..", "shared", "data"))
}

func checkDir(d string) (string, error) {
	if fi, err := os.Stat(filepath.Join(d, "ner")); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("%w: %s", ErrNoData, d)
	}
	return d, nil
}

// Options shape the corpus. The zero value gives ~2 KB documents, as many as
// the val text of each source allows.
type Options struct {
	Size      int      // bytes of text per document; 0 means 2000
	PerSource int      // documents per source at most; 0 means all
	Sources   []string // sources to use ("conll/en"); nil means every val file
}

// Build returns documents from every source's val split, interleaved (one of
// each source in turn), so any prefix of the list mixes every source. No two
// documents share a sentence.
func Build(dir string, opt Options) ([]Document, error) {
	if opt.Size <= 0 {
		opt.Size = 2000
	}
	sources := opt.Sources
	if sources == nil {
		var err error
		if sources, err = Sources(dir); err != nil {
			return nil, err
		}
	}
	var per [][]Document
	for _, src := range sources {
		sents, err := ner.ReadTSVFile(filepath.Join(dir, "ner", src, "val.tsv"))
		if err != nil {
			return nil, fmt.Errorf("benchcorpus: %w", err)
		}
		lang := filepath.Base(src)
		var docs []Document
		for len(sents) > 0 && (opt.PerSource == 0 || len(docs) < opt.PerSource) {
			var text string
			text, sents = compose(sents, opt.Size)
			if len(text) < opt.Size/2 { // the tail of the file
				break
			}
			docs = append(docs, Document{ID: fmt.Sprintf("%s-%04d", src, len(docs)), Source: src, Lang: lang, Text: text})
		}
		per = append(per, docs)
	}
	var out []Document
	for k := 0; ; k++ {
		added := false
		for _, docs := range per {
			if k < len(docs) {
				out = append(out, docs[k])
				added = true
			}
		}
		if !added {
			return out, nil
		}
	}
}

// Sources lists the folders under dir/ner that have a val.tsv, sorted.
func Sources(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ner", "*", "*", "val.tsv"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: no ner/*/*/val.tsv in %s", ErrNoData, dir)
	}
	var out []string
	for _, f := range files {
		rel, _ := filepath.Rel(filepath.Join(dir, "ner"), filepath.Dir(f))
		out = append(out, filepath.ToSlash(rel))
	}
	sort.Strings(out)
	return out, nil
}

// Large returns one document of at least size bytes of running news text in
// lang (CoNLL: en, de, es, nl), from the source's train and val splits, for
// measuring how time grows with document size. When the text runs out it
// starts again from the beginning, so a very large document repeats.
func Large(dir, lang string, size int) (Document, error) {
	var all []ner.Sentence
	for _, split := range []string{"val", "train"} {
		s, err := ner.ReadTSVFile(filepath.Join(dir, "ner", "conll", lang, split+".tsv"))
		if err != nil {
			return Document{}, fmt.Errorf("benchcorpus: %w", err)
		}
		all = append(all, s...)
	}
	var b strings.Builder
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		text, _ := compose(all, size-b.Len())
		b.WriteString(text)
	}
	return Document{ID: fmt.Sprintf("conll/%s-%d", lang, size), Source: "conll/" + lang, Lang: lang, Text: b.String()}, nil
}

// compose writes sentences until the text has size bytes, three to a
// paragraph, and returns it with the sentences not used.
func compose(sents []ner.Sentence, size int) (string, []ner.Sentence) {
	var b strings.Builder
	n := 0
	for ; n < len(sents) && b.Len() < size; n++ {
		switch {
		case n == 0:
		case n%3 == 0:
			b.WriteString("\n\n")
		default:
			b.WriteByte(' ')
		}
		detokenize(&b, sents[n].Tokens)
	}
	return strings.ToValidUTF8(b.String(), ""), sents[n:]
}

// detokenize writes tokens as running text: no space before closing
// punctuation or after opening brackets and quotes.
func detokenize(b *strings.Builder, tokens []string) {
	open := true // no space before the first token
	quotes := 0
	for _, t := range tokens {
		r, _ := utf8.DecodeRuneInString(t)
		closing := len(t) > 0 && strings.ContainsRune(".,;:!?)]}%»", r) || t == "'s" || t == "n't"
		isQuote := t == "\"" || t == "''" || t == "``"
		if isQuote {
			quotes++
			closing = quotes%2 == 0
		}
		if !open && !closing {
			b.WriteByte(' ')
		}
		if t == "``" || t == "''" {
			t = "\""
		}
		b.WriteString(t)
		open = strings.ContainsRune("([{«", r) && len(t) == 1 || isQuote && quotes%2 == 1
	}
}
