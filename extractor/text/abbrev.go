package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevAnyCase are abbreviations that keep their period whatever their
// case ("Dr.", "dr.", "DR."); they are keyed in lower case. Words that are
// also common words at the end of a sentence ("no", "est", "ill") are not
// here, or only in abbrevExact in the case that is unambiguous.
var abbrevAnyCase = setOf(
	// titles, shared by many languages
	"dr", "dra", "drs", "prof", "mr", "mrs", "ms", "messrs", "mme", "mmes", "mlle", "mlles",
	"sr", "sra", "srta", "sres", "dña", "sig", "sigg", "dott", "avv", "ing", "dipl", "mag",
	"hr", "hrn", "dhr", "mevr", "jr", "st", "ste", "sto", "sta", "mgr", "inż", "ks", "św",
	"doç", "yrd", "sn", "av", "ir", "mt",
	// companies
	"inc", "corp", "ltd", "ltda", "co", "cía", "cia", "cie", "bros", "şti",
	// German
	"nr", "mio", "mrd", "tsd", "bzw", "ca", "usw", "vgl", "ggf", "evtl", "inkl", "zzgl", "bspw",
	"sog", "str", "jh", "jhd", "geb", "gest", "verh", "ehem", "stellv", "allg", "gegr", "mind",
	// English
	"etc", "vs", "approx", "dept", "univ", "assn", "govt",
	// French, Spanish, Italian, Portuguese
	"cf", "env", "avda", "pág", "pag", "núm", "aprox", "excmo", "ilmo", "ecc", "ud", "uds", "vd",
	// Dutch, Swedish
	"bijv", "blz", "dvs", "osv", "resp", "jfr", "mfl", "ev",
	// Polish
	"ul", "tj", "np", "tzw", "godz", "tys", "mln", "mld", "woj", "pow", "dyr", "płk", "ppłk",
	// Turkish
	"vb", "bkz", "örn",
	// Greek
	"εκατ", "δισ", "χιλ", "οδ", "αρ", "καθ", "δρ",
	// Russian, Ukrainian
	"гг", "тыс", "млн", "млрд", "руб", "коп", "им", "ул", "др", "проф", "акад", "стр", "ст",
	"гл", "пос", "обл", "доц", "чел", "ок", "тис", "грн",
)

// abbrevExact keep their period only in the case written here (the lower
// case form is a common word, or the title case one is a name).
var abbrevExact = setOf(
	"Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres",
	"Supt", "Det", "Insp", "Ft", "Fr", "Bd", "Abs", "Art", "Tel", "MM", "On", "Gen",
	"Jan", "Feb", "Febr", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Okt", "Nov", "Dec", "Dez",
)

// usStates are the abbreviations of US states that news datelines use
// ("SAN JOSE, Calif."); they keep their period and may end a sentence.
var usStates = setOf(
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
	"La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
	"Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
)

// abbrevNum keep their period only before a number ("No. 5", "Art. 3").
var abbrevNum = setOf("ok", "no", "nos", "nº", "art", "abs", "p", "pp", "vol", "fig", "tel", "bd", "s", "ziff", "kap")

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func isAbbrev(w string) bool {
	if _, ok := abbrevExact[w]; ok {
		return true
	}
	if _, ok := usStates[w]; ok {
		return true
	}
	if len(w) > 24 {
		return false
	}
	var buf [32]byte
	n, ok := lowerInto(&buf, w)
	if !ok {
		return false
	}
	if _, ok := abbrevAnyCase[string(buf[:n])]; ok {
		return true
	}
	// German street names: "Hauptstr.", "Bahnhofstr."
	return n > 4 && strings.HasSuffix(w, "str") && unicode.IsUpper(firstRune(w))
}

func numAbbrev(w string) bool {
	if len(w) > 8 {
		return false
	}
	var buf [32]byte
	n, ok := lowerInto(&buf, w)
	if !ok {
		return false
	}
	_, ok = abbrevNum[string(buf[:n])]
	return ok
}

