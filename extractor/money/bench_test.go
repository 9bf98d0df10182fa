package money

import (
	"fmt"
	"math/rand/v2"
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

// moneyDenseNews writes about size bytes of news-like paragraphs in every
// language, each sentence with one or two amounts in the forms issue 15
// lists (symbols, codes, scales, spelled-out numbers, subunits, CJK) and
// numbers that are not money. The text is generated from a fixed seed: no
// sentence repeats, so the benchmark does not measure a cache.
func moneyDenseNews(size int) []devDoc {
	r := rand.New(rand.NewPCG(15, 2026))
	type tmpl struct{ lang, format string }
	// %[1]d, %[2]d: numbers; %[3]s: a word of the language's list.
	templates := []tmpl{
		{"en", "The company said on %[3]s that revenue rose %[2]d%% to $%[1]d.%[2]d billion, and it will pay USD %[1]d million to settle claims from %[2]d customers."},
		{"en", "Shares closed at C$%[1]d.%[2]d in Toronto on %[3]s, while the lender set aside %[1]d,%[2]d00 yen and three dollars and %[2]d cents per unit."},
		{"de", "Der Konzern meldete am %[3]s einen Verlust von %[1]d,%[2]d Mio. Euro; rund %[1]d.%[2]d00 Stellen sind betroffen, die Karte kostet zwei Euro fünfzig."},
		{"de", "Die Stadt zahlt %[1]d.%[2]d00 Euro für das Grundstück und weitere siebenhundertfünfzig Euro an Gebühren, teilte sie am %[2]d. %[3]s mit."},
		{"fr", "Le groupe a levé %[1]d,%[2]d milliards d'euros le %[3]s et versera %[1]d %[2]d00 € à ses %[2]d salariés, soit 12 euros et %[2]d centimes chacun."},
		{"es", "La empresa invertirá %[1]d millones de dólares en %[3]s y pagará 25 euros con %[2]d por cada uno de sus %[1]d.%[2]d00 empleados."},
		{"it", "La società ha raccolto %[1]d milioni di euro a %[3]s e il biglietto costa %[1]d euro e %[2]d centesimi per i %[2]d soci."},
		{"pt", "A empresa lucrou R$ %[1]d,%[2]d milhões em %[3]s e pagou US$ %[1]d mil a %[2]d funcionários."},
		{"nl", "Het bedrijf haalde %[1]d,%[2]d miljoen euro op in %[3]s; een kaartje kost %[2]d euro en de koffie vijfentwintig euro."},
		{"pl", "Spółka zarobiła %[1]d mln zł w %[3]s, a bilet kosztuje %[2]d złotych %[2]d groszy dla %[1]d osób."},
		{"ru", "Компания привлекла %[1]d млн долларов в %[3]s, а билет стоит %[2]d рублей %[2]d копеек для %[1]d человек."},
		{"sv", "Bolaget tog in %[1]d miljoner kronor i %[3]s och biljetten kostar %[2]d kronor och %[2]d öre för %[1]d personer."},
		{"tr", "Şirket %[3]s ayında %[1]d milyon dolar topladı ve bilet %[2]d lira %[2]d kuruş oldu, %[1]d kişi katıldı."},
		{"zh", "该公司在%[3]s投资了%[1]d万美元，门票价格为人民币%[2]d元，共有%[1]d人参加。"},
		{"ja", "同社は%[3]sに%[1]d億円を投資し、入場料は%[2]d00円だった。"},
	}
	words := []string{"Monday", "Tuesday", "März", "juillet", "mayo", "marzo", "abril", "maart", "maja", "марте", "april", "Mart", "上海", "東京"}
	var docs []devDoc
	total := 0
	for total < size {
		var sb strings.Builder
		for sb.Len() < 2048 {
			tp := templates[r.IntN(len(templates))]
			fmt.Fprintf(&sb, tp.format+" ", 1+r.IntN(999), 10+r.IntN(89), words[r.IntN(len(words))])
			if sb.Len() > 0 && r.IntN(3) == 0 {
				docs = append(docs, devDoc{Lang: tp.lang, Text: sb.String()})
				total += sb.Len()
				sb.Reset()
			}
		}
		if sb.Len() > 0 {
			docs = append(docs, devDoc{Lang: "en", Text: sb.String()})
			total += sb.Len()
		}
	}
	return docs
}

// BenchmarkFindMoneyDense runs Find over 1 MB of generated money-dense news
// in all languages (see moneyDenseNews); cpu-MB/s is the figure for one core.
func BenchmarkFindMoneyDense(b *testing.B) {
	docs := moneyDenseNews(1 << 20)
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
