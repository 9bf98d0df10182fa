package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalForms lists the legal forms split off organization names, by the form
// reported in LegalForm, with the spellings (compacted: folded, no dots,
// commas or spaces) that name it. A form is recognised as the last words of a
// name (or the first, for prefixForms).
var legalForms = []struct {
	display  string
	spelling []string
}{
	{"Inc.", []string{"inc", "incorporated"}},
	{"Corp.", []string{"corp", "corporation"}},
	{"Co.", []string{"co"}},
	{"Ltd", []string{"ltd", "limited"}},
	{"PLC", []string{"plc"}},
	{"LLC", []string{"llc"}},
	{"LLP", []string{"llp"}},
	{"LP", []string{"lp"}},
	{"Co., Ltd.", []string{"coltd", "colimited"}},
	{"Pty Ltd", []string{"ptyltd", "pty"}},
	{"Pte Ltd", []string{"pteltd"}},
	{"GmbH", []string{"gmbh"}},
	{"GmbH & Co. KG", []string{"gmbh&cokg", "gmbhundcokg", "gmbh+cokg"}},
	{"AG & Co. KG", []string{"ag&cokg", "agundcokg"}},
	{"AG & Co. KGaA", []string{"ag&cokgaa", "agundcokgaa"}},
	{"GmbH & Co. KGaA", []string{"gmbh&cokgaa", "gmbhundcokgaa"}},
	{"SA/NV", []string{"sa/nv", "nv/sa"}},
	{"S.A.B. de C.V.", []string{"sabdecv"}},
	{"S.A.B.", []string{"sab"}},
	{"AG", []string{"ag"}},
	{"KG", []string{"kg"}},
	{"KGaA", []string{"kgaa"}},
	{"OHG", []string{"ohg"}},
	{"SE", []string{"se"}},
	{"e.V.", []string{"ev"}},
	{"eG", []string{"eg"}},
	{"UG", []string{"ug"}},
	{"SA", []string{"sa"}},
	{"SAS", []string{"sas"}},
	{"SASU", []string{"sasu"}},
	{"SARL", []string{"sarl"}},
	{"SCA", []string{"sca"}},
	{"S.p.A.", []string{"spa"}},
	{"S.r.l.", []string{"srl"}},
	{"S.L.", []string{"sl"}},
	{"S.A.U.", []string{"sau"}},
	{"S.A. de C.V.", []string{"sadecv"}},
	{"Ltda.", []string{"ltda"}},
	{"N.V.", []string{"nv"}},
	{"B.V.", []string{"bv"}},
	{"AB", []string{"ab", "abpubl"}},
	{"ASA", []string{"asa"}},
	{"AS", []string{"as", "a/s"}},
	{"ApS", []string{"aps"}},
	{"Oy", []string{"oy"}},
	{"Oyj", []string{"oyj"}},
	{"Sp. z o.o.", []string{"spzoo"}},
	{"s.r.o.", []string{"sro"}},
	{"Ltd. Şti.", []string{"ltdsti"}},
	{"JSC", []string{"jsc"}},
	{"PJSC", []string{"pjsc"}},
	{"OJSC", []string{"ojsc"}},
	{"CJSC", []string{"cjsc"}},
	{"K.K.", []string{"kk"}},
	{"Bhd", []string{"bhd"}},
	{"Sdn Bhd", []string{"sdnbhd"}},
	{"Tbk", []string{"tbk"}},
	{"Α.Ε.", []string{"αε"}},
	{"Ε.Π.Ε.", []string{"επε"}},
	{"ООО", []string{"ооо"}},
	{"ОАО", []string{"оао"}},
	{"ЗАО", []string{"зао"}},
	{"ПАО", []string{"пао"}},
	{"АО", []string{"ао"}},
	{"ТОВ", []string{"тов"}},
}

// prefixForms are the legal forms written before the name (ООО «Ромашка»,
// PT Astra).
var prefixForms = map[string]string{
	"ооо": "ООО", "оао": "ОАО", "зао": "ЗАО", "пао": "ПАО", "ао": "АО", "тов": "ТОВ",
	"тоо": "ТОО", "чао": "ЧАО", "пат": "ПАТ", "ooo": "OOO", "oao": "OAO", "zao": "ZAO",
	"pao": "PAO", "pjsc": "PJSC", "ojsc": "OJSC", "jsc": "JSC", "pt": "PT",
}

