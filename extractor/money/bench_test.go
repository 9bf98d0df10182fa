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

// BenchmarkFindDevSet runs Find over the dev set, each sentence in its language.
func BenchmarkFindDevSet(b *testing.B) {
	benchDocs(b, readDev(b))
}

// benchDocs runs Find over docs, each in its language, reporting bytes per
// second of wall-clock and of CPU time.
func benchDocs(b *testing.B, docs []devDoc) {
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
// language, every sentence with one or two amounts in the forms issue 15
// lists (symbols, codes, scales, spelled-out numbers, subunits, CJK) and
// numbers that are not money: about 7 amounts per KB, where running news
// has one or two. The text is generated from a fixed seed: no
// sentence repeats, so the benchmark does not measure a cache.
func moneyDenseNews(size int) []devDoc {
	r := rand.New(rand.NewPCG(15, 2026))
	type tmpl struct{ lang, format string }
	// %[1]d, %[2]d: numbers; %[3]s: a word of the language's list.
	templates := []tmpl{
		{"en", "The company said on %[3]s that quarterly revenue rose %[2]d%% to $%[1]d.%[2]d billion, ahead of the forecasts of most analysts, and that it would keep hiring in its %[2]d factories."},
		{"en", "Shares of the Toronto lender closed at C$%[1]d.%[2]d on %[3]s after it agreed to pay three dollars and %[2]d cents a share for a rival, a deal its board backed unanimously."},
		{"en", "The regulator fined the bank USD %[1]d million on %[3]s for failing to check the accounts of %[2]d clients, the largest penalty it has imposed since the crisis."},
		{"de", "Der Konzern meldete am %[3]s einen Verlust von %[1]d,%[2]d Mio. Euro, nachdem die Nachfrage in China eingebrochen war; rund %[1]d.%[2]d00 Stellen sind betroffen."},
		{"de", "Die Stadt zahlt für das Grundstück am Hafen %[1]d.%[2]d00 Euro und weitere siebenhundertfünfzig Euro an Gebühren, teilte die Verwaltung am %[2]d. %[3]s mit."},
		{"fr", "Le groupe a levé %[1]d,%[2]d milliards d'euros le %[3]s auprès de fonds de pension, une opération saluée par les marchés après deux années difficiles."},
		{"fr", "Le ticket de métro passera à 2 euros et %[2]d centimes en %[3]s, a annoncé la région, qui dit perdre chaque année des millions à cause de la fraude."},
		{"es", "La empresa invertirá %[1]d millones de dólares en su planta de %[3]s durante los próximos %[2]d meses, según informó este martes su consejero delegado."},
		{"it", "La società ha raccolto %[1]d milioni di euro a %[3]s da investitori americani e conta di assumere %[2]d ingegneri entro la fine dell'anno."},
		{"pt", "A empresa lucrou R$ %[1]d,%[2]d milhões no trimestre encerrado em %[3]s, alta de %[2]d%% sobre o mesmo período do ano passado."},
		{"nl", "Het bedrijf haalde in %[3]s %[1]d,%[2]d miljoen euro op bij beleggers en wil daarmee de komende %[2]d maanden nieuwe winkels openen in het buitenland."},
		{"pl", "Spółka zarobiła w %[3]s %[1]d mln zł, czyli o %[2]d proc. więcej niż przed rokiem, a zarząd zapowiedział wypłatę dywidendy dla akcjonariuszy."},
		{"ru", "Компания привлекла в %[3]s %[1]d млн долларов от инвесторов и планирует открыть %[2]d новых магазинов в регионах до конца года."},
		{"sv", "Bolaget tog in %[1]d miljoner kronor i %[3]s från befintliga ägare och räknar med att nå lönsamhet inom %[2]d månader, enligt vd:n."},
		{"tr", "Şirket %[3]s ayında yatırımcılardan %[1]d milyon dolar topladı ve önümüzdeki %[2]d ay içinde yeni mağazalar açmayı planlıyor."},
		{"zh", "该公司在%[3]s投资了%[1]d万美元，用于建设新工厂，预计将在%[2]d个月内投产，并雇用数百名员工。"},
		{"ja", "同社は%[3]sに新工場へ%[1]d億円を投資すると発表し、%[2]d年までに生産能力を倍増させる計画だ。"},
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
	benchDocs(b, moneyDenseNews(1<<20))
}
