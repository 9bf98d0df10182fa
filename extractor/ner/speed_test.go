package ner_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"entities/extractor/benchcorpus"
	"entities/extractor/cputime"
	"entities/extractor/ner"
	"entities/extractor/text"
)

// BenchmarkFindVal tags unique ~2 KB documents of running val text (every
// source in ../shared/data but WikiANN's fragments) with Find, as the
// extractor does: tokens are made and models loaded before timing, and no
// document is tagged twice unless b.N exceeds the corpus, so the figure is
// cache-cold, unlike BenchmarkTag's repeated paragraph. "all" takes the
// languages in turn (another model each document, ~2,900 documents: the
// headline figure); the others one language each, with its own model or the
// multilingual one (small sets repeat). The target is 400,000 tokens/s per
// core; tokens/cpu-s divides by the CPU time the process used instead of
// the wall time, which holds better when other work shares the cores.
//
//	go test -run XXX -bench FindVal ./extractor/ner/
func BenchmarkFindVal(b *testing.B) {
	dir, err := benchcorpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	sources, err := benchcorpus.Sources(dir)
	if err != nil {
		b.Fatal(err)
	}
	var running []string
	for _, s := range sources {
		if !strings.HasPrefix(s, "wikiann/") {
			running = append(running, s)
		}
	}
	docs, err := benchcorpus.Build(dir, benchcorpus.Options{Sources: running})
	if err != nil {
		b.Fatal(err)
	}
	type tagged struct {
		text, lang string
		toks       []text.Token
	}
	byLang := map[string][]tagged{}
	var all []tagged
	for _, d := range docs {
		td := tagged{d.Text, d.Lang, text.TokenizeLang(d.Text, d.Lang)}
		if byLang[d.Lang] == nil {
			if _, err := ner.Load(d.Lang); err != nil {
				b.Fatal(err)
			}
		}
		byLang[d.Lang] = append(byLang[d.Lang], td)
		all = append(all, td)
	}
	run := func(b *testing.B, docs []tagged) {
		tokens := 0
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 := cputime.Process()
		for i := 0; i < b.N; i++ {
			d := docs[i%len(docs)]
			ner.Find(d.text, d.toks, d.lang)
			tokens += len(d.toks)
		}
		cpu := cputime.Process() - cpu0
		b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
		b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
		b.ReportMetric(float64(len(docs)), "docs")
	}
	b.Run("all", func(b *testing.B) { run(b, all) })
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		m, _ := ner.Load(l)
		b.Run(l+"-model-"+m.Lang(), func(b *testing.B) { run(b, byLang[l]) })
	}
}

// BenchmarkLoad decodes each embedded model (every file in models/) from its
// compressed bytes, as Load does once per process. The target is under 300
// ms each; cpu-ms/op holds better than ns/op when other work shares the
// cores (decoding allocates, so the garbage collector's CPU counts too).
//
//	go test -run XXX -bench Load -benchtime 5x ./extractor/ner/
func BenchmarkLoad(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("models", "*.ner.zst"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no models: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".ner.zst"), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			cpu0 := cputime.Process()
			for i := 0; i < b.N; i++ {
				if _, err := ner.ReadModel(bytes.NewReader(raw)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cputime.Process()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
