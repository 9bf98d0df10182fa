package text

import (
	"slices"
	"strings"
	"testing"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// split is a test shorthand: tokens written separated by spaces.
func split(s string) []string { return strings.Fields(s) }

type tokCase struct {
	name string
	lang string // "" for Tokenize
	in   string
	want string // tokens separated by single spaces
}

func runTokCases(t *testing.T, cases []tokCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var toks []Token
			if c.lang == "" {
				toks = Tokenize(c.in)
			} else {
				toks = TokenizeLang(c.in, c.lang)
			}
			checkTokens(t, c.in, toks)
			if got, want := texts(toks), split(c.want); !slices.Equal(got, want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", c.in, got, want)
			}
		})
	}
}

func TestTokenizeRules(t *testing.T) {
	runTokCases(t, []tokCase{
		// punctuation
		{"final period", "", "It rained.", "It rained ."},
		{"comma and colon", "", "First, then: last;", "First , then : last ;"},
		{"ellipsis run", "", "Wait... what?!", "Wait ... what ?!"},
		{"ellipsis char", "", "So…", "So …"},
		{"dashes", "", "yes -- no — maybe", "yes -- no — maybe"},
		{"brackets", "", "(a) [b] {c}", "( a ) [ b ] { c }"},
		// abbreviations
		{"titles", "", "Dr. Mr. Mrs. Prof.", "Dr. Mr. Mrs. Prof."},
		{"companies", "", "Acme Inc. Foo Corp. Bar Ltd. Baz Co.", "Acme Inc. Foo Corp. Bar Ltd. Baz Co."},
		{"dotted letters", "", "U.S. U.K. e.g. i.e. S.p.A. Ph.D.", "U.S. U.K. e.g. i.e. S.p.A. Ph.D."},
		{"initials", "", "J. R. R. Tolkien", "J. R. R. Tolkien"},
		{"case-bound abbreviation", "", "Calif. but not ill.", "Calif. but not ill ."},
		{"number abbreviation before number", "", "No. 5", "No. 5"},
		{"number abbreviation at end", "", "He said no.", "He said no ."},
		{"ordinal before lower case", "", "der 3. oktober", "der 3. oktober"},
		{"ordinal before month", "", "am 3. Oktober", "am 3. Oktober"},
		{"number at sentence end", "", "It rose to 12. Analysts", "It rose to 12 . Analysts"},
		{"year at sentence end", "", "in 1996. Then", "in 1996 . Then"},
		{"ordinal across line break", "", "Platz 3.\nDer", "Platz 3 . Der"},
		{"roman ordinal", "", "Ludwig XIV. und", "Ludwig XIV. und"},
		// hyphens
		{"hyphen compound", "", "US-Behörde Jean-Pierre Coca-Cola e-mail", "US-Behörde Jean-Pierre Coca-Cola e-mail"},
		{"hyphen date", "", "1996-08-22", "1996-08-22"},
		{"spaced hyphen", "", "Berlin - Paris", "Berlin - Paris"},
		{"trailing hyphen compound part", "", "Bundes- und Landesbehörden", "Bundes- und Landesbehörden"},
		{"leading hyphen", "", "-5 -x", "- 5 - x"},
		{"plus sign", "", "+0.435 +44 a+b", "+0.435 +44 a + b"},
		{"leading decimal point", "", ".596 x.5", ".596 x.5"},
		{"numbered list", "", "1. Jane Doe\n2. John Roe", "1. Jane Doe 2. John Roe"},
		{"unicode hyphen", "", "Jean\u2010Pierre", "Jean\u2010Pierre"},
		// apostrophes
		{"name with apostrophe", "", "O'Brien O’Neill", "O'Brien O’Neill"},
		{"possessive", "", "Kvasov's Kvasov’s", "Kvasov 's Kvasov ’s"},
		{"possessive after name with apostrophe", "", "O'Brien's", "O'Brien 's"},
		{"plural possessive", "", "the Joneses' house", "the Joneses ' house"},
		{"negation", "", "don't can't won't DOESN'T", "do n't ca n't wo n't DOES N'T"},
		{"clitics", "", "we're I'm you've she'll he'd", "we 're I 'm you 've she 'll he 'd"},
		{"elision", "", "l'ONU d'euros dell'Unione", "l' ONU d' euros dell' Unione"},
		{"elision typographic", "", "l’ONU", "l’ ONU"},
		{"elision chain", "", "qu'aujourd'hui", "qu' aujourd'hui"},
		{"capital D name", "", "D'Alema", "D'Alema"},
		{"capital L elision", "", "L'ONU", "L' ONU"},
		{"pronoun elision before verb only", "", "n'a c'est N'Djamena", "n' a c' est N'Djamena"},
		{"apostrophe not in word", "", "'quoted'", "' quoted '"},
		{"digit apostrophe", "", "1'000 1990's", "1'000 1990 's"},
		{"rock n roll", "", "rock'n'roll", "rock'n'roll"},
		// URLs, e-mail, domains
		{"url", "", "see https://example.org/a?b=1.", "see https://example.org/a?b=1 ."},
		{"url in parens", "", "(http://x.org/wiki/A_(b))", "( http://x.org/wiki/A_(b) )"},
		{"url in quotes", "", "\"www.example.com\"", "\" www.example.com \""},
		{"url in guillemets", "", "«https://example.fr/x»", "« https://example.fr/x »"},
		{"domain", "", "Allofmp3.com.", "Allofmp3.com ."},
		{"email", "", "info@firma.de, first.last@mail.example.org", "info@firma.de , first.last@mail.example.org"},
		{"handle and tag", "", "@acme #deal", "@acme #deal"},
		{"bare scheme", "", "http://", "http : //"},
		// numbers and money
		{"thousands", "", "590.000 587,000 1,5 14.2", "590.000 587,000 1,5 14.2"},
		{"dollar", "", "$587,000", "$ 587,000"},
		{"euro after", "", "5 € 5€", "5 € 5 €"},
		{"currency prefix", "", "US$5 C$ HK$10", "US$ 5 C$ HK$ 10"},
		{"time and fraction", "", "10:30 3/8", "10:30 3/8"},
		{"number range", "", "1984–1985 A–Z", "1984–1985 A – Z"},
		{"symbol runs", "", "=== *** ``x'' '''", "=== *** `` x '' '''"},
		{"alphanumeric", "", "3.2bn mp3 G7", "3.2bn mp3 G7"},
		{"percent", "", "2,5%", "2,5 %"},
		{"space thousands", "", "1 000", "1 000"},
		{"number then comma", "", "5, 6", "5 , 6"},
		// other joiners
		{"ampersand", "", "AT&T S&P Smith & Wesson", "AT&T S&P Smith & Wesson"},
		{"slash words", "", "Berlin/Brandenburg", "Berlin / Brandenburg"},
		{"dotted letters before hyphen", "", "U.S.-listed U.S.-", "U.S.-listed U.S. -"},
		{"swedish colon suffix", "", "EU:s Vd:n SAS:lle", "EU:s Vd:n SAS:lle"},
		{"colon not suffix", "", "Note:this eu:s", "Note : this eu : s"},
		{"hebrew acronym", "", "צה\"ל ת״א גב׳ \"שלום\"", "צה\"ל ת״א גב׳ \" שלום \""},
		{"catalan middle dot", "", "col·lecció", "col·lecció"},
		// quotes of every language
		{"ascii quotes", "", `"Hi"`, `" Hi "`},
		{"german quotes", "", "„Hallo“ ‚hi‘", "„ Hallo “ ‚ hi ‘"},
		{"english curly", "", "“Hi” ‘yo’", "“ Hi ” ‘ yo ’"},
		{"guillemets", "", "«Oui» ‹non› »ja«", "« Oui » ‹ non › » ja «"},
		{"emoji", "", "ok👍🏽 👩\u200d💻! 🇩🇪🇫🇷 ❤\ufe0f", "ok 👍🏽 👩\u200d💻 ! 🇩🇪 🇫🇷 ❤\ufe0f"},
		{"cjk quotes", "", "「東京」", "「 東京 」"},
		// scripts
		{"cjk run", "", "東京都は日本の首都です。", "東京都は日本の首都です 。"},
		{"cjk and latin", "", "iPhone的价格2024年", "iPhone 的价格 2024 年"},
		{"combining marks", "", "Cafe\u0301 noe\u0308l", "Cafe\u0301 noe\u0308l"},
		{"greek", "", "Ο κ. Παπαδόπουλος είπε: «Ναι».", "Ο κ. Παπαδόπουλος είπε : « Ναι » ."},
		{"arabic", "", "قال محمد: نعم.", "قال محمد : نعم ."},
		{"korean", "", "서울에서 회의가 열렸다.", "서울에서 회의가 열렸다 ."},
		// separators and robustness
		{"nbsp and zero width", "", "a\u00a0b\u200bc\ufeffd", "a b c d"},
		{"soft hyphen inside word", "", "Be\u00adhörde", "Be\u00adhörde"},
		{"control chars", "", "a\x00b\x1fc", "a b c"},
		{"invalid utf8 in word", "", "Beh\xf6rde gut", "Beh\xf6rde gut"},
		{"only spaces", "", " \t\n ", ""},
	})
}

