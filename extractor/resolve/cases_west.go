package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"entities/extractor/ner"
)

// Polish and Czech full names in an oblique case (Jana Kowalskiego, Anną
// Grabowską, Tomášem Černým, Kateřiny Marešové) are put back into the
// nominative the same way as Russian and Ukrainian ones (see nominativeName),
// with tables of their own: the given name's ending tells case and gender,
// the family name must show the same case or not decline, and is declined
// back by the endings of that case.

// westCase is a case ending of given names: what a nominative adds to the
// stem after it is cut (Piotrz-e -> Piot-r, Agniesz-ce -> Agniesz-ka), the
// case it marks, and the endings a family name then has, for a man and for a
// woman.
type westCase struct {
	ending       string
	adds         []string
	kase         string // gen, dat, acc, ins, loc (a form shared by cases names the likelier)
	male, female []string
}

var (
	plMaleAdj   = []string{"skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "dzkiemu", "skim", "ckim", "dzkim"}
	plFemaleAdj = []string{"skiej", "ckiej", "dzkiej", "ską", "cką", "dzką"}
)

var westCases = map[string][]westCase{
	"pl": {
		{"owi", []string{""}, "dat", []string{"skiemu", "ckiemu", "dzkiemu", "owi", "rze", "dze", "cie", "dzie", "ce", "le", "ie"}, nil},
		{"dzie", []string{"da"}, "dat", nil, plFemaleAdj},
		{"iem", []string{""}, "ins", []string{"skim", "ckim", "dzkim", "em", "ą"}, nil},
		{"cie", []string{"ta"}, "dat", nil, plFemaleAdj},
		{"rze", []string{"r", "ra"}, "loc", []string{"skim", "ckim", "dzkim", "u", "ie", "le"}, plFemaleAdj},
		{"dze", []string{"ga"}, "dat", nil, plFemaleAdj},
		{"em", []string{""}, "ins", []string{"skim", "ckim", "dzkim", "em", "ą"}, nil},
		{"ce", []string{"ka"}, "dat", nil, plFemaleAdj},
		{"le", []string{"ł", "ła"}, "loc", []string{"skim", "ckim", "dzkim", "u", "ie", "le"}, plFemaleAdj},
		{"ie", []string{"", "a"}, "loc", []string{"skim", "ckim", "dzkim", "u", "ie", "le"}, plFemaleAdj},
		{"ii", []string{"ia"}, "gen", nil, plFemaleAdj},
		{"ą", []string{"a"}, "ins", []string{"skim", "ckim", "dzkim", "em", "ą"}, plFemaleAdj},
		{"ę", []string{"a"}, "acc", []string{"skiego", "ckiego", "dzkiego", "a", "ę"}, plFemaleAdj},
		{"a", []string{""}, "gen", []string{"skiego", "ckiego", "dzkiego", "a", "y", "i"}, nil},
		{"u", []string{""}, "loc", []string{"skim", "ckim", "dzkim", "u", "ie", "le"}, nil},
		{"y", []string{"a"}, "gen", []string{"skiego", "ckiego", "dzkiego", "a", "y", "i"}, plFemaleAdj},
		{"i", []string{"a"}, "gen", []string{"skiego", "ckiego", "dzkiego", "a", "y", "i"}, plFemaleAdj},
	},
	"cs": {
		{"ího", []string{"í"}, "gen", []string{"ého", "ího", "a", "e", "y"}, nil},
		{"ímu", []string{"í"}, "dat", []string{"ému", "ímu", "ovi", "u"}, nil},
		{"ovi", []string{""}, "dat", []string{"ému", "ímu", "ovi", "u"}, nil},
		{"ím", []string{"í"}, "ins", []string{"ým", "ím", "em", "ou"}, nil},
		{"em", []string{""}, "ins", []string{"ým", "ím", "em", "ou"}, nil},
		{"ou", []string{"a"}, "ins", []string{"ým", "ím", "em", "ou"}, []string{"ovou", "ou"}},
		{"ře", []string{"ra"}, "dat", nil, []string{"ové", "é"}},
		{"ce", []string{"ka"}, "dat", nil, []string{"ové", "é"}},
		{"ze", []string{"ha"}, "dat", nil, []string{"ové", "é"}},
		{"ě", []string{"a"}, "dat", nil, []string{"ové", "é"}},
		{"í", []string{"e"}, "ins", nil, []string{"ovou", "ou"}},
		{"a", []string{""}, "gen", []string{"ého", "ího", "a", "e", "y"}, nil},
		{"e", []string{""}, "gen", []string{"ého", "ího", "a", "e", "y"}, nil},
		{"u", []string{"", "a"}, "dat", []string{"ému", "ímu", "ovi", "u"}, []string{"ovou", "ou"}},
		{"i", []string{"e"}, "dat", nil, []string{"ové", "é", "ovou", "ou"}},
		{"y", []string{"a"}, "gen", nil, []string{"ové", "é"}},
	},
}

// westNames are common Polish and Czech given names in the nominative, true
// for female names.
var westNames = map[string]map[string]bool{
	"pl": listNames(
		`Adam Adrian Aleksander Andrzej Antoni Artur Bartosz Bogdan Cezary Damian Daniel Dariusz Dawid Dominik Edward
		Emil Filip Grzegorz Henryk Hubert Igor Jacek Jakub Jan Janusz Jarosław Jerzy Józef Julian Kacper Kamil Karol
		Kazimierz Konrad Krystian Krzysztof Kuba Leszek Łukasz Maciej Marcin Marek Mariusz Mateusz Michał Mieczysław
		Mikołaj Norbert Oskar Patryk Paweł Piotr Przemysław Radosław Rafał Robert Roman Ryszard Sebastian Sławomir
		Stanisław Stefan Szymon Tadeusz Tomasz Wiesław Wiktor Witold Władysław Włodzimierz Wojciech Zbigniew Zdzisław
		Zygmunt`,
		`Agata Agnieszka Aleksandra Alicja Aneta Anna Barbara Beata Bożena Danuta Dorota Edyta Elżbieta Emilia Ewa
		Ewelina Grażyna Halina Hanna Helena Irena Iwona Izabela Jadwiga Janina Joanna Jolanta Julia Justyna Karolina
		Katarzyna Kamila Kinga Klaudia Krystyna Lena Magdalena Maja Małgorzata Maria Marianna Marta Marzena Monika Natalia Nikola
		Oliwia Patrycja Paulina Renata Sylwia Teresa Urszula Wanda Weronika Wiesława Zofia Zuzanna`),
	"cs": listNames(
		`Adam Aleš Antonín Bohumil Bohuslav Daniel David Dominik Eduard Filip František Ivan Jakub Jan Jaroslav
		Jindřich Jiří Josef Karel Kamil Ladislav Lukáš Luboš Marek Martin Matěj Michal Milan Miloslav Miloš Miroslav
		Ondřej Pavel Petr Radek Richard Roman Stanislav Štěpán Tomáš Václav Vladimír Vlastimil Vojtěch Zdeněk`,
		`Adéla Alena Andrea Anna Barbora Božena Dana Eliška Eva Hana Helena Irena Iveta Ivana Jana Jaroslava Jiřina
		Kateřina Klára Kristýna Lenka Lucie Ludmila Marcela Marie Markéta Martina Michaela Milena Monika Natálie
		Pavla Petra Renata Simona Tereza Veronika Vladimíra Věra Zdeňka Zuzana`),
}

func isLatinVowel(r rune) bool { return strings.ContainsRune("aąeęěiíoóuůúyýáéAEIOUY", r) }

// westNominative is nominativeName for Polish and Czech.
func westNominative(toks []string, lang string) []string {
	names, cases := westNames[lang], westCases[lang]
	if len(toks) != 2 {
		return toks
	}
	for _, t := range toks {
		if !startsUpper(t) || isCyrillicWord(t) {
			return toks
		}
	}
	g, fam := toks[0], toks[1]
	if female, known := names[g]; known && (!female || westFemaleNominative(fam, lang)) {
		// a given name as written (Jana): another name's case form only if
		// the family name cannot be a woman's nominative (Jana Nováka)
		return toks
	}
	// the hand-written list first: "Markiem" is Marek's, though the
	// embedded name lists know a Mark
	if out, ok := westReading(toks, lang, names, cases, false); ok {
		return out
	}
	out, _ := westReading(toks, lang, names, cases, true)
	return out
}

// westReading reads toks, a given and a family name, as an oblique case of
// a given name of names (or, with lists, of the embedded name lists) and
// returns them in the nominative; ok is false when no reading of the given
// name was found.
func westReading(toks []string, lang string, names map[string]bool, cases []westCase, lists bool) ([]string, bool) {
	g, fam := toks[0], toks[1]
	type reading struct {
		given  string
		female bool
		c      westCase
	}
	var first *reading
	for _, c := range cases {
		stem, ok := strings.CutSuffix(g, c.ending)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		var cands []string
		for _, add := range c.adds {
			cands = append(cands, stem+add)
		}
		if r, n := utf8.DecodeLastRuneInString(stem); n > 0 && !isLatinVowel(r) && slices.Contains(c.adds, "") {
			cands = append(cands, stem[:len(stem)-n]+"e"+string(r)) // Marka -> Marek, Pawła -> Paweł
		}
		for _, w := range cands {
			female, ok := names[w]
			if lists && !ok {
				female, ok = listedGiven(w, g)
			}
			if !ok || w == g {
				continue
			}
			fams := c.male
			if female {
				fams = c.female
			}
			if fams == nil {
				continue
			}
			rd := reading{w, female, c}
			if slices.ContainsFunc(fams, func(e string) bool { return strings.HasSuffix(fam, e) }) {
				if f, ok := westFamilyParts(fam, lang, c.kase, female); ok {
					if lists && !listedSurname(f) {
						// a foreign name in the nominative may read as a
						// case form (Rika Hiraki, Tana Umaga, Davidowi
						// Bowie: Rik Hiraka, Tan Umag, David Bowa)
						return toks, true
					}
					return []string{w, f}, true
				}
				return toks, true
			}
			if first == nil {
				first = &rd
			}
		}
	}
	if first != nil && westIndeclinable(fam, lang, first.female) && (!lists || first.c.ending == "ą" || first.c.ending == "ę") {
		// Ewy Kaczmarek, Marii Nováková; from the name lists only after an
		// ending no nominative has (Reginę Spektor, not Rena of Reni Jusis)
		return []string{first.given, fam}, true
	}
	return toks, first != nil
}

// listedGiven reports whether w, read from the given name g as written, is
// a given name of the embedded name lists, when g is none, and a woman's if
// it ends in -a (Donald of "Donaldem Tuskiem": the hand-written list knows
// only the commonest Polish and Czech names).
func listedGiven(w, g string) (female, ok bool) {
	if isGiven, _ := ner.NameKinds(g); isGiven {
		return false, false
	}
	if isGiven, _ := ner.NameKinds(w); !isGiven {
		return false, false
	}
	return strings.HasSuffix(w, "a"), true
}

// listedSurname reports whether every part of a family name is a surname
// in the embedded name lists.
func listedSurname(f string) bool {
	for _, p := range strings.Split(f, "-") {
		if _, sur := ner.NameKinds(p); !sur {
			return false
		}
	}
	return true
}

// westFamilyParts is westFamily for each part of a hyphenated family name
// (Kosiniakiem-Kamyszem -> Kosiniak-Kamysz); a part that does not decline
// stays as written, as long as one does.
func westFamilyParts(fam, lang, kase string, female bool) (string, bool) {
	parts := strings.Split(fam, "-")
	if len(parts) == 1 {
		return westFamily(fam, lang, kase, female)
	}
	any := false
	for i, p := range parts {
		if f, ok := westFamily(p, lang, kase, female); ok {
			parts[i], any = f, true
		}
	}
	return strings.Join(parts, "-"), any
}

// westFemaleNominative reports whether w may be a woman's family name in the
// nominative.
func westFemaleNominative(w, lang string) bool {
	for _, e := range []string{"ska", "cka", "dzka", "ová", "á"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	if lang == "pl" && strings.HasSuffix(w, "a") {
		return true // Aleksandra Sawa, Anna Duda; Czech women's names end in -á
	}
	return westIndeclinable(w, lang, true)
}

// westIndeclinable reports whether a family name keeps its form: a woman's
// that ends in a consonant (Nowak) or is adjectival in -á/-ová in the
// nominative, a man's that ends in -o, -e, -i, -u.
func westIndeclinable(w, lang string, female bool) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if female {
		return !isLatinVowel(r) || strings.HasSuffix(w, "á")
	}
	return strings.ContainsRune("oeiu", r) && !slices.ContainsFunc([]string{"owi", "ovi", "ie", "u"}, func(e string) bool { return strings.HasSuffix(w, e) })
}

// westFamily declines a Polish or Czech family name in case kase back to the
// nominative; ok is false where the ending does not tell the nominative.
func westFamily(w, lang, kase string, female bool) (string, bool) {
	type rule struct {
		endings []string
		stems   []string
		add     string
	}
	var rules []rule
	switch {
	case lang == "pl" && female:
		rules = []rule{{[]string{"iej", "ą"}, []string{"sk", "ck", "dzk"}, "a"}}
	case lang == "pl":
		rules = []rule{{[]string{"iego", "iemu", "im"}, []string{"sk", "ck", "dzk"}, "i"}}
		switch kase {
		case "gen", "acc":
			rules = append(rules, rule{[]string{"a"}, nil, ""}, rule{[]string{"y", "i"}, nil, "a"}, rule{[]string{"ę"}, nil, "a"})
		case "dat":
			rules = append(rules, rule{[]string{"owi"}, nil, ""}, rule{[]string{"rze"}, nil, "ra"}, rule{[]string{"dzie"}, nil, "da"},
				rule{[]string{"dze"}, nil, "ga"}, rule{[]string{"cie"}, nil, "ta"}, rule{[]string{"ce"}, nil, "ka"},
				rule{[]string{"le"}, nil, "ła"}, rule{[]string{"ie"}, nil, "a"})
		case "ins":
			rules = append(rules, rule{[]string{"iem"}, []string{"k", "g"}, ""}, rule{[]string{"em"}, nil, ""}, rule{[]string{"ą"}, nil, "a"})
		case "loc":
			rules = append(rules, rule{[]string{"u"}, nil, ""}, rule{[]string{"rze"}, nil, "r"}, rule{[]string{"le"}, nil, "ł"},
				rule{[]string{"cie"}, nil, "t"}, rule{[]string{"dzie"}, nil, "d"}, rule{[]string{"ie"}, nil, ""})
		}
	case female: // cs
		rules = []rule{{[]string{"ové", "ovou"}, nil, "ová"}, {[]string{"é", "ou"}, nil, "á"}}
	default: // cs
		rules = []rule{{[]string{"ého", "ému", "ým", "ém"}, nil, "ý"}, {[]string{"ího", "ímu", "ím"}, nil, "í"}}
		switch kase {
		case "gen", "acc":
			rules = append(rules, rule{[]string{"y"}, nil, "a"}, rule{[]string{"a", "e"}, nil, ""})
		case "dat", "loc":
			rules = append(rules, rule{[]string{"ovi", "u"}, nil, ""})
		case "ins":
			rules = append(rules, rule{[]string{"em"}, nil, ""}, rule{[]string{"ou"}, nil, "a"})
		}
	}
	for _, r := range rules {
		s, ok := replaceEnding(w, r.endings, r.stems, r.add)
		if !ok {
			continue
		}
		if r.add != "" {
			return s, true
		}
		// a consonant stem must be left (Nováka -> Novák), and in Polish
		// not an adjective's (Wronowska is a woman's name, not Wronowsk's
		// case; Czech Jiráska is Jirásek's); a stem of four letters is a
		// noun's (Tuskiem -> Tusk)
		c, n := utf8.DecodeLastRuneInString(s)
		if isLatinVowel(c) || lang == "pl" && utf8.RuneCountInString(s) > 4 && slices.ContainsFunc([]string{"sk", "ck", "dzk"}, func(e string) bool { return strings.HasSuffix(s, e) }) {
			return w, false
		}
		if strings.HasSuffix(s, "enk") {
			return s + "o", true // Porošenka -> Porošenko
		}
		// the vowel that only the nominative has: Jiráska -> Jirásek,
		// Moravce -> Moravec, Kaczmarka -> Kaczmarek; not when the name
		// lists know the stem as a surname and not the form with the
		// vowel (Tuska -> Tusk)
		if (c == 'k' || c == 'c') && len(s) > n {
			if p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n]); strings.ContainsRune("čšžřlrszvbptdm", p) {
				if withE := s[:len(s)-n] + "e" + string(c); !listedSurname(s) || listedSurname(withE) {
					return withE, true
				}
			}
		}
		return s, true
	}
	return w, false
}
