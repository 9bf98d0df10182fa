package text

import "testing"

// benchText is about 2 KB of news-like text in several languages, written
// for this benchmark.
const benchText = `Berlin (dpa) - Die US-Behörde hat am 3. Oktober eine Strafe von 590.000 Euro gegen den Allofmp3-Betreiber verhängt, wie ein Sprecher der Behörde z. B. der „Süddeutschen Zeitung“ sagte. Dr. Hans-Peter Müller, Vorstand der Beispiel AG, nannte die Entscheidung "unverhältnismäßig". Die Firma will nun 1,5 Mio. Euro bzw. 2 Mrd. Euro in neue Projekte investieren.
NEW YORK, Oct 12 (Reuters) - Acme Corp. said on Tuesday it would buy Widget Holdings Inc. for $587,000 in cash, sending its shares up 3.2 percent. "We don't expect any problems," Chief Executive Denis Kvasov's spokesman told reporters in New York. The U.S. regulator, which didn't comment, has until Dec. 15 to review the deal; see https://example.org/news?id=42 or write to press@acme-corp.com.
PARIS - Le président de l'ONU a versé 3 millions d'euros à M. Jean-Pierre Dupont, a annoncé jeudi Mme Martin. « C'est un jour historique », a-t-elle déclaré devant la presse à l'Élysée.
MADRID - El Sr. García y la Sra. López, directivos de Coca-Cola, pagaron 1.200 euros por la cena. ¿Quién lo sabía? Nadie, según el diario El País.
МОСКВА - В 1999 г. компания «Газпром» получила 5 млн. рублей от правительства, сообщил Владимир Иванов. Эксперты ожидают роста на 2,5% в следующем году.
ROMA - Il presidente dell'Unione europea ha incontrato ieri il ministro dell'Economia. «Abbiamo fatto grandi progressi», ha detto O'Brien alla stampa.
WARSZAWA - Prezes spółki Orlen, Jan Kowalski, zapowiedział inwestycje o wartości 2 mld zł. Spółka zatrudnia ok. 20 tys. pracowników.
STOCKHOLM - Volvo AB meddelade på måndagen att bolaget bl.a. ska investera 3 miljarder kronor i Göteborg.
`

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(Tokenize(benchText))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkSplit(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Split(benchText)
	}
}