// langPrefixForms are legal forms written before the name in some
// languages only: Swedish "AB Volvo" is Volvo AB, Danish "A/S Storebælt".
// Elsewhere they begin names of other kinds: "AB InBev" (Anheuser-Busch),
// "AS Roma" (a football club).
var langPrefixForms = map[string]struct {
	display string
	langs   []string
}{
	"ab": {"AB", []string{"sv", "fi"}}, "a/s": {"A/S", []string{"da", "no", "nb", "nn"}},
}

var suffixForms = func() map[string]string {
	m := make(map[string]string)
	for _, f := range legalForms {
		for _, s := range f.spelling {
			m[s] = f.display
		}
	}
	return m
}()

// Organization resolves an organization name: a legal form at the end (or, for
// Russian, Ukrainian and Indonesian forms, at the start) goes to LegalForm and
// out of the canonical name and key; enclosing quotes and an English possessive
// are removed; German adjectives that begin a name are put in the form they
// have after "der", "die" or "das" (germanNominative: "Deutschen Bank" is
// "Deutsche Bank"). The key is the transliterated, folded words of the name
// joined by "-", without a leading "the" ("organization:emi-group").
func Organization(name, lang string) Name {
	toks := orgTokens(name)
	if n := len(toks); n > 0 {
		toks[n-1] = hyphenCase(toks[n-1], lang)
	}
	toks, form := splitLegalForm(toks, lang)
	if form != "" {
		// "Morgan Stanley & Co. LLC": a second form before the first.
		if rest, inner := splitLegalForm(toks, lang); inner != "" {
			toks, form = rest, inner+" "+form
		}
	}
	canon := unquote(strings.Join(toks, " "))
	if ws := strings.Fields(canon); len(ws) > 1 {
		canon = strings.Join(germanNominative(ws, lang == "de"), " ")
	}
	k := orgKey(strings.Fields(canon))
	if k == "" {
		k = fallbackKey(name)
	}
	return Name{Canonical: canon, Key: "organization:" + k, LegalForm: form}
}

// hyphenEndings are the case endings Polish, Czech, Slovak, Slovene and
// Croatian add to an abbreviation after a hyphen ("PiS-u", "NATO-wi",
// "ČEZ-u", "KGHM-em").
var hyphenEndings = set("u owi wi em iem ie a y i ą ę om ach ami e ovi ou ě ju om")

var hyphenCaseLangs = map[string]bool{"pl": true, "cs": true, "sk": true, "sl": true, "hr": true, "sr": true, "bs": true}

