package resolve

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"entities/extractor/schema"
)

// mentionsOf builds the mentions of text from "TYPE:surface" specs, each
// found after the previous one, with code-point offsets.
func mentionsOf(t testing.TB, text string, specs ...string) []schema.Mention {
	t.Helper()
	var ms []schema.Mention
	from := 0
	for _, s := range specs {
		typ, surface, _ := strings.Cut(s, ":")
		i := strings.Index(text[from:], surface)
		if i < 0 {
			t.Fatalf("%q not found after byte %d", surface, from)
		}
		b := from + i
		start := utf8.RuneCountInString(text[:b])
		ms = append(ms, schema.Mention{
			Type: map[string]schema.Type{"P": schema.Person, "O": schema.Organization, "M": schema.Money}[typ],
			Text: surface, Start: start, End: start + utf8.RuneCountInString(surface),
		})
		from = b + len(surface)
	}
	return ms
}

func TestLink(t *testing.T) {
	tests := []struct {
		name  string
		lang  string
		text  string
		specs []string
		same  [][2]int // mention indexes that must share a key
		diff  [][2]int // mention indexes that must not
		canon map[int]string
	}{
		{
			name:  "bare surname after full name",
			lang:  "en",
			text:  "Denis Kvasov met investors. Kvasov said Mr Kvasov's plan stands.",
			specs: []string{"P:Denis Kvasov", "P:Kvasov", "P:Mr Kvasov's"},
			same:  [][2]int{{0, 1}, {0, 2}},
			canon: map[int]string{1: "Denis Kvasov", 2: "Denis Kvasov"},
		},
		{
			// which of the two is meant, word order cannot tell: the
			// nearest was taken, and "Hamel" went to Olga or to Boris as
			// the sentence was written
			name:  "surname after two full names stays alone",
			lang:  "en",
			text:  "Denis Kvasov and Boris Hamel met. Later Olga Hamel spoke. Hamel left.",
			specs: []string{"P:Denis Kvasov", "P:Boris Hamel", "P:Olga Hamel", "P:Hamel"},
			diff:  [][2]int{{1, 2}, {1, 3}, {2, 3}},
		},
		{
			// a hyphenated and a spaced given name are one key, so the
			// bare family name is not taken for two people's (an audit)
			name:  "hyphenated and spaced given name",
			lang:  "fr",
			text:  "Jean-Pierre Raffarin parle. Selon Jean Pierre Raffarin, oui. Raffarin part.",
			specs: []string{"P:Jean-Pierre Raffarin", "P:Jean Pierre Raffarin", "P:Raffarin"},
			same:  [][2]int{{0, 1}, {0, 2}},
		},
		{
			name:  "surname after two mentions of one full name",
			lang:  "en",
			text:  "Boris Hamel met investors. Later Boris Hamel spoke. Hamel left.",
			specs: []string{"P:Boris Hamel", "P:Boris Hamel", "P:Hamel"},
			same:  [][2]int{{0, 2}, {1, 2}},
		},
		{
			name:  "surname before the only full name",
			lang:  "en",
			text:  "Kvasov, 45, runs the firm. Denis Kvasov founded it.",
			specs: []string{"P:Kvasov", "P:Denis Kvasov"},
			same:  [][2]int{{0, 1}},
		},
		{
			name:  "surname before two full names stays alone",
			lang:  "en",
			text:  "Hamel spoke. Boris Hamel and Olga Hamel listened.",
			specs: []string{"P:Hamel", "P:Boris Hamel", "P:Olga Hamel"},
			diff:  [][2]int{{0, 1}, {0, 2}},
		},
		{
			name:  "initial and family name",
			lang:  "en",
			text:  "Denis Kvasov and Anna Kvasov arrived; D. Kvasov spoke first.",
			specs: []string{"P:Denis Kvasov", "P:Anna Kvasov", "P:D. Kvasov"},
			same:  [][2]int{{0, 2}},
			diff:  [][2]int{{1, 2}},
		},
		{
			name:  "unambiguous given name",
			lang:  "en",
			text:  "Denis Kvasov and Olga Hamel met. Denis smiled.",
			specs: []string{"P:Denis Kvasov", "P:Olga Hamel", "P:Denis"},
			same:  [][2]int{{0, 2}},
		},
		{
			name:  "ambiguous given name",
			lang:  "en",
			text:  "Denis Kvasov and Denis Hamel met. Denis smiled.",
			specs: []string{"P:Denis Kvasov", "P:Denis Hamel", "P:Denis"},
			diff:  [][2]int{{0, 2}, {1, 2}},
		},
		{
			name:  "given name that is also a family name",
			lang:  "en",
			text:  "Thomas Hamel and Anna Thomas met. Thomas smiled.",
			specs: []string{"P:Thomas Hamel", "P:Anna Thomas", "P:Thomas"},
			same:  [][2]int{{1, 2}},
			diff:  [][2]int{{0, 2}},
		},
		{
			name:  "german genitive in document",
			lang:  "de",
			text:  "Peter Hamel kam. Hamels Firma wuchs.",
			specs: []string{"P:Peter Hamel", "P:Hamels"},
			same:  [][2]int{{0, 1}},
		},
		{
			name:  "spelling variants in one document",
			lang:  "en",
			text:  "Dennis Kvasov, also written Denis Kvasov, and Kvasov.",
			specs: []string{"P:Dennis Kvasov", "P:Denis Kvasov", "P:Kvasov"},
			same:  [][2]int{{0, 1}, {0, 2}},
			canon: map[int]string{1: "Dennis Kvasov"},
		},
		{
			name:  "russian case forms",
			lang:  "ru",
			text:  "Денис Квасов приехал. Дениса Квасова ждали, с Квасовым говорили, Квасову звонили.",
			specs: []string{"P:Денис Квасов", "P:Дениса Квасова", "P:Квасовым", "P:Квасову"},
			same:  [][2]int{{0, 1}, {0, 2}, {0, 3}},
			canon: map[int]string{1: "Денис Квасов"},
		},
		{
			name:  "russian case form before the nominative",
			lang:  "ru",
			text:  "У Анны Квасовой и Дениса Квасова. Анна Квасова и Денис Квасов.",
			specs: []string{"P:Анны Квасовой", "P:Дениса Квасова", "P:Анна Квасова", "P:Денис Квасов"},
			same:  [][2]int{{0, 2}, {1, 3}},
			diff:  [][2]int{{0, 1}, {2, 3}},
		},
		{
			name:  "russian feminine family name is not a case form",
			lang:  "ru",
			text:  "Денис Квасов и Анна Квасова. Квасова сказала.",
			specs: []string{"P:Денис Квасов", "P:Анна Квасова", "P:Квасова"},
			same:  [][2]int{{1, 2}},
			diff:  [][2]int{{0, 2}},
		},
		{
			name:  "russian case forms without a nominative",
			lang:  "ru",
			text:  "С Анной Ивановой и Иваном Ивановым. У Анны Ивановой нет. Иванова ушла.",
			specs: []string{"P:Анной Ивановой", "P:Иваном Ивановым", "P:Анны Ивановой", "P:Иванова"},
			same:  [][2]int{{0, 2}, {0, 3}},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "polish case forms",
			lang:  "pl",
			text:  "Jan Kowalski przyjechał. Z Janem Kowalskim rozmawiano o Kowalskiego planie.",
			specs: []string{"P:Jan Kowalski", "P:Janem Kowalskim", "P:Kowalskiego"},
			same:  [][2]int{{0, 1}, {0, 2}},
		},
		{
			name:  "no case forms in english",
			lang:  "en",
			text:  "Denis Kvasov came. Kvasova spoke.",
			specs: []string{"P:Denis Kvasov", "P:Kvasova"},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "double surname after the full name",
			lang:  "es",
			text:  "Gabriel García Márquez escribió. García Márquez dijo que Márquez no.",
			specs: []string{"P:Gabriel García Márquez", "P:García Márquez", "P:Márquez"},
			same:  [][2]int{{0, 1}, {0, 2}},
		},
		{
			name:  "tail of a different name does not link",
			lang:  "en",
			text:  "Anna Maria Kvasov came. Olga Kvasov stayed.",
			specs: []string{"P:Anna Maria Kvasov", "P:Olga Kvasov"},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "generation suffix keeps father and son apart",
			lang:  "en",
			text:  "Denis Kvasov Jr. met Denis Kvasov. Kvasov Jr. left.",
			specs: []string{"P:Denis Kvasov Jr.", "P:Denis Kvasov", "P:Kvasov Jr."},
			same:  [][2]int{{0, 2}},
			diff:  [][2]int{{0, 1}, {1, 2}},
		},
		{
			name:  "legal form and short org name",
			lang:  "en",
			text:  "EMI Group PLC reported. EMI Group said EMI would grow.",
			specs: []string{"O:EMI Group PLC", "O:EMI Group", "O:EMI"},
			same:  [][2]int{{0, 1}, {0, 2}},
			canon: map[int]string{2: "EMI Group"},
		},
		{
			name:  "acronym from initials",
			lang:  "en",
			text:  "The International Federation of the Phonographic Industry said the IFPI would sue.",
			specs: []string{"O:International Federation of the Phonographic Industry", "O:IFPI"},
			same:  [][2]int{{0, 1}},
		},
		{
			name:  "acronym before its full name",
			lang:  "en",
			text:  "OECD figures, published by the Organisation for Economic Co-operation and Development.",
			specs: []string{"O:OECD", "O:Organisation for Economic Co-operation and Development"},
			same:  [][2]int{{0, 1}},
		},
		{
			name:  "acronym that matches nothing",
			lang:  "en",
			text:  "Deutsche Bank and the ECB met.",
			specs: []string{"O:Deutsche Bank", "O:ECB"},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "generic word does not link",
			lang:  "en",
			text:  "Bank of Kvasovia lends; the Bank said.",
			specs: []string{"O:Bank of Kvasovia", "O:Bank"},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "russian organization in oblique cases",
			lang:  "ru",
			text:  "Акции Северотранса упали. Северотранс не ответил. Со Северотрансом спорит Минэнерго.",
			specs: []string{"O:Северотранса", "O:Северотранс", "O:Северотрансом", "O:Минэнерго"},
			same:  [][2]int{{0, 1}, {1, 2}},
			diff:  [][2]int{{0, 3}},
			canon: map[int]string{0: "Северотранс", 2: "Северотранс"},
		},
		{
			name:  "russian neuter and adjective-noun names",
			lang:  "ru",
			text:  "Представитель Министерства связи сообщил, что Министерство связи и Волжская судоходная компания, акции Волжской судоходной компании",
			specs: []string{"O:Министерства связи", "O:Министерство связи", "O:Волжская судоходная компания", "O:Волжской судоходной компании"},
			same:  [][2]int{{0, 1}, {2, 3}},
			diff:  [][2]int{{0, 2}},
			canon: map[int]string{0: "Министерство связи", 3: "Волжская судоходная компания"},
		},
		{
			name:  "polish and czech organizations in oblique cases",
			lang:  "pl",
			text:  "Zarząd Unii Kredytowej i Unia Kredytowa; Sądu Okręgowego oraz Sąd Okręgowy; akcje Baltpolu.",
			specs: []string{"O:Unii Kredytowej", "O:Unia Kredytowa", "O:Sądu Okręgowego", "O:Sąd Okręgowy", "O:Baltpolu"},
			same:  [][2]int{{0, 1}, {2, 3}},
			diff:  [][2]int{{0, 2}, {4, 3}},
			canon: map[int]string{0: "Unia Kredytowa", 2: "Sąd Okręgowy", 4: "Baltpolu"},
		},
		{
			// -kiej: the adjective's stem keeps its k (an audit found the
			// README's own example unlinked)
			name:  "polish adjectives in -kiej and -giej",
			lang:  "pl",
			text:  "Posłowie Unii Bałtyckiej i Unia Bałtycka; Izby Drogiej oraz Izba Droga.",
			specs: []string{"O:Unii Bałtyckiej", "O:Unia Bałtycka", "O:Izby Drogiej", "O:Izba Droga"},
			same:  [][2]int{{0, 1}, {2, 3}},
			diff:  [][2]int{{0, 2}},
			canon: map[int]string{0: "Unia Bałtycka", 2: "Izba Droga"},
		},
		{
			name:  "german organizations in the genitive and dative",
			lang:  "de",
			text:  "Im Landtag von Nordhessen sagte ein Sprecher des Landtages, die Nordhessische Spielbank und der Nordhessischen Spielbank Vorstand; bei den Olympischen Sommerspielen und den Olympische Sommerspiele; Reuters. Bayern schlug Bayer.",
			specs: []string{"O:Landtag", "O:Landtages", "O:Nordhessische Spielbank", "O:Nordhessischen Spielbank", "O:Olympischen Sommerspielen", "O:Olympische Sommerspiele", "O:Reuters", "O:Bayern", "O:Bayer"},
			same:  [][2]int{{0, 1}, {2, 3}, {4, 5}},
			diff:  [][2]int{{0, 2}, {6, 0}, {7, 8}},
			canon: map[int]string{1: "Landtag", 3: "Nordhessische Spielbank", 4: "Olympische Sommerspiele", 6: "Reuters"},
		},
		{
			name:  "a name with its legal form is no short form of a longer one",
			lang:  "en",
			text:  "Deutsche Bank AG and its unit Deutsche Bank Trust Company Americas were fined. Deutsche Bank AG said it would appeal; Deutsche Bank Trust said nothing.",
			specs: []string{"O:Deutsche Bank AG", "O:Deutsche Bank Trust Company Americas", "O:Deutsche Bank AG", "O:Deutsche Bank Trust"},
			same:  [][2]int{{0, 2}, {1, 3}},
			diff:  [][2]int{{0, 1}, {2, 1}},
		},
		{
			// either family name of a Spanish or Portuguese name alone
			// (before, only the last: Sánchez and Lula kept keys of their own)
			name:  "iberian family names",
			lang:  "es",
			text:  "Pedro Sánchez Pérez-Castejón habló. Sánchez dijo. José Luis Rodríguez Zapatero y Zapatero; Marta Ibarra Soto y Beatriz Ibarra Lezcano; Ibarra calló.",
			specs: []string{"P:Pedro Sánchez Pérez-Castejón", "P:Sánchez", "P:José Luis Rodríguez Zapatero", "P:Zapatero", "P:Marta Ibarra Soto", "P:Beatriz Ibarra Lezcano", "P:Ibarra"},
			same:  [][2]int{{0, 1}, {2, 3}},
			diff:  [][2]int{{1, 2}, {6, 4}, {6, 5}, {4, 5}}, // two Ibarras: the bare one is neither
		},
		{
			name:  "portuguese names between",
			lang:  "pt",
			text:  "Luiz Inácio Lula da Silva discursou. Lula disse que sim.",
			specs: []string{"P:Luiz Inácio Lula da Silva", "P:Lula"},
			same:  [][2]int{{0, 1}},
		},
		{
			// a bare family name that is one person's first family name
			// and another's last is either
			name:  "iberian family name of two people",
			lang:  "es",
			text:  "Marta Ibarra Soto habló con Luis Ibarra. Ibarra dijo que no. Ana Ruiz Peña y Peña; Pablo Ruiz. Ruiz asintió.",
			specs: []string{"P:Marta Ibarra Soto", "P:Luis Ibarra", "P:Ibarra", "P:Ana Ruiz Peña", "P:Peña", "P:Pablo Ruiz", "P:Ruiz"},
			same:  [][2]int{{3, 4}},
			diff:  [][2]int{{2, 0}, {2, 1}, {6, 3}, {6, 5}},
		},
		{
			// the name without its last family name is the same person,
			// and so is a bare family name after both
			name:  "iberian name without its last family name",
			lang:  "es",
			text:  "Pedro Sánchez Pérez-Castejón llegó. Pedro Sánchez dijo. Sánchez calló. Ana Ruiz Peña, Luis Ruiz Peña y Ana Ruiz.",
			specs: []string{"P:Pedro Sánchez Pérez-Castejón", "P:Pedro Sánchez", "P:Sánchez", "P:Ana Ruiz Peña", "P:Luis Ruiz Peña", "P:Ana Ruiz"},
			same:  [][2]int{{0, 1}, {1, 2}, {3, 5}},
			diff:  [][2]int{{4, 5}},
		},
		{
			// a name that shares only a given name and a family name with
			// the head of an Iberian name is another person (an audit of
			// the first version: "María Sánchez García" took "María García
			// López"'s key)
			name:  "iberian heads match whole",
			lang:  "es",
			text:  "Lucía Ortega Vidal firmó. Lucía Romero Ortega votó. Tomás Luis Ibáñez Soler habló; Tomás Jaime Ibáñez respondió.",
			specs: []string{"P:Lucía Ortega Vidal", "P:Lucía Romero Ortega", "P:Tomás Luis Ibáñez Soler", "P:Tomás Jaime Ibáñez"},
			diff:  [][2]int{{0, 1}, {2, 3}},
		},
		{
			// two people with one head: the head alone is either
			name:  "iberian head of two people",
			lang:  "es",
			text:  "Pedro Sánchez Pérez-Castejón y Pedro Sánchez Gómez coincidieron. Pedro Sánchez dijo que sí.",
			specs: []string{"P:Pedro Sánchez Pérez-Castejón", "P:Pedro Sánchez Gómez", "P:Pedro Sánchez"},
			diff:  [][2]int{{2, 0}, {2, 1}, {0, 1}},
		},
		{
			// the head before the full name, and a bare family name after
			// both: one person
			name:  "iberian head before the full name",
			lang:  "es",
			text:  "Pedro Sánchez llegó el lunes. El presidente, Pedro Sánchez Pérez-Castejón, firmó. Sánchez dijo que sí.",
			specs: []string{"P:Pedro Sánchez", "P:Pedro Sánchez Pérez-Castejón", "P:Sánchez"},
			same:  [][2]int{{0, 1}, {1, 2}},
		},
		{
			// a head with a head of its own ("Tomás Ignacio", as Ignacio
			// is a family name too) takes the full name's key all the same
			name:  "iberian head with a head",
			lang:  "es",
			text:  "Tomás Ignacio Ruiz de Olano habló. Tomás Ignacio Ruiz respondió. Ruiz calló.",
			specs: []string{"P:Tomás Ignacio Ruiz de Olano", "P:Tomás Ignacio Ruiz", "P:Ruiz"},
			same:  [][2]int{{0, 1}, {1, 2}},
		},
		{
			// the audit of the head link: the tail of one name and the
			// head of another is either; a name keyed as another's middle
			// name is left out is no head; a head may end in a word the
			// name lists do not know
			name:  "iberian heads, ambiguous or unlisted",
			lang:  "es",
			text:  "Pedro Sánchez Pérez-Castejón habló. El concejal Juan Pedro Sánchez respondió. Pedro Sánchez insistió. Lucía Inés Ortega firmó; Lucía Ortega Vidal votó; Lucía Ortega calló. Tomás Quelbrino Soler llegó y Tomás Quelbrino habló.",
			specs: []string{"P:Pedro Sánchez Pérez-Castejón", "P:Juan Pedro Sánchez", "P:Pedro Sánchez", "P:Lucía Inés Ortega", "P:Lucía Ortega Vidal", "P:Lucía Ortega", "P:Tomás Quelbrino Soler", "P:Tomás Quelbrino"},
			same:  [][2]int{{6, 7}},
			diff:  [][2]int{{2, 0}, {2, 1}, {5, 4}},
		},
		{
			// a second word that is a given name as well is no family
			// name a bare mention may link to
			name:  "iberian second given name",
			lang:  "es",
			text:  "José Antonio Kast habló. Antonio dijo que no. José Antonio Mora Luján llegó. José Antonio calló.",
			specs: []string{"P:José Antonio Kast", "P:Antonio", "P:José Antonio Mora Luján", "P:José Antonio"},
			diff:  [][2]int{{0, 1}, {3, 0}},
		},
		{
			// a given name before the last family name is not a family
			// name, nor is a word before the one that is
			name:  "iberian given names between",
			lang:  "pt",
			text:  "Paulo Henrique Machado falou. Henrique respondeu. Rui Quelbrino Machado viu; Quelbrino saiu. Ana Sousa Tavares Lima chegou; Sousa e Tavares saíram.",
			specs: []string{"P:Paulo Henrique Machado", "P:Henrique", "P:Rui Quelbrino Machado", "P:Quelbrino", "P:Ana Sousa Tavares Lima", "P:Sousa", "P:Tavares"},
			same:  [][2]int{{4, 6}},
			diff:  [][2]int{{0, 1}, {2, 3}, {4, 5}},
		},
		{
			// a middle name in English is no family name
			name:  "english middle names",
			lang:  "en",
			text:  "John Fitzgerald Kennedy spoke. Fitzgerald was not there.",
			specs: []string{"P:John Fitzgerald Kennedy", "P:Fitzgerald"},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "scandinavian genitive -s",
			lang:  "sv",
			text:  "Norrbankens vinst steg, sade Norrbanken. Volvos chef och Volvo Cars; Siemens.",
			specs: []string{"O:Norrbankens", "O:Norrbanken", "O:Volvos", "O:Volvo Cars", "O:Siemens"},
			same:  [][2]int{{0, 1}},
			diff:  [][2]int{{2, 3}, {4, 1}},
			canon: map[int]string{0: "Norrbanken", 2: "Volvos", 4: "Siemens"},
		},
		{
			name:  "german genitive -s links only within a document",
			lang:  "de",
			text:  "Der Sprecher des Morgenblatts sagte.",
			specs: []string{"O:Morgenblatts"},
			canon: map[int]string{0: "Morgenblatts"},
		},
		{
			name:  "a slavic name that keeps its first word is another name",
			lang:  "ru",
			text:  "Банк России и петербургский Банк Россия спорят, а Банка России это не касается.",
			specs: []string{"O:Банк России", "O:Банк Россия", "O:Банка России"},
			same:  [][2]int{{0, 2}},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "a longer organization is not a case form",
			lang:  "ru",
			text:  "Северотранс и Северотрансбанк, Северотранс-Авиа",
			specs: []string{"O:Северотранс", "O:Северотрансбанк", "O:Северотранс-Авиа"},
			diff:  [][2]int{{0, 1}, {0, 2}},
		},
		{
			name:  "no organization case forms in english",
			lang:  "en",
			text:  "Unia Group and Unii Group are rivals.",
			specs: []string{"O:Unia Group", "O:Unii Group"},
			diff:  [][2]int{{0, 1}},
		},
		{
			name:  "person and organization never merge",
			lang:  "en",
			text:  "Hamel Holdings hired Boris Hamel. Hamel said.",
			specs: []string{"O:Hamel Holdings", "P:Boris Hamel", "P:Hamel"},
			same:  [][2]int{{1, 2}},
			diff:  [][2]int{{0, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsOf(t, tt.text, tt.specs...)
			Link(ms, tt.lang)
			for _, m := range ms {
				if m.Key == "" || m.Canonical == "" {
					t.Fatalf("mention %q left without key or canonical: %+v", m.Text, m)
				}
			}
			for _, p := range tt.same {
				if ms[p[0]].Key != ms[p[1]].Key {
					t.Errorf("%q (%s) and %q (%s) should share a key", ms[p[0]].Text, ms[p[0]].Key, ms[p[1]].Text, ms[p[1]].Key)
				}
			}
			for _, p := range tt.diff {
				if ms[p[0]].Key == ms[p[1]].Key {
					t.Errorf("%q and %q should not share key %s", ms[p[0]].Text, ms[p[1]].Text, ms[p[0]].Key)
				}
			}
			for i, c := range tt.canon {
				if ms[i].Canonical != c {
					t.Errorf("canonical of %q = %q, want %q", ms[i].Text, ms[i].Canonical, c)
				}
			}
		})
	}
}

// TestLinkKeepsCrossDocumentKeys checks that a full name's key does not
// depend on the document it appears in.
func TestLinkKeepsCrossDocumentKeys(t *testing.T) {
	a := mentionsOf(t, "Kvasov met Denis Kvasov.", "P:Kvasov", "P:Denis Kvasov")
	b := mentionsOf(t, "Denis Kvasov arrived with Olga Hamel.", "P:Denis Kvasov", "P:Olga Hamel")
	Link(a, "en")
	Link(b, "de")
	if a[1].Key != b[0].Key || a[1].Key != Person("Denis Kvasov", "fr").Key {
		t.Fatalf("keys of Denis Kvasov differ across documents: %q, %q", a[1].Key, b[0].Key)
	}
}

// TestLinkReadsNamesInTheirParagraphsLanguage: a mention found in a
// paragraph of another language (Mention.Lang set) gets the key its name has
// in that language, not in the document's.
func TestLinkReadsNamesInTheirParagraphsLanguage(t *testing.T) {
	ms := mentionsOf(t, "Analysts in London were surprised. «Мы поддерживаем Дениса Квасова», — сказал представитель Волжской судоходной компании. Die Aktie der Deutschen Bank fiel.",
		"P:Дениса Квасова", "O:Волжской судоходной компании", "O:Deutschen Bank")
	ms[0].Lang, ms[1].Lang, ms[2].Lang = "ru", "ru", "de"
	Link(ms, "en")
	for i, want := range []Name{Person("Денис Квасов", "ru"), Organization("Волжской судоходной компании", "ru"), Organization("Deutsche Bank", "de")} {
		if ms[i].Key != want.Key {
			t.Errorf("%q in a %s paragraph of an English document: key %s, want %s", ms[i].Text, ms[i].Lang, ms[i].Key, want.Key)
		}
	}
	if ms[0].Canonical != "Денис Квасов" {
		t.Errorf("canonical %q, want Денис Квасов", ms[0].Canonical)
	}
}

func TestLinkLeavesMoney(t *testing.T) {
	ms := mentionsOf(t, "Denis Kvasov paid $5 to EMI.", "P:Denis Kvasov", "M:$5", "O:EMI")
	ms[1].Key, ms[1].Canonical, ms[1].Amount, ms[1].Currency = "money:USD:5", "5 USD", "5", "USD"
	want := ms[1]
	Link(ms, "en")
	if ms[1] != want {
		t.Fatalf("money mention changed: %+v, want %+v", ms[1], want)
	}
	if ms[2].LegalForm != "" || ms[0].LegalForm != "" {
		t.Fatalf("legal form set where there is none: %+v", ms)
	}
}

func TestLinkText(t *testing.T) {
	text := "Die Weltgesundheitsorganisation (WHO) warnte. Die WHO und die Europäische Zentralbank (EZB) sowie die EZB-Chefin."
	ms := mentionsOf(t, text, "O:Weltgesundheitsorganisation", "O:WHO", "O:WHO", "O:Europäische Zentralbank", "O:EZB", "O:EZB")
	LinkText(text, ms, "de")
	for _, p := range [][2]int{{0, 1}, {0, 2}, {3, 4}, {3, 5}} {
		if ms[p[0]].Key != ms[p[1]].Key {
			t.Errorf("%q (%s) and %q (%s) should share a key", ms[p[0]].Text, ms[p[0]].Key, ms[p[1]].Text, ms[p[1]].Key)
		}
	}
	if ms[0].Key == ms[3].Key {
		t.Errorf("two organizations merged: %s", ms[0].Key)
	}
	// Without the text the definitions are not seen.
	ms = mentionsOf(t, text, "O:Weltgesundheitsorganisation", "O:WHO")
	Link(ms, "de")
	if ms[0].Key == ms[1].Key {
		t.Errorf("Link linked WHO without seeing the text")
	}
	// "ACR (Full Name)".
	text = "The FAO (Food and Agriculture Organization) said the FAO would help."
	ms = mentionsOf(t, text, "O:FAO", "O:Food and Agriculture Organization", "O:FAO")
	LinkText(text, ms, "en")
	if ms[0].Key != ms[1].Key || ms[2].Key != ms[1].Key {
		t.Errorf("FAO not linked to its full name: %s %s %s", ms[0].Key, ms[1].Key, ms[2].Key)
	}
	// An acronym written as a word (Italian and Spanish style) must spell
	// the initials: "Bce" does, "(Torino)" after Fiat does not.
	text = "La Banca centrale europea (Bce) ha alzato i tassi. Secondo la Bce, e la Fiat (Torino), la Fiat e la Bce."
	ms = mentionsOf(t, text, "O:Banca centrale europea", "O:Bce", "O:Bce", "O:Fiat", "O:Torino", "O:Fiat", "O:Bce")
	LinkText(text, ms, "it")
	for _, i := range []int{1, 2, 6} {
		if ms[i].Key != ms[0].Key || ms[i].Canonical != "Banca centrale europea" {
			t.Errorf("Bce at %d: %s %q, want the key and name of Banca centrale europea (%s)", ms[i].Start, ms[i].Key, ms[i].Canonical, ms[0].Key)
		}
	}
	if ms[4].Key == ms[3].Key || ms[5].Key != ms[3].Key {
		t.Errorf("Fiat (Torino): %s %s %s", ms[3].Key, ms[4].Key, ms[5].Key)
	}
}

// benchDoc is a typical news document with about twenty name mentions.
const benchDoc = `Denis Kvasov, chief executive of Kvasov Holdings PLC, met Olga Hamel of the International Federation of the Phonographic Industry (IFPI) in Berlin. Kvasov told Reuters that Kvasov Holdings would pay $20 million. Hamel said the IFPI welcomed the deal, and Mr Kvasov's partner Boris Hamel agreed. EMI Group PLC and Deutsche Bank AG advised; EMI declined to comment. Dr. Anna Petrova of Deutsche Bank said Petrova expected approval from the European Commission. Olga said the Commission had been informed. Владимир Путин and Putin's spokesman Dmitry Peskov were not involved; Peskov said so.`

func benchMentions(b testing.TB) []schema.Mention {
	return mentionsOf(b, benchDoc,
		"P:Denis Kvasov", "O:Kvasov Holdings PLC", "P:Olga Hamel",
		"O:International Federation of the Phonographic Industry", "O:IFPI", "P:Kvasov", "O:Reuters",
		"O:Kvasov Holdings", "M:$20 million", "P:Hamel", "O:IFPI", "P:Mr Kvasov's", "P:Boris Hamel",
		"O:EMI Group PLC", "O:Deutsche Bank AG", "O:EMI", "P:Dr. Anna Petrova", "O:Deutsche Bank",
		"P:Petrova", "O:European Commission", "P:Olga", "O:Commission", "P:Владимир Путин", "P:Putin's",
		"P:Dmitry Peskov", "P:Peskov")
}

func TestBenchDocument(t *testing.T) {
	ms := benchMentions(t)
	LinkText(benchDoc, ms, "en")
	byText := map[string]string{}
	for _, m := range ms {
		byText[m.Text] = m.Key
	}
	for _, p := range [][2]string{
		{"Kvasov", "Denis Kvasov"}, {"Mr Kvasov's", "Denis Kvasov"}, {"IFPI", "International Federation of the Phonographic Industry"},
		{"Kvasov Holdings", "Kvasov Holdings PLC"}, {"EMI", "EMI Group PLC"}, {"Deutsche Bank", "Deutsche Bank AG"},
		{"Petrova", "Dr. Anna Petrova"}, {"Putin's", "Владимир Путин"}, {"Peskov", "Dmitry Peskov"},
	} {
		if byText[p[0]] != byText[p[1]] {
			t.Errorf("%q (%s) not linked to %q (%s)", p[0], byText[p[0]], p[1], byText[p[1]])
		}
	}
	// Hamel after Olga Hamel: the only earlier full name (Boris comes later); Olga is not
	// linked (one Olga only, but also no family name Olga: linked).
	if byText["Hamel"] != byText["Olga Hamel"] {
		t.Errorf("Hamel = %s, want Olga Hamel's key %s", byText["Hamel"], byText["Olga Hamel"])
	}
	if byText["Olga"] != byText["Olga Hamel"] {
		t.Errorf("Olga = %s, want Olga Hamel's key %s", byText["Olga"], byText["Olga Hamel"])
	}
	if byText["Boris Hamel"] == byText["Olga Hamel"] {
		t.Errorf("Boris and Olga Hamel merged")
	}
}

func BenchmarkLink(b *testing.B) {
	base := benchMentions(b)
	ms := make([]schema.Mention, len(base))
	b.ReportAllocs()
	for b.Loop() {
		copy(ms, base)
		Link(ms, "en")
	}
}

func BenchmarkLinkText(b *testing.B) {
	base := benchMentions(b)
	ms := make([]schema.Mention, len(base))
	b.ReportAllocs()
	for b.Loop() {
		copy(ms, base)
		LinkText(benchDoc, ms, "en")
	}
}

func BenchmarkPerson(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Person("Herr Dr. Michail Sergejewitsch Gorbatschow", "de")
	}
}

func BenchmarkOrganization(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Organization("Samsung Electronics Co., Ltd.", "en")
	}
}

// BenchmarkLinkLarge links a long document (the typical one repeated 200
// and 800 times, about 5,000 and 20,000 mentions) to watch the cost of the
// pairwise rules: time per copy should not grow.
func BenchmarkLinkLarge(b *testing.B) {
	for _, copies := range []int{200, 800} {
		b.Run(fmt.Sprintf("x%d", copies), func(b *testing.B) { benchLinkCopies(b, copies) })
	}
}

func benchLinkCopies(b *testing.B, copies int) {
	one := benchMentions(b)
	n := utf8.RuneCountInString(benchDoc) + 1
	var text strings.Builder
	var base []schema.Mention
	for k := range copies {
		text.WriteString(benchDoc)
		text.WriteByte('\n')
		for _, m := range one {
			m.Start += k * n
			m.End += k * n
			base = append(base, m)
		}
	}
	ms := make([]schema.Mention, len(base))
	b.ReportAllocs()
	for b.Loop() {
		copy(ms, base)
		LinkText(text.String(), ms, "ru")
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(copies), "µs/copy")
}
