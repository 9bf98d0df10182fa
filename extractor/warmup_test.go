package extractor

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
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
}

// TestWarmUpLoadsEveryModel: in a fresh process, where no model is loaded
// yet, WarmUp alone loads every tagging model and the multilingual one (the
// test runs itself again as that process).
func TestWarmUpLoadsEveryModel(t *testing.T) {
	if os.Getenv("ENTITIES_WARMUP_CHILD") == "1" {
		if got := ner.Loaded(); len(got) != 0 {
			t.Fatalf("models loaded before WarmUp: %v", got)
		}
		e, err := New(Config{})
		if err != nil {
			t.Fatal(err)
		}
		if err := WarmUp(context.Background(), e); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("loaded: %s\n", strings.Join(ner.Loaded(), ","))
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWarmUpLoadsEveryModel$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "ENTITIES_WARMUP_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the fresh process: %v\n%s", err, out)
	}
	want := strings.Join(append(append([]string(nil), ner.Languages...), ner.MultiLang), ",")
	if !strings.Contains(string(out), "loaded: "+want+"\n") {
		t.Errorf("after WarmUp in a fresh process, want every model loaded (%s); it said:\n%s", want, out)
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
