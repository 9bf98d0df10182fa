package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/schema"
)

// maxFormCandidates bounds the names FormOfKeys builds for one name.
const maxFormCandidates = 256

// FormOfKeys returns the keys of the names that name, a canonical name of
// type typ read in language lang, may be a case form of: the names with each
// word either kept or replaced by one of its nominative readings, the
// readings Link uses within a document (Газпрома -> Газпром, Olafa Scholza ->
// Olaf Scholz, Bundestages -> Bundestag, Volvos -> Volvo), of which only
// words that known reports (lowercase) are tried, so that the candidates stay
// few. Its own key is not among them; in a language without case forms
// there are none. It lets a consumer that sees many documents (export) join
// a name that one document has only in an oblique case with the nominative
// that another document has: a choice no single document can make.
func FormOfKeys(typ schema.Type, name, lang string, known func(string) bool) []string {
	readings := formReadings(typ, lang)
	if readings == nil {
		return nil
	}
	words := strings.Fields(strings.ToLower(name))
	head := ""
	if f := strings.Fields(name); len(f) > 0 {
		head = f[0]
	}
	if len(words) == 0 || len(words) > 6 || typ == schema.Person && mayBeWomansName(words, lang) {
		return nil
	}
	options := make([][]string, len(words))
	changed := false
	for i, w := range words {
		options[i] = []string{w}
		if i == 0 && declining[lang] && !fixedHead(head) {
			// the first word changes in every case form of a name in a
			// Slavic language (Банка России, Олафа Шольца); one that keeps
			// it is another name (Банк России is no form of Банк «Россия»,
			// Евгений Шенгелия none of Евгений Шенгелий)
			options[i] = nil
		}
		for _, r := range readings(w) {
			if r != w && !known(r) && isCyrillicWord(r) && known(r+"ъ") {
				r += "ъ" // the old spelling: Коммерсанта, «Коммерсантъ»
			}
			if r != w && known(r) && !contains(options[i], r) {
				options[i] = append(options[i], r)
				changed = true
			}
		}
		if len(options[i]) == 0 {
			return nil
		}
	}
	if !changed {
		return nil
	}
	own := formKey(typ, words, lang)
	var keys []string
	cand := make([]string, len(words))
	var walk func(i int) bool
	walk = func(i int) bool {
		if i == len(words) {
			if k := formKey(typ, cand, lang); k != own && !contains(keys, k) {
				keys = append(keys, k)
			}
			return len(keys) < maxFormCandidates
		}
		for _, o := range options[i] {
			cand[i] = o
			if !walk(i + 1) {
				return false
			}
		}
		return true
	}
	walk(0)
	return keys
}

// fixedHead reports whether the first word of a name may keep its form in
// another case: an initial (А. С. Пушкина), an abbreviation in capitals (ТВ
// Центра), a Cyrillic word that ends in a vowel other than -а/-я, as
// foreign given names do (Берни Сандерса, Гайко Маасом), or a Czech soft
// adjective in -í (Dolní sněmovny).
func fixedHead(w string) bool {
	if strings.HasSuffix(w, ".") || utf8.RuneCountInString(w) <= 2 || w == strings.ToUpper(w) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("иыоеуюэёіїєí", unicode.ToLower(r))
}

// mayBeWomansName reports whether a person's name (lowercase words) may be
// a woman's in the nominative: a given name in -а/-я (-a) with a family name
// that a woman may bear in the nominative (Валентина Соколова, Олександра
// Коваленко, Anna Nowak). Read as a case form it would become a man's
// (Валентин Соколов), so it is left as it is; "Олафа Шольца", whose family
// name no woman bears so, is read.
func mayBeWomansName(words []string, lang string) bool {
	if len(words) < 2 {
		return false
	}
	given, fam := words[0], words[len(words)-1]
	r, _ := utf8.DecodeLastRuneInString(given)
	if isCyrillicWord(fam) {
		return (r == 'а' || r == 'я') && femaleNominative(fam)
	}
	// Czech and Slovak family names in -í are a woman's and a man's alike
	// (Jana Krejčí)
	return r == 'a' && (westFemaleNominative(fam, lang) || strings.HasSuffix(fam, "í"))
}

// formReadings are the nominative readings of a word of a name of type typ
// in language lang, nil where names have no case forms. Link reads
// organizations' case forms within a document with them too.
func formReadings(typ schema.Type, lang string) func(string) []string {
	switch {
	case typ == schema.Organization && declining[lang]:
		return orgNominatives
	case typ == schema.Organization && lang == "de":
		return germanOrgReadings
	case typ == schema.Organization && nordicGenitive[lang]:
		return genitiveReadings
	case typ == schema.Person && declining[lang]:
		return nominatives
	}
	return nil
}

// formKey is the key of a name given as lowercase words.
func formKey(typ schema.Type, words []string, lang string) string {
	if typ == schema.Organization {
		return "organization:" + orgKey(words)
	}
	capital := make([]string, len(words))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		capital[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return Person(strings.Join(capital, " "), lang).Key
}

// NominativeScore says how much a name looks like a nominative, by the
// endings of its words (see nominativeScore): of two forms that read as each
// other (Izba, Izby), the higher is the nominative.
func NominativeScore(name string) int { return nominativeScore(strings.ToLower(name)) }

// GenitiveOnly reports whether in every language of langs organizations'
// names change with case only by a genitive ending (German, Swedish,
// Danish, Norwegian: Bundestages, Volvos), which a name of its own may also
// end with (Hamas, Reuters), unlike the case endings of Slavic languages.
func GenitiveOnly(langs ...string) bool {
	for _, l := range langs {
		if l != "de" && !nordicGenitive[l] {
			return false
		}
	}
	return true
}
