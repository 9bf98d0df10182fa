package extractortest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/schema"
	"entities/extractor/text"
)

// nameParticles may begin a name (a surname used alone: "de Meo", "van den
// Berg", "von Hartenstein", "da Silva"), in the languages the samples cover.
// None may end one.
var nameParticles = setOf("de", "del", "della", "di", "da", "das", "dos", "do", "du", "des", "d'",
	"van", "von", "der", "den", "ter", "ten", "zu", "af", "av", "al", "el", "bin", "ibn")

// sentenceCase are the languages whose organization names are often
// capitalized on the first word only ("Федеральная антимонопольная
// служба", "Force ouvrière", "Statens vegvesen", "Kilpailu- ja
// kuluttajavirasto"), with the function words that still never end one.
var sentenceCase = map[string]map[string]bool{
	"ru": setOf("и", "в", "на", "по", "с", "для", "о", "от", "к", "при"),
	"uk": setOf("і", "й", "та", "в", "у", "на", "по", "з", "для", "при"),
	"be": setOf("і", "й", "ды", "ў", "у", "на", "па", "з", "для"),
	"bg": setOf("и", "в", "на", "по", "с", "за", "от"),
	"cs": setOf("a", "v", "ve", "na", "pro", "s", "se", "z", "o"),
	"sk": setOf("a", "v", "vo", "na", "pre", "s", "so", "z", "o"),
	"fr": setOf("de", "du", "des", "d'", "la", "le", "les", "l'", "et", "à", "au", "aux", "en", "pour", "par", "sur"),
	"it": setOf("di", "del", "della", "dei", "degli", "d'", "e", "per", "con", "da", "il", "la", "lo", "l'", "a", "in"),
	"sv": setOf("och", "i", "av", "för", "på", "till", "med"),
	"da": setOf("og", "i", "af", "for", "på", "til", "med"),
	"no": setOf("og", "i", "av", "for", "på", "til", "med"),
	"fi": setOf("ja"),
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// LowercaseEdge returns the word that begins or ends a PERSON or
// ORGANIZATION mention in language lang although it starts with a lowercase
// letter (a common word swept into the name: "général", "the",
// "prezydent"), or "" when the mention's edges are fine. A name particle may
// begin a name but not end one. A word with an uppercase letter after its
// first (eBay, mBank, iShares) is a brand written that way, not a common
// word. In a sentenceCase language an organization whose only capitalized
// word is its first may end in a lowercase word other than a function word.
func LowercaseEdge(m schema.Mention, lang string) string {
	if m.Type != schema.Person && m.Type != schema.Organization {
		return ""
	}
	toks := text.Tokenize(m.Text)
	if len(toks) == 0 {
		return ""
	}
	if first := toks[0].Text; commonLower(first) && !nameParticles[strings.ToLower(first)] {
		return first
	}
	last := toks[len(toks)-1].Text
	if !commonLower(last) {
		return ""
	}
	if fn, ok := sentenceCase[lang]; ok && m.Type == schema.Organization && !fn[last] && firstOnlyCapital(toks) {
		return ""
	}
	return last
}

// commonLower reports whether w starts with a lowercase letter and has no
// uppercase letter after it.
func commonLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.ContainsFunc(w, unicode.IsUpper)
}

// firstOnlyCapital reports whether the first token is the only one with an
// uppercase letter.
func firstOnlyCapital(toks []text.Token) bool {
	for _, t := range toks[1:] {
		if strings.ContainsFunc(t.Text, unicode.IsUpper) {
			return false
		}
	}
	return strings.ContainsFunc(toks[0].Text, unicode.IsUpper)
}
