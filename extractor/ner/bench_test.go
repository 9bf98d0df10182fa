package ner

import (
	"bytes"
	"runtime"
	"testing"

	"entities/extractor/text"
)

// benchText is a paragraph of the package's own English news-like prose.
const benchText = `Maria Kovalenko, the chief executive of Northwind Logistics, said on Tuesday that the company would open a depot near Leeds. ` +
	`Shares in Brightwater Capital fell 4% after analysts at Harlow & Finch cut their rating, and the European Commission opened an inquiry. ` +
	`Thomas Ebbing, who founded Velora Systems in 2009, told reporters in Brussels that he would step down at the end of the year. ` +
	`The board of Kestrel Energy named Aisha Rahman as his successor.`

func BenchmarkTag(b *testing.B) {
	for _, lang := range []string{"en", "de", "ru", MultiLang} {
		b.Run(lang, func(b *testing.B) {
			m, err := Load(lang)
			if err != nil {
				b.Fatal(err)
			}
			var sents [][]string
			toks := text.Tokenize(benchText)
			for _, s := range text.Sentences(toks) {
				var w []string
				for _, t := range s {
					w = append(w, t.Text)
				}
				sents = append(sents, w)
			}
			n := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, s := range sents {
					m.tag(s, true)
					n += len(s)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func BenchmarkFind(b *testing.B) {
	toks := text.Tokenize(benchText)
	Find(benchText, toks, "en")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(benchText, toks, "en")
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkFindParallel(b *testing.B) {
	toks := text.Tokenize(benchText)
	Find(benchText, toks, "en")
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			Find(benchText, toks, "en")
		}
	})
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkMemoryAllModels reports the heap held by all models once loaded.
func BenchmarkMemoryAllModels(b *testing.B) {
	langs := append(append([]string(nil), Languages...), MultiLang)
	var ms []*Model
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < b.N; i++ {
		ms = ms[:0]
		for _, l := range langs {
			raw, _ := modelFiles.ReadFile("models/" + l + modelExt)
			m, err := ReadModel(bytes.NewReader(raw))
			if err != nil {
				b.Fatal(err)
			}
			ms = append(ms, m)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB-heap")
	runtime.KeepAlive(ms)
	var size int
	for _, l := range langs {
		raw, _ := modelFiles.ReadFile("models/" + l + modelExt)
		size += len(raw)
	}
	b.ReportMetric(float64(size)/1e6, "MB-embedded")
}
