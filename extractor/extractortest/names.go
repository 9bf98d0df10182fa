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
var nameParticles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "das": true, "dos": true, "do": true,
	"du": true, "des": true, "d'": true, "van": true, "von": true, "der": true, "den": true, "ter": true,
	"ten": true, "zu": true, "af": true, "av": true, "al": true, "el": true, "bin": true, "ibn": true,
}

// LowercaseEdge returns the word that begins or ends a PERSON or
// ORGANIZATION mention although it starts with a lowercase letter (a common
// word swept into the name: "général", "the", "prezydent"), or "" when the
// mention's edges are fine. A name particle may begin a name but not end
// one. A word with an uppercase letter after its first (eBay, mBank,
// iShares) is a brand written that way, not a common word.
func LowercaseEdge(m schema.Mention) string {
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
	if last := toks[len(toks)-1].Text; commonLower(last) {
		return last
	}
	return ""
}

// commonLower reports whether w starts with a lowercase letter and has no
// uppercase letter after it.
func commonLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.ContainsFunc(w, unicode.IsUpper)
}
