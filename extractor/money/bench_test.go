package money

import (
	"strings"
	"testing"
)

// benchText is about 2 KB of mixed news copy with a few amounts and many
// numbers that are not money.
var benchText = strings.Repeat(`The company said on Tuesday that revenue rose 12% to $4.2 billion in the third quarter, `+
	`beating the 3.9 billion analysts had expected. It employs 12,000 people in 40 countries and opened 35 stores `+
	`since March 2023. Shares closed at $182.40 in New York. Der Konzern investiert 1,5 Mio. Euro in das Werk `+
	`in Leipzig, teilte er am 12.03.2024 mit; rund 1.200 Stellen sind betroffen. `, 6)[:2048]

func BenchmarkFind(b *testing.B) {
	benchFind(b, benchText, "en")
}

// benchFind reports, besides wall-clock MB/s, "cpu-MB/s": bytes per second
// of CPU time used by the process, which is what one core does when the
// machine is shared.
func benchFind(b *testing.B, text, lang string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		Find(text, lang)
		n++
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(n*len(text))/used.Seconds()/1e6, "cpu-MB/s")
	}
}

func BenchmarkFindNoMoney(b *testing.B) {
	text := strings.Repeat("The committee met in the afternoon to discuss the plan for the new railway line and its stations. ", 21)[:2048]
	benchFind(b, text, "en")
}

// BenchmarkFindLanguages runs Find over the dev set, each sentence in its language.
func BenchmarkFindDevSet(b *testing.B) {
	docs := readDev(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			Find(d.Text, d.Lang)
		}
		n++
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(n*size)/used.Seconds()/1e6, "cpu-MB/s")
	}
}
