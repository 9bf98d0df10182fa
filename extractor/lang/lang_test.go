package lang

import (
	"slices"
	"strings"
	"testing"

	"entities/extractor/benchcorpus"
)

func detector(t testing.TB) *Detector {
	t.Helper()
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDetect(t *testing.T) {
	tests := []struct {
		text, hint, want string
	}{
		{"The central bank raised interest rates again on Thursday, surprising most economists.", "", "en"},
		{"Die Zentralbank hat die Zinsen am Donnerstag erneut angehoben, was viele Ökonomen überraschte.", "", "de"},
		{"La banque centrale a encore relevé ses taux jeudi, à la surprise de nombreux économistes.", "", "fr"},
		{"El banco central volvió a subir los tipos de interés el jueves, sorprendiendo a los economistas.", "", "es"},
		{"La banca centrale ha alzato di nuovo i tassi giovedì, sorprendendo molti economisti.", "", "it"},
		{"O banco central voltou a subir os juros na quinta-feira, surpreendendo muitos economistas.", "", "pt"},
		{"De centrale bank heeft de rente donderdag opnieuw verhoogd, tot verrassing van veel economen.", "", "nl"},
		{"Bank centralny ponownie podniósł stopy procentowe w czwartek, zaskakując wielu ekonomistów.", "", "pl"},
		{"Центральный банк в четверг снова повысил процентные ставки, удивив многих экономистов.", "", "ru"},
		{"Центральний банк у четвер знову підвищив процентні ставки, здивувавши багатьох економістів.", "", "uk"},
		{"Centralbanken höjde räntan igen på torsdagen, vilket överraskade många ekonomer.", "", "sv"},
		{"Merkez bankası perşembe günü faizleri yeniden artırarak birçok ekonomisti şaşırttı.", "", "tr"},
		{"Centrální banka ve čtvrtek znovu zvýšila úrokové sazby, což překvapilo mnoho ekonomů.", "", "cs"},
		{"البنك المركزي رفع أسعار الفائدة مرة أخرى يوم الخميس", "", "ar"},
		{"中央銀行は木曜日に再び金利を引き上げた。", "", "ja"},
		// Hints: agreeing, undecidable text, a hint detection disagrees with
		// (the caller wins), and one the script contradicts (detection wins).
		{"Die Zentralbank hat die Zinsen erneut angehoben und damit viele Beobachter überrascht.", "de", "de"},
		{"2026 — 14:30", "nl", "nl"},
		{"Die Zentralbank hat die Zinsen erneut angehoben und damit viele Beobachter überrascht.", "pt", "pt"},
		{"Die Zentralbank hat die Zinsen erneut angehoben und damit viele Beobachter überrascht.", "ru", "de"},
		{"Центральный банк в четверг снова повысил процентные ставки.", "de", "ru"},
		{"Газпром: 5 млн", "de", "de"}, // too few letters to overrule the caller
		{"Norges Bank holdt renten uendret torsdag, og sentralbanksjefen sa at den trolig blir liggende der.", "", "no"},
		{"Norges Bank holdt renten uendret torsdag.", "no", "no"},
		{"Norges Bank holdt renten uendret torsdag.", "nb", "no"},
		{"Noregs Bank heldt renta uendra torsdag.", "nn", "no"},
		{"Danmarks Nationalbank hævede torsdag renten, og direktøren sagde, at inflationen stadig er for høj.", "", "da"},
		// Nothing to tell from.
		{"12345 67890", "", Und},
		{"!!! ??? ...", "", Und},
	}
	d := detector(t)
	for _, tt := range tests {
		got := d.Detect(tt.text, tt.hint)
		if got.Lang != tt.want {
			t.Errorf("Detect(%.40q, hint %q) = %q (%.2f), want %q", tt.text, tt.hint, got.Lang, got.Confidence, tt.want)
		}
		if got.Confidence < 0 || got.Confidence > 1 {
			t.Errorf("confidence %v outside [0,1]", got.Confidence)
		}
	}
}

func TestMixedDocument(t *testing.T) {
	d := detector(t)
	text := "Der Aufsichtsrat hat am Montag einen neuen Vorstandschef berufen und die Strategie bestätigt.\n\n" +
		"The supervisory board appointed a new chief executive on Monday and confirmed the strategy.\n" +
		"Analysts in London welcomed the decision and raised their price targets for the shares."
	got := d.Detect(text, "")
	if got.Lang != "en" || len(got.Languages) != 2 {
		t.Fatalf("got %+v, want en first with two languages", got)
	}
	if got.Languages[0].Lang != "en" || got.Languages[1].Lang != "de" {
		t.Fatalf("languages %+v, want en then de", got.Languages)
	}
	sum := got.Languages[0].Share + got.Languages[1].Share
	if sum < 0.99 || sum > 1.01 {
		t.Fatalf("shares add up to %v", sum)
	}
	// Segments cover the text in order, without gaps.
	n := len([]rune(text))
	pos := 0
	for _, s := range got.Segments {
		if s.Start != pos || s.End <= s.Start {
			t.Fatalf("segments %+v do not tile the text", got.Segments)
		}
		pos = s.End
	}
	if pos != n {
		t.Fatalf("segments end at %d, text has %d code points", pos, n)
	}
	if got.Segments[0].Lang != "de" {
		t.Fatalf("first paragraph %+v, want de", got.Segments[0])
	}
}

func TestShortParagraphsInherit(t *testing.T) {
	d := detector(t)
	text := "Le gouvernement a présenté mercredi un nouveau plan pour soutenir les entreprises.\nOK\n42\nLes syndicats ont critiqué le projet."
	got := d.Detect(text, "")
	if got.Lang != "fr" || len(got.Languages) != 0 {
		t.Fatalf("got %+v, want fr alone", got)
	}
	for _, s := range got.Segments {
		if s.Lang != "fr" {
			t.Fatalf("segment %+v, want fr", s)
		}
	}
}

func TestSampleIsBounded(t *testing.T) {
	long := strings.Repeat("Die Regierung berät über den Haushalt. ", 500)
	s := sample(long, 600)
	if n := len([]rune(s)); n > 600 || n < 300 {
		t.Fatalf("sample has %d code points", n)
	}
	if strings.HasSuffix(s, "Haush") {
		t.Fatalf("sample cut inside a word: %q", s[len(s)-20:])
	}
	if got := sample("kurz", 600); got != "kurz" {
		t.Fatalf("short text changed: %q", got)
	}
}

func TestNewRejectsUnknownLanguage(t *testing.T) {
	if _, err := New(Config{Languages: []string{"de", "qq"}}); err == nil {
		t.Fatal("New accepted language qq")
	}
	if _, err := New(Config{Languages: []string{"de"}}); err == nil {
		t.Fatal("New accepted a single candidate")
	}
	d, err := New(Config{Languages: []string{"de", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Supports("DE") || d.Supports("fr") {
		t.Fatal("Supports does not reflect the configured set")
	}
	d, err = New(Config{Languages: []string{"DE", "no", "da"}})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Supports("no") || !d.Supports("nb") || !slices.Equal(d.Languages(), []string{"de", "no", "da"}) {
		t.Fatalf("Norwegian as a candidate: Supports(no) %v, Languages %v", d.Supports("no"), d.Languages())
	}
	if got := d.Detect("Norges Bank holdt renten uendret torsdag, og sentralbanksjefen sa at den trolig blir liggende der.", ""); got.Lang != "no" {
		t.Fatalf("Norwegian text with candidates %v: %s", d.Languages(), got.Lang)
	}
}

var benchText = strings.Repeat("Der Konzern hat im dritten Quartal deutlich mehr verdient als erwartet. "+
	"Vorstandschef Martin Brudermüller sagte in Ludwigshafen, die Nachfrage aus China ziehe wieder an. ", 12)

func BenchmarkDetect2KB(b *testing.B) {
	d := detector(b)
	text := benchText[:2048]
	d.Detect(text, "") // load models
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(text, "")
	}
}

func BenchmarkDetect2KBParagraphs(b *testing.B) {
	d := detector(b)
	text := strings.ReplaceAll(benchText[:2048], ". ", ".\n")
	d.Detect(text, "")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(text, "")
	}
}

// TestCloseRelativeParagraph: a later paragraph in a close relative of the
// document's language (which the short confirming look must weigh) gets its
// own language.
func TestCloseRelativeParagraph(t *testing.T) {
	d := detector(t)
	for _, c := range []struct {
		main, other string
		paras       [3]string
	}{
		{"es", "ca", [3]string{
			"El ayuntamiento aprobó ayer el presupuesto para el próximo año con los votos de la mayoría y la abstención de la oposición.",
			"Los vecinos del barrio pidieron más autobuses, una biblioteca nueva cerca de la plaza y mejores aceras para los niños.",
			"L'ajuntament també va anunciar que les obres de la nova escola començaran a la tardor i que els veïns podran consultar el projecte a la seu del districte.",
		}},
		{"ru", "uk", [3]string{
			"Правительство в среду одобрило новый план поддержки малого бизнеса в регионах и выделило на него дополнительные средства.",
			"По словам министра, программа начнёт работать уже в следующем месяце, а заявки будут принимать через интернет.",
			"Уряд також повідомив, що підприємці зможуть подати заявки через офіційний сайт до кінця року, і що кількість місць буде обмежена.",
		}},
		{"sv", "da", [3]string{
			"Regeringen presenterade på tisdagen ett nytt förslag om lägre skatter för små företag och enklare regler för nya anställningar.",
			"Enligt ministern ska reformen träda i kraft redan nästa år, och kostnaden beräknas bli flera miljarder kronor.",
			"Oppositionen kritiserede forslaget og sagde, at det ikke hjælper de virksomheder, der har mest brug for støtte i den nuværende situation.",
		}},
		{"da", "no", [3]string{
			"Regeringen fremlagde i går et nyt forslag om lavere skat for små virksomheder og nemmere regler for ansættelse af unge.",
			"Ifølge ministeren skal reformen træde i kraft allerede næste år, og den vil koste flere milliarder kroner.",
			"Opposisjonen kritiserte forslaget og sa at det ikke hjelper de bedriftene som trenger mest støtte, og at det kommer altfor sent.",
		}},
		{"no", "da", [3]string{
			"Regjeringen la i går fram et nytt forslag om lavere skatt for små bedrifter og enklere regler for ansettelse av unge.",
			"Ifølge statsråden skal reformen tre i kraft allerede neste år, og den vil koste flere milliarder kroner.",
			"Oppositionen kritiserede forslaget og sagde, at det ikke hjælper de virksomheder, der har mest brug for støtte lige nu.",
		}},
		{"pl", "cs", [3]string{
			"Rząd przedstawił we wtorek nowy plan wsparcia dla małych firm w całym kraju, który ma kosztować kilka miliardów złotych.",
			"Według ministra program ruszy już w przyszłym miesiącu, a wnioski będzie można składać przez internet.",
			"Opozice návrh kritizovala a uvedla, že nepomůže firmám, které podporu potřebují nejvíce, a že celý program přichází pozdě.",
		}},
	} {
		text := strings.Join(c.paras[:], "\n\n")
		got := d.Detect(text, "")
		if got.Lang != c.main {
			t.Errorf("%s+%s: document %q, want %q", c.main, c.other, got.Lang, c.main)
			continue
		}
		if n := len(got.Segments); n == 0 || got.Segments[n-1].Lang != c.other {
			t.Errorf("%s+%s: segments %+v, want the last paragraph in %s", c.main, c.other, got.Segments, c.other)
		}
	}
}

// TestNameHeavySentences: short sentences of my own, most of whose words are
// names, are judged on their other words.
func TestNameHeavySentences(t *testing.T) {
	d := detector(t)
	for _, c := range []struct{ text, hint, want string }{
		// the README's streaming example, with and without the hint
		{"Maria Schmidt, Vorstand der Nordwind Energie AG, meldete 1,5 Mio. Euro Verlust.", "", "de"},
		{"Maria Schmidt, Vorstand der Nordwind Energie AG, meldete 1,5 Mio. Euro Verlust.", "de", "de"},
		{"Jens Mikkelsen und Henrik Dahl von der Nordsee Invest GmbH trafen Lars Sørensen in Hamburg.", "", "de"},
		{"Laut Tomasz Nowak hat die Baltic Shipping Holding ihren Sitz nach Rotterdam verlegt.", "", "de"},
		{"Anders Lindqvist, Chief Executive of Nordic Timber Holdings, resigned on Monday.", "", "en"},
		{"Budi Santoso and Dewi Lestari of Garuda Capital met investors in Jakarta on Tuesday.", "", "en"},
		{"Jean-Pierre Moreau, directeur de Vallée Textiles SA, a démissionné lundi.", "", "fr"},
		{"Giulia Romano e Marco Bianchi di Fonderie Adriatiche hanno firmato l'accordo a Trieste.", "", "it"},
		{"Pedro Almeida, presidente da Companhia Atlântica, disse que a empresa vai crescer.", "", "pt"},
		{"Carmen Ortega, consejera delegada de Aceros del Norte, dimitió el lunes en Bilbao.", "", "es"},
		{"Pieter de Vries van Noordzee Logistiek heeft maandag in Rotterdam zijn ontslag aangekondigd.", "", "nl"},
		{"Ingrid Solberg fra Fjordkraft Energi sa at selskapet ikke vil kutte stillinger i Bergen.", "", "no"},
		{"Mette Frederiksen og Lars Løkke Rasmussen mødtes med ledelsen af Nordsø Energi i Aarhus.", "", "da"},
		{"Karin Lindberg på Norrland Skog AB sa att företaget inte ska säga upp någon i Umeå.", "", "sv"},
		// German whose only function word is "in" (Dutch and English have it
		// too): it was Dutch before German's list had "in"
		{"Jonas Weber besuchte Bosch in Stuttgart.", "", "de"},
		{"Thomas Keller besuchte gestern Airbus in Hamburg.", "", "de"},
		{"Frank Otto besuchte Henkel in Düsseldorf.", "", "de"},
	} {
		if got := d.Detect(c.text, c.hint); got.Lang != c.want {
			t.Errorf("Detect(%q, hint %q) = %s (%.3f), want %s", c.text, c.hint, got.Lang, got.Confidence, c.want)
		}
	}
}

// BenchmarkDetectUnique detects unique ~2 KB documents built from the val
// text of every source in ../shared/data (see extractor/benchcorpus), one
// after another, with no hint: the detection cost per document of a real
// stream. No document is detected twice unless b.N exceeds the corpus.
//
//	go test -run XXX -bench DetectUnique ./extractor/lang/
func BenchmarkDetectUnique(b *testing.B) {
	dir, err := benchcorpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	docs, err := benchcorpus.Build(dir, benchcorpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	d := detector(b)
	for _, doc := range docs { // load every model the corpus needs
		d.Detect(doc.Text, "")
	}
	b.Logf("%d documents", len(docs))
	var bytes int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc := docs[i%len(docs)]
		bytes += int64(len(doc.Text))
		d.Detect(doc.Text, "")
	}
	b.SetBytes(bytes / int64(b.N))
}

// TestHintOnMixedText: a hint that names one of a mixed document's
// languages makes it the main language and leaves each paragraph its own;
// the shares name each language once.
func TestHintOnMixedText(t *testing.T) {
	d := detector(t)
	s := "Der Stadtrat beschloss am Dienstag nach langer Debatte, die Straßenbahn bis zum neuen Hafenviertel zu verlängern.\n" +
		"The city council also said on Wednesday that the new tram line would open to passengers in the autumn of next year."
	for _, hint := range []string{"de", "en"} {
		det := d.Detect(s, hint)
		if det.Lang != hint {
			t.Errorf("hint %s: main language %s", hint, det.Lang)
		}
		seen := map[string]int{}
		for _, l := range det.Languages {
			seen[l.Lang]++
		}
		if seen["de"] != 1 || seen["en"] != 1 {
			t.Errorf("hint %s: shares %+v, want de and en once each", hint, det.Languages)
		}
		if len(det.Segments) != 2 || det.Segments[0].Lang != "de" || det.Segments[1].Lang != "en" {
			t.Errorf("hint %s: segments %+v, want de then en", hint, det.Segments)
		}
	}
}

// TestAbsorbShort: a short paragraph detected unsurely in another language
// than the document's longer paragraphs takes theirs; a sure one keeps its
// own, and so does every paragraph of a document whose longer paragraphs
// are mixed.
func TestAbsorbShort(t *testing.T) {
	para := func(letters int, lang string, conf float64) paragraph {
		return paragraph{letters: letters, lang: lang, conf: conf}
	}
	ps := []paragraph{para(40, "es", 0.83), para(300, "pt", 1), para(50, "it", 0.97), para(200, "pt", 1)}
	absorbShort(ps, 80)
	if got := []string{ps[0].lang, ps[1].lang, ps[2].lang, ps[3].lang}; !slices.Equal(got, []string{"pt", "pt", "it", "pt"}) {
		t.Errorf("one-language document: %v", got)
	}
	mixed := []paragraph{para(40, "es", 0.83), para(300, "pt", 1), para(200, "en", 1)}
	absorbShort(mixed, 80)
	if mixed[0].lang != "es" {
		t.Errorf("mixed document: the short paragraph became %s", mixed[0].lang)
	}
}