// lowerInto lower-cases w into buf and returns its length; a map lookup
// with string(buf[:n]) does not allocate.
func lowerInto(buf *[32]byte, w string) (int, bool) {
	n := 0
	for _, c := range w {
		c = unicode.ToLower(c)
		if n+utf8.RuneLen(c) > len(buf) || c == utf8.RuneError {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], c)
	}
	return n, true
}

func firstRune(w string) rune {
	c, _ := utf8.DecodeRuneInString(w)
	return c
}

// ordinalNouns are capitalized words that mostly follow an ordinal number
// with a period in German: months and a few counted things ("am 3. Oktober",
// "die 2. Liga"). Tokenize keeps the period of "3." before them.
var ordinalNouns = setOf(
	"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
	"September", "Oktober", "November", "Dezember",
	"Liga", "Bundesliga", "Platz", "Runde", "Spieltag", "Weltkrieg", "Jahrhundert", "Jahrtausend",
	"Mal", "Klasse", "Etappe", "Halbzeit", "Minute", "Sitzung", "Quartal", "Halbjahr", "Stock",
	"Auflage", "Kapitel", "Lesung", "Instanz", "Grades", "Ranges", "Advent", "Sonntag", "Todestag",
	"Geburtstag", "Jahrestag", "Jubiläum", "Parteitag", "Bundestag", "Legislaturperiode",
)

// afterOrdinal reports whether the word at the start of s is in ordinalNouns.
func afterOrdinal(s string) bool {
	n := 0
	for n < len(s) && n < 24 {
		c, w := utf8.DecodeRuneInString(s[n:])
		if !isLetter(c) {
			break
		}
		n += w
	}
	_, ok := ordinalNouns[s[:n]]
	return ok
}

// abbrevFinal are abbreviations that often end a sentence as well ("... of
// Acme Inc. The company ..."): Sentences ends the sentence after them when
// the next word is a sentence starter.
var abbrevFinal = setOf("inc", "corp", "ltd", "ltda", "co", "cía", "cie", "bros", "etc", "usw", "ecc", "şti", "jr")

// sentenceStarters are capitalized function words that begin sentences and
// never continue a name: pronouns, articles, conjunctions, in the languages
// the tagger knows.
var sentenceStarters = setOf(
	// en
	"The", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And",
	"In", "On", "At", "For", "A", "An", "Its", "Their", "His", "Her", "There", "If", "When", "While",
	// de
	"Der", "Die", "Das", "Er", "Es", "Wir", "Ihr", "Sie", "Ein", "Eine", "Aber", "Und", "Im", "Am",
	// fr, es, it, pt, nl
	"Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Nous", "Mais", "El", "Los", "Las", "Ella", "Pero",
	"Lo", "Gli", "Ma", "O", "Os", "As", "Ele", "Mas", "Het", "De", "Hij", "Zij", "Maar",
)

// endsSentence reports whether the token t, a word that kept its period,
// still ends a sentence before the tokens next and after: when next is a
// sentence starter that does not begin a name ("Acme Corp. The company" but
// not "M. Le Pen", "Corp. The Hague").
func endsSentence(t, next, after string) bool {
	if len(t) < 2 || t[len(t)-1] != '.' {
		return false
	}
	if _, ok := sentenceStarters[next]; !ok {
		return false
	}
	if c := firstRune(after); unicode.IsUpper(c) {
		return false
	}
	w := t[:len(t)-1]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // "Plan B. The", but not "J. R. R." or "M. Le Pen"
	}
	if dottedLetters(w) && len(w) > 2 {
		return true // "U.S.", "S.A.", "N.V."
	}
	var buf [32]byte
	n, ok := lowerInto(&buf, w)
	if !ok {
		return false
	}
	if _, ok := abbrevFinal[string(buf[:n])]; ok {
		return true
	}
	_, ok = usStates[w]
	return ok
}
