package ner

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"sync/atomic"

	"entities/extractor/text"
)

// Span is one tagged mention. Start and End are code-point offsets into the
// text, End exclusive.
type Span struct {
	Type       string // "PERSON" or "ORGANIZATION"
	Start, End int
	Confidence float64
}

//go:embed models/*.zst
var modelFiles embed.FS

// The tables every model shares, as a process reads them (LexiconFile,
// GazKeysFile): strings, so that they are copied once, into the tables.
var (
	//go:embed models/lexicon.tab
	lexiconTab string
	//go:embed models/gazkeys.tab
	gazKeysTab string
)

// lazyModel is one embedded model, decoded on first use.
type lazyModel struct {
	once   sync.Once
	warn   sync.Once
	m      *Model
	err    error
	loaded atomic.Bool // decoded without error
}

var models = func() map[string]*lazyModel {
	out := map[string]*lazyModel{}
	for _, l := range append(append([]string(nil), Languages...), MultiLang) {
		out[l] = &lazyModel{}
	}
	return out
}()

// load returns the embedded model for lang, decoding it once per process.
func (l *lazyModel) load(lang string) (*Model, error) {
	l.once.Do(func() {
		// read in place: ReadFile would copy the file (3-6 MB) to the heap
		f, err := modelFiles.Open("models/" + lang + modelExt)
		if err != nil {
			l.err = fmt.Errorf("ner: no model for %q: %w", lang, err)
			return
		}
		defer f.Close()
		l.m, l.err = ReadModel(f)
		if l.err != nil {
			l.err = fmt.Errorf("ner: model %q: %w", lang, l.err)
		}
		l.loaded.Store(l.err == nil)
	})
	return l.m, l.err
}

// Loaded returns the model languages (Languages and MultiLang) whose model
// this process has decoded.
func Loaded() []string {
	var out []string
	for _, l := range append(append([]string(nil), Languages...), MultiLang) {
		if models[l].loaded.Load() {
			out = append(out, l)
		}
	}
	return out
}

// Load returns the model used for lang: the language's own (Norwegian's for
// nb and nn), or the multilingual one for other languages and "und". Models
// are decoded once per process and shared.
func Load(lang string) (*Model, error) {
	if a, ok := aliases[lang]; ok {
		lang = a
	}
	if l, ok := models[lang]; ok {
		m, err := l.load(lang)
		if err == nil || lang == MultiLang {
			return m, err
		}
		// only reachable with a broken build; say so once per language
		l.warn.Do(func() { slog.Warn("ner: falling back to the multilingual model", "lang", lang, "err", err) })
	}
	return models[MultiLang].load(MultiLang)
}

// Find tags the text of one document in language lang (ISO 639-1 or "und").
// toks must be text.Tokenize(s). It tags one sentence at a time, then tags
// names found in one sentence where they recur untagged in others (document
// consistency). It is safe for concurrent use.
func Find(s string, toks []text.Token, lang string) []Span {
	out, _ := FindContext(context.Background(), s, toks, lang)
	return out
}

// FindContext is Find that stops when ctx ends: it checks ctx between
// sentences and returns ctx.Err() with no spans, so a deadline cuts a long
// document short within one sentence's work.
func FindContext(ctx context.Context, s string, toks []text.Token, lang string) ([]Span, error) {
	if len(toks) == 0 {
		return nil, ctx.Err()
	}
	m, err := Load(lang)
	if err != nil {
		slog.Error("ner: no model", "lang", lang, "err", err)
		return nil, ctx.Err()
	}
	// sentences, with a runaway "sentence" (no sentence punctuation) cut
	// into windows
	var parts [][]text.Token
	for _, sent := range text.SentencesIn(s, toks) {
		for lo := 0; lo < len(sent); lo += maxSentence {
			parts = append(parts, sent[lo:min(lo+maxSentence, len(sent))])
		}
	}
	words := make([][]string, len(parts))
	for i, p := range parts {
		words[i] = make([]string, len(p))
		for j, t := range p {
			words[i][j] = t.Text
		}
	}
	spans, margins, err := m.tagDocument(ctx, words, lang)
	if err != nil {
		return nil, err
	}
	var out []Span
	names := &docNames{words: words, spans: spans}
	for i, p := range parts {
		for k, sp := range spans[i] {
			typ := outputType(sp.typ)
			if typ == "" {
				continue
			}
			start, end := m.compoundSpan(p, sp, names)
			if start == end {
				continue
			}
			out = append(out, Span{Type: typ, Start: start, End: end, Confidence: m.spanConfidence(margins[i][k])})
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if heads := m.compoundHeads(parts, names, lang); len(heads) > 0 {
		out = append(out, heads...)
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out, nil
}

// maxSentence bounds the tokens decoded at once.
const maxSentence = 256

// TagTokens tags pre-tokenized text (e.g. gold tokens) with the model for
// lang and returns one tag per token: B-PER, I-PER, B-ORG, I-ORG or O.
func TagTokens(lang string, tokens []string) []string {
	m, err := Load(lang)
	if err != nil {
		slog.Error("ner: no model", "lang", lang, "err", err)
		tags := make([]string, len(tokens))
		for i := range tags {
			tags[i] = "O"
		}
		return tags
	}
	return m.Tag(tokens)
}

// TagDocument tags the pre-tokenized sentences of one document like Find
// does, with document consistency, and returns BIO tags (B-PER, I-PER, B-ORG,
// I-ORG, O) per sentence.
func TagDocument(lang string, sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	m, err := Load(lang)
	if err != nil {
		slog.Error("ner: no model", "lang", lang, "err", err)
		for i, s := range sentences {
			out[i] = bioTags(len(s), nil)
		}
		return out
	}
	spans, _, _ := m.tagDocument(context.Background(), sentences, lang)
	for i, s := range sentences {
		out[i] = bioTags(len(s), spans[i])
	}
	return out
}
