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
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText, "en")
	}
}

func BenchmarkFindNoMoney(b *testing.B) {
	text := strings.Repeat("The committee met in the afternoon to discuss the plan for the new railway line and its stations. ", 21)[:2048]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, "en")
	}
}