func TestTokenizeLanguages(t *testing.T) {
	runTokCases(t, []tokCase{
		{"en", "", "Mr. Smith's firm, Acme Corp., didn't pay $1.2 million to the U.S. Treasury.",
			"Mr. Smith 's firm , Acme Corp. , did n't pay $ 1.2 million to the U.S. Treasury ."},
		{"en states", "", "SAN JOSE, Calif. (Reuters) - Chips rose.", "SAN JOSE , Calif. ( Reuters ) - Chips rose ."},
		{"de", "", "Die Stiftung Warentest zahlte z. B. 1,5 Mio. Euro bzw. 2 Mrd. an Hr. Müller (Nr. 7).",
			"Die Stiftung Warentest zahlte z. B. 1,5 Mio. Euro bzw. 2 Mrd. an Hr. Müller ( Nr. 7 ) ."},
		{"de compact z.B.", "", "etwa z.B. am 1. Mai", "etwa z.B. am 1. Mai"},
		{"de lang ordinal", "de", "Er wurde 2. Sieger.", "Er wurde 2. Sieger ."},
		{"de GmbH & Co. KG", "", "Muster GmbH & Co. KG", "Muster GmbH & Co. KG"},
		{"fr", "", "M. Dupont et Mme Durand l'ont dit jusqu'à l'aube : « Non ! »",
			"M. Dupont et Mme Durand l' ont dit jusqu' à l' aube : « Non ! »"},
		{"fr inversion", "", "a-t-elle dit-il", "a-t-elle dit-il"},
		{"es", "", "¿Dónde está la Sra. Pérez? ¡El Sr. Gómez y Dña. Ana lo saben!",
			"¿ Dónde está la Sra. Pérez ? ¡ El Sr. Gómez y Dña. Ana lo saben !"},
		{"es company", "", "Telefónica, S.A. y Cía. Ltda.", "Telefónica , S.A. y Cía. Ltda."},
		{"it", "", "L'amministratore dell'Eni, sull'accordo con l'Enel: «Bene».",
			"L' amministratore dell' Eni , sull' accordo con l' Enel : « Bene » ."},
		{"pt", "", "O Sr. Silva disse que a Petrobras pagou R$ 2,5 bilhões.",
			"O Sr. Silva disse que a Petrobras pagou R$ 2,5 bilhões ."},
		{"pt clitic hyphen", "", "disse-lhe", "disse-lhe"},
		{"nl default splits 's", "", "Anna's foto's", "Anna 's foto 's"},
		{"nl keeps 's", "nl", "Anna's foto's zo'n", "Anna's foto's zo'n"},
		{"nl", "nl", "De heer Jansen van Philips N.V. zei dat 's-Hertogenbosch groeit.",
			"De heer Jansen van Philips N.V. zei dat 's-Hertogenbosch groeit ."},
		{"pl", "", "Prezes PKN Orlen, dr Jan Kowalski, mieszka przy ul. Długiej od ok. 20 lat.",
			"Prezes PKN Orlen , dr Jan Kowalski , mieszka przy ul. Długiej od ok. 20 lat ."},
		{"pl m.in.", "", "m.in. Łódź", "m.in. Łódź"},
		{"ru", "", "В 2001 г. ОАО «Газпром» заплатило 5 млн. руб. Иванову.",
			"В 2001 г. ОАО « Газпром » заплатило 5 млн. руб. Иванову ."},
		{"ru thousands", "", "около 300 тыс. человек — т. е. много", "около 300 тыс. человек — т. е. много"},
		{"uk", "", "Київ, 5 млн. грн.", "Київ , 5 млн. грн."},
		{"sv", "", "Volvo AB har bl.a. sålt aktier för 3 mdr kr, dvs. mer än väntat.",
			"Volvo AB har bl.a. sålt aktier för 3 mdr kr , dvs. mer än väntat ."},
		{"tr default", "", "Ankara'da Erdoğan'ın Dr. Yılmaz ile görüşmesi.",
			"Ankara'da Erdoğan'ın Dr. Yılmaz ile görüşmesi ."},
		{"tr lang", "tr", "Ankara'da Erdoğan'ın konuşması, THY A.Ş. hisseleri.",
			"Ankara 'da Erdoğan 'ın konuşması , THY A.Ş. hisseleri ."},
		{"tr lang lower apostrophe", "tr", "dedi'ki", "dedi'ki"},
		{"ca", "", "l'Ajuntament de Barcelona i la col·lecció d'art", "l' Ajuntament de Barcelona i la col·lecció d' art"},
	})
}

