package resolve

import (
	"strings"
	"testing"
	"unicode/utf8"

	"entities/extractor/schema"
)

// FuzzPerson feeds arbitrary names: Person must not panic, must be
// deterministic and must always return a non-empty person key.
func FuzzPerson(f *testing.F) {
	for _, s := range []string{"Herr Dr. Kvasov's", "Kvasov, Denis", "KVASOV Denis", "Михаил Сергеевич Горбачёв",
		"Αλέξης Τσίπρας", "Bashar al-", "al-", "Mr.", "J.-P. Sartre", ",", "'s", "Donald Trump Jr.", "\xff\xfe", "習近平"} {
		f.Add(s, "de")
	}
	f.Fuzz(func(t *testing.T, name, lang string) {
		n := Person(name, lang)
		if !strings.HasPrefix(n.Key, "person:") || len(n.Key) == len("person:") {
			t.Fatalf("Person(%q).Key = %q", name, n.Key)
		}
		if n2 := Person(name, lang); n2 != n {
			t.Fatalf("Person(%q) not deterministic: %+v then %+v", name, n, n2)
		}
		if utf8.ValidString(name) && !utf8.ValidString(n.Canonical) {
			t.Fatalf("Person(%q).Canonical is not valid UTF-8: %q", name, n.Canonical)
		}
	})
}

// FuzzOrganization is FuzzPerson for organization names.
func FuzzOrganization(f *testing.F) {
	for _, s := range []string{"EMI Group PLC", "ООО «Ромашка»", "Aldi GmbH & Co. KG", "& Co.", "AG", "«»", "S.A.", "\"", "The",
		"Deutschen Roten Kreuzes", "DEUTSCHEN -es", "SD:s", ":s", "A:", "Internationalen Olympischen Komitees"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, lang := range []string{"en", "de", "ru", "sv"} {
			n := Organization(name, lang)
			if !strings.HasPrefix(n.Key, "organization:") || len(n.Key) == len("organization:") {
				t.Fatalf("Organization(%q, %s).Key = %q", name, lang, n.Key)
			}
			if n2 := Organization(name, lang); n2 != n {
				t.Fatalf("Organization(%q, %s) not deterministic", name, lang)
			}
			for _, typ := range []schema.Type{schema.Organization, schema.Person} {
				FormOfKeys(typ, name, lang, func(string) bool { return true })
			}
		}
	})
}

// FuzzLinkText feeds a text and mentions cut from it at fuzzed positions,
// including offsets past its end: LinkText must not panic and must key every
// name mention.
func FuzzLinkText(f *testing.F) {
	f.Add("The International Federation of the Phonographic Industry (IFPI) and Denis Kvasov; Kvasov.", 4, 60, 70, 200)
	f.Add("(((", 0, 1, 2, 3)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		n := utf8.RuneCountInString(text)
		rs := []rune(text)
		cut := func(s, e int) schema.Mention {
			if s < 0 {
				s = -s
			}
			if e < 0 {
				e = -e
			}
			s, e = s%(n+2), e%(n+2)
			if s > e {
				s, e = e, s
			}
			txt := ""
			if e <= n {
				txt = string(rs[s:e])
			}
			return schema.Mention{Start: s, End: e, Text: txt}
		}
		m1, m2 := cut(a, b), cut(c, d)
		m1.Type, m2.Type = schema.Organization, schema.Person
		ms := []schema.Mention{m1, m2, {Type: schema.Organization, Start: m2.End, End: m2.End + 4, Text: "IFPI"}}
		for _, lang := range []string{"en", "de", "ru", "sv"} {
			LinkText(text, ms, lang)
		}
		for _, m := range ms {
			if m.Key == "" {
				t.Fatalf("mention %+v left without key", m)
			}
		}
	})
}