// hyphenCase returns w without a case ending after a hyphen behind an
// abbreviation (see hyphenEndings) in a language that writes them: "PiS-u"
// is PiS. The abbreviation has two capitals or more and at most one
// lowercase letter ("PiS").
func hyphenCase(w, lang string) string {
	i := strings.LastIndexByte(w, '-')
	if !hyphenCaseLangs[lang] || i <= 0 || !hyphenEndings[w[i+1:]] {
		return w
	}
	upper, lower := 0, 0
	for _, r := range w[:i] {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if upper < 2 || lower > 1 {
		return w
	}
	return w[:i]
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// orgTokens splits an organization name into words, dropping a possessive.
func orgTokens(name string) []string {
	toks := nameFields(name)
	if n := len(toks); n > 0 {
		toks[n-1] = stripPossessive(toks[n-1], "")
	}
	return dropEmpty(toks)
}

// splitLegalForm removes the longest legal form at the end of toks (up to four
// words), or a prefix form at the start, and returns it in its display form.
// A name is never reduced to nothing. Two-letter forms must be written with a
// capital (SA, AG), so ordinary words are not taken for them.
func splitLegalForm(toks []string, lang string) ([]string, string) {
	for k := min(4, len(toks)-1); k >= 1; k-- {
		tail := toks[len(toks)-k:]
		c := compact(strings.Join(tail, ""))
		form, ok := suffixForms[c]
		if !ok {
			continue
		}
		if utf8.RuneCountInString(c) <= 2 && !startsUpper(tail[0]) && !strings.Contains(tail[0], ".") {
			continue
		}
		rest := append([]string{}, toks[:len(toks)-k]...)
		rest[len(rest)-1] = strings.TrimRight(rest[len(rest)-1], ",")
		if n := len(rest); n > 1 && (rest[n-1] == "&" || rest[n-1] == "+" || rest[n-1] == "und" || rest[n-1] == "and") {
			rest = rest[:n-1] // JPMorgan Chase & Co.
		}
		if rest = dropEmpty(rest); len(rest) > 0 {
			return rest, form
		}
	}
	if len(toks) > 1 {
		if form, ok := prefixForms[compact(toks[0])]; ok && startsUpper(toks[0]) {
			return toks[1:], form
		}
		if f, ok := langPrefixForms[compact(toks[0])]; ok && startsUpper(toks[0]) && slices.Contains(f.langs, lang) {
			return toks[1:], f.display
		}
	}
	return toks, ""
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// unquote removes quotes that enclose the whole name («Ромашка», "Bild").
func unquote(s string) string {
	pairs := []string{`""`, "«»", "„“", "“”", "‹›", "''", "‚‘", "„”", "»«"}
	for _, p := range pairs {
		open, sz := utf8.DecodeRuneInString(p)
		closing := []rune(p[sz:])[0]
		rs := []rune(s)
		if len(rs) > 2 && rs[0] == open && rs[len(rs)-1] == closing {
			return strings.TrimSpace(string(rs[1 : len(rs)-1]))
		}
	}
	return strings.Trim(s, "\"«»„“”")
}

// orgWords returns the folded, transliterated words of an organization name
// used in its key: hyphenated words split, "&" read as "and", a leading "the"
// dropped.
func orgWords(toks []string) []string {
	var ws []string
	for _, t := range toks {
		for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '‐' || r == '/' || r == '–' }) {
			if part == "&" || part == "+" {
				ws = append(ws, "and")
				continue
			}
			if w := latin(part); w != "" {
				ws = append(ws, w)
			}
		}
	}
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

func orgKey(toks []string) string { return strings.Join(orgWords(toks), "-") }

// stopwords are skipped when the initials of a name are compared with an
// acronym (International Federation of the Phonographic Industry = IFPI).
var stopwords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true,
	"to": true, "a": true, "an": true, "&": true, "de": true, "des": true, "du": true,
	"la": true, "le": true, "les": true, "et": true, "der": true, "die": true, "das": true,
	"dem": true, "den": true, "fur": true, "und": true, "von": true, "vom": true, "zu": true,
	"zur": true, "del": true, "della": true, "delle": true, "degli": true, "di": true,
	"e": true, "y": true, "el": true, "los": true, "las": true, "para": true, "do": true,
	"da": true, "dos": true, "van": true, "het": true, "en": true, "voor": true, "och": true,
	"og": true, "af": true, "i": true, "w": true, "z": true, "na": true, "и": true, "в": true,
	"по": true, "для": true, "на": true, "της": true, "του": true, "των": true, "και": true,
}

// acronym returns the letters of s if s is written as an acronym (IFPI,
// I.F.P.I., AT&T, G7): two to ten letters or digits, at least one letter, all
// letters capitals;
// otherwise "".
func acronym(s string) string {
	var b strings.Builder
	letters := 0
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return ""
			}
			letters++
			b.WriteRune(r)
		case unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '.' || r == '&':
		default:
			return ""
		}
	}
	if n := utf8.RuneCountInString(b.String()); letters == 0 || n < 2 || n > 10 {
		return ""
	}
	return fold(b.String())
}

// initials returns the initials a name can be abbreviated to: with and
// without stop words, with hyphenated words as one word or as several. The
// initials are folded (lower case, no diacritics).
func initials(toks []string) []string {
	var out []string
	for _, splitHyphen := range []bool{false, true} {
		var words []string
		for _, t := range toks {
			if splitHyphen {
				words = append(words, strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '‐' })...)
			} else {
				words = append(words, t)
			}
		}
		folded := make([]string, len(words))
		for i, w := range words {
			folded[i] = fold(strings.Trim(w, ".,;:()\"«»„“”'’"))
		}
		for _, skip := range []bool{true, false} {
			var b strings.Builder
			for _, f := range folded {
				if f == "" || skip && stopwords[f] {
					continue
				}
				r, _ := utf8.DecodeRuneInString(f)
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					b.WriteRune(r)
				}
			}
			if b.Len() > 0 {
				out = append(out, b.String())
			}
		}
	}
	return out
}