func TestTokenOffsets(t *testing.T) {
	s := "Müller’s 5 € — «Да»"
	want := []Token{
		{"Müller", 0, 6}, {"’s", 6, 8}, {"5", 9, 10}, {"€", 11, 12}, {"—", 13, 14},
		{"«", 15, 16}, {"Да", 16, 18}, {"»", 18, 19},
	}
	if got := Tokenize(s); !slices.Equal(got, want) {
		t.Errorf("Tokenize(%q)\n got %v\nwant %v", s, got, want)
	}
}

func TestTokenizeEmpty(t *testing.T) {
	if got := Tokenize(""); len(got) != 0 {
		t.Errorf("Tokenize(\"\") = %v", got)
	}
	if got := Sentences(nil); len(got) != 0 {
		t.Errorf("Sentences(nil) = %v", got)
	}
}

func sentenceTexts(sents [][]Token) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = strings.Join(texts(s), " ")
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string // sentences, tokens separated by spaces
	}{
		{"period", "It rained. We stayed.", []string{"It rained .", "We stayed ."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why ?", "Because !", "Fine ."}},
		{"ellipsis", "He waited… Nobody came.", []string{"He waited …", "Nobody came ."}},
		{"ellipsis lower case goes on", "He waited … and waited.", []string{"He waited … and waited ."}},
		{"titles", "Dr. Smith met Mr. Jones. They talked.", []string{"Dr. Smith met Mr. Jones .", "They talked ."}},
		{"companies", "Acme Inc. Chief Tom Lee spoke.", []string{"Acme Inc. Chief Tom Lee spoke ."}},
		{"company before pronoun", "He joined Acme Corp. She stayed.", []string{"He joined Acme Corp.", "She stayed ."}},
		{"dotted before article", "It is based in the U.S. The rest is not.", []string{"It is based in the U.S.", "The rest is not ."}},
		{"company before name", "Acme Corp. The Hague office grew.", []string{"Acme Corp. The Hague office grew ."}},
		{"letter before pronoun", "They chose plan B. The rest failed.", []string{"They chose plan B.", "The rest failed ."}},
		{"initial before name", "M. Le Pen a parlé.", []string{"M. Le Pen a parlé ."}},
		{"title before pronoun", "Ask Dr. He knows.", []string{"Ask Dr. He knows ."}},
		{"chinese opening quote", "他说。“好的”，她说。", []string{"他说 。", "“ 好的 ” ， 她说 。"}},
		{"initials", "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it ."}},
		{"us", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted .", "It passed ."}},
		{"de z. B.", "Es gibt z. B. Äpfel. Und Birnen.", []string{"Es gibt z. B. Äpfel .", "Und Birnen ."}},
		{"de ordinal", "Am 3. Oktober feiern wir. Dann nicht.", []string{"Am 3. Oktober feiern wir .", "Dann nicht ."}},
		{"fr M.", "M. Dupont est venu. Il est parti.", []string{"M. Dupont est venu .", "Il est parti ."}},
		{"es Sra.", "La Sra. López habló. ¿Y qué?", []string{"La Sra. López habló .", "¿ Y qué ?"}},
		{"ru г.", "В 1999 г. Иванов ушёл. Потом вернулся.", []string{"В 1999 г. Иванов ушёл .", "Потом вернулся ."}},
		{"closing quote", `"Stop!" Then he left.`, []string{`" Stop ! "`, "Then he left ."}},
		{"closing quote lower", `"Stop!" he said.`, []string{`" Stop ! " he said .`}},
		{"guillemet", "«Basta!» Poi andò.", []string{"« Basta ! »", "Poi andò ."}},
		{"bracket", "(See below.) Then more.", []string{"( See below . )", "Then more ."}},
		{"cjk", "東京は大きい。大阪も。", []string{"東京は大きい 。", "大阪も 。"}},
		{"arabic question", "هل جاء؟ نعم.", []string{"هل جاء ؟", "نعم ."}},
		{"blank line", "Headline here\n\nBody starts here.", []string{"Headline here", "Body starts here ."}},
		{"single line headline", "Acme buys Widget\nNEW YORK - Acme said.", []string{"Acme buys Widget", "NEW YORK - Acme said ."}},
		{"wrapped line", "The company said\non Monday that it grew.", []string{"The company said on Monday that it grew ."}},
		{"wrapped after comma", "Berlin,\nParis and Rome.", []string{"Berlin , Paris and Rome ."}},
		{"wrapped after abbreviation", "We met Dr.\nSmith today.", []string{"We met Dr. Smith today ."}},
		{"crlf paragraphs", "One\r\n\r\nTwo", []string{"One", "Two"}},
		{"no final punctuation", "just words", []string{"just words"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := Tokenize(c.in)
			sents := Split(c.in)
			checkSentences(t, toks, sents)
			if got := sentenceTexts(sents); !slices.Equal(got, c.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// TestSentencesTokensOnly covers Sentences without the text: a wide gap
// stands for a paragraph break, a single space does not.
func TestSentencesTokensOnly(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Headline here\n\nBody starts here.", []string{"Headline here", "Body starts here ."}},
		{"Headline here\nBody starts here.", []string{"Headline here Body starts here ."}},
		{"It rained. We stayed.", []string{"It rained .", "We stayed ."}},
		{"Dr. Smith  met him\n\nand left.", []string{"Dr. Smith met him and left ."}},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		sents := Sentences(toks)
		checkSentences(t, toks, sents)
		if got := sentenceTexts(sents); !slices.Equal(got, c.want) {
			t.Errorf("Sentences(Tokenize(%q))\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
