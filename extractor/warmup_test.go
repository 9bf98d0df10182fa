package extractor

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"entities/extractor/ner"
	"entities/extractor/schema"
)

// TestWarmUpTexts: every warm-up text is detected as the language it is
// written in, and together they reach every tagging model (Norwegian's
// through nb or no) and the multilingual one, so a warmed-up process loads
// no model later.
func TestWarmUpTexts(t *testing.T) {
	e, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	reached := map[string]bool{}
	for _, w := range warmUpTexts {
		res, err := e.Extract(context.Background(), schema.Document{ID: w.lang, Text: w.text})
		if err != nil {
			t.Fatalf("%s: %v", w.lang, err)
		}
		if res.Lang != w.lang {
			t.Errorf("%q: detected %s, written in %s", w.text, res.Lang, w.lang)
		}
		l := w.lang
		if !slices.Contains(ner.Languages, l) {
			l = ner.MultiLang
		}
		reached[l] = true
	}
	for _, l := range append(append([]string(nil), ner.Languages...), ner.MultiLang) {
		if !reached[l] {
			t.Errorf("no warm-up text loads the %s model", l)
		}
	}
	if err := WarmUp(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	if got := ner.Loaded(); len(got) != len(ner.Languages)+1 {
		t.Errorf("after WarmUp, models loaded: %v", got)
	}
}

type extractFunc func(context.Context, schema.Document) (schema.Result, error)

func (f extractFunc) Extract(ctx context.Context, d schema.Document) (schema.Result, error) {
	return f(ctx, d)
}

// TestWarmUpErrors: a text refused as such (here: unknown language) is no
// failure; an internal error is.
func TestWarmUpErrors(t *testing.T) {
	var calls atomic.Int32
	refusing := extractFunc(func(context.Context, schema.Document) (schema.Result, error) {
		calls.Add(1)
		return schema.Result{}, schema.Errorf(schema.CodeUnknownLanguage, "cannot tell")
	})
	if err := WarmUp(context.Background(), refusing); err != nil {
		t.Errorf("refused texts: %v", err)
	}
	if int(calls.Load()) != len(warmUpTexts) {
		t.Errorf("%d texts extracted, want %d", calls.Load(), len(warmUpTexts))
	}
	broken := extractFunc(func(context.Context, schema.Document) (schema.Result, error) {
		return schema.Result{}, errors.New("model file is corrupt")
	})
	if err := WarmUp(context.Background(), broken); err == nil {
		t.Error("an internal error: nil")
	}
}
