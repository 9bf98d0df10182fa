package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/ner"
)

// Name is the resolved form of one name.
type Name struct {
	Canonical string // display form: titles, possessive and legal form removed, original script
	Key       string // stable entity key, "person:..." or "organization:..."
	LegalForm string // organizations only: the legal form split off ("PLC", "GmbH")
}

// titles are honorifics, academic and office titles that precede a name,
// folded (lower case, no diacritics, no dots). The value lists the languages
// in which the word is a title; "" means every language. Words that are also
// common given names or surnames elsewhere (Pan, Don, Bay, M.) are limited to
// their languages.
var titles = map[string]string{
	// English
	"mr": "", "mrs": "", "ms": "", "miss": "", "mx": "", "dr": "", "prof": "", "professor": "",
	"sir": "", "dame": "", "lord": "", "lady": "", "rev": "", "reverend": "", "father": "",
	"president": "", "vice": "", "senator": "", "sen": "", "rep": "", "gov": "", "governor": "",
	"mayor": "", "judge": "", "gen": "", "general": "", "col": "", "colonel": "", "capt": "",
	"captain": "", "lt": "", "sgt": "", "maj": "", "admiral": "", "adm": "", "chancellor": "",
	"minister": "", "prime": "", "premier": "", "secretary": "", "king": "", "queen": "",
	"prince": "", "princess": "", "pope": "", "ceo": "", "chairman": "", "chairwoman": "",
	// German
	"herr": "", "herrn": "", "frau": "", "fraulein": "", "hr": "de,da,sv,no,nb,nn", "dr-ing": "",
	"prasident": "", "prasidentin": "", "bundeskanzler": "", "bundeskanzlerin": "",
	"kanzler": "", "kanzlerin": "", "ministerin": "", "ministerprasident": "",
	"ministerprasidentin": "", "burgermeister": "", "burgermeisterin": "",
	// French
	"m": "fr", "mme": "", "mmes": "", "mlle": "", "mm": "fr", "monsieur": "", "madame": "",
	"mademoiselle": "", "me": "fr", "maitre": "", "presidente": "", "ministre": "",
	"docteur": "", "pr": "fr",
	// Spanish, Portuguese, Italian
	"sr": "es,pt,ca,gl", "sra": "", "srta": "", "senor": "", "senora": "", "senorita": "",
	"don": "es,it,pt,ca", "dona": "es,pt,ca", "dom": "pt", "sig": "", "sigra": "", "signor": "",
	"signore": "", "signora": "", "signorina": "", "dott": "", "dottssa": "", "dottor": "",
	"dottore": "", "ing": "it,es", "avv": "", "ministro": "", "ministra": "", "doctor": "",
	"doctora": "", "dra": "", "lic": "es",
	// Dutch, Scandinavian
	"dhr": "", "mevr": "", "mevrouw": "", "heer": "", "drs": "nl", "ir": "nl", "fru": "sv,da,no,nb,nn",
	"senhor": "", "senhora": "", "ks": "pl", "prezes": "pl", "bundesprasident": "",
	"bundesprasidentin": "", "staatssekretar": "", "staatssekretarin": "",
	// Polish, Czech, Slovak
	"pan": "pl,cs,sk", "pani": "pl,cs,sk", "panna": "pl", "prezydent": "", "premiera": "pl",
	// Turkish
	"bay": "tr", "bayan": "tr", "sayin": "tr", "cumhurbaskani": "", "basbakan": "tr", "bakan": "tr",
	"bakani": "tr", "baskan": "tr", "baskani": "tr", "genel": "tr", "mudur": "tr", "muduru": "tr", "basbakani": "tr",
	"kaymakam": "tr", "kaymakami": "tr", "sozcu": "tr", "sozcusu": "tr",
	"sekreter": "tr", "sekreteri": "tr", "vali": "tr", "valisi": "tr", "yardimcisi": "tr",
	// Romanian
	"premierul": "ro", "presedintele": "ro", "ministrul": "ro", "domnul": "ro", "doamna": "ro",
	"guvernatorul": "ro", "liderul": "ro", "directorul": "ro", "procurorul": "ro", "judecatorul": "ro",
	// Indonesian (news4: "Ketua", "Wakil Ketua" read as persons)
	"menteri": "id", "ketua": "id", "wakil": "id", "gubernur": "id", "presiden": "id", "direktur": "id",
	"utama": "id", "bupati": "id", "walikota": "id", "kepala": "id", "jenderal": "id", "komisaris": "id",
	"bapak": "id", "pak": "id", "ibu": "id",
	// Russian, Ukrainian
	"господин": "", "госпожа": "", "г-н": "", "г-жа": "", "гражданин": "", "гражданка": "",
	"президент": "", "премьер": "", "премьер-министр": "", "министр": "", "мэр": "", "генерал": "",
	"патриарх": "", "пан": "uk,be,ru",
	"пани": "uk,be,ru",
	// Greek
	"κ": "", "κος": "", "κα": "", "κυριος": "", "κυρια": "", "προεδρος": "", "πρωθυπουργος": "",
}

// addressForms are the titles that only a person is addressed by (Mr,
// Frau, Mme, Sr., господин), unlike offices and ranks (President,
// General), which also begin names of organizations (General Motors).
var addressForms = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "herr": true, "herrn": true,
	"frau": true, "fraulein": true, "hr": true, "m": true, "mme": true, "mmes": true, "mlle": true,
	"mm": true, "monsieur": true, "madame": true, "mademoiselle": true, "sr": true, "sra": true,
	"srta": true, "senor": true, "senora": true, "senorita": true, "sig": true, "sigra": true,
	"signor": true, "signore": true, "signora": true, "signorina": true, "dhr": true, "mevr": true,
	"mevrouw": true, "fru": true, "senhor": true, "senhora": true, "pan": true, "pani": true,
	"panna": true, "bay": true, "bayan": true, "domnul": true, "doamna": true, "господин": true,
	"госпожа": true, "г-н": true, "г-жа": true, "пан": true, "пани": true, "κ": true, "κος": true,
	"κα": true, "κυριος": true, "κυρια": true,
}

// IsTitle reports whether w (with or without its period) is a title, an
// honorific or an office that precedes a person's name in language lang
// ("President", "Frau", "Cumhurbaşkanı").
func IsTitle(w, lang string) bool { return isTitle(w, lang) }

// titleEnds are the titles no person's name ends with, though a tagger may
// end one there: Turkish titles in the possessive, which tie them to the
// body named before them ("Maliye Bakanı", minister of finance; "Genel
// Başkanı", chairman), and "genel" (general), which only begins compound
// titles ("Genel Müdür"). Titles of other languages stand before a name,
// and some are family names after a given name (Carole King, Michael Bay).
var titleEnds = map[string]string{
	"bakani": "tr", "baskani": "tr", "muduru": "tr", "sekreteri": "tr", "valisi": "tr", "yardimcisi": "tr",
	"genel": "tr", "basbakani": "tr", "cumhurbaskani": "tr", "kaymakami": "tr", "sozcusu": "tr",
}

// familyTitles are titles that are also family names (Stephen King, Erik
// Prince, Michael Bay): alone, such a word may be a person named by the
// family name, not a title without a name.
var familyTitles = map[string]bool{"king": true, "prince": true, "pope": true, "lord": true, "judge": true, "bay": true}

// IsFamilyTitle reports whether w (with or without its period) is a title
// that is also a common family name (see familyTitles).
func IsFamilyTitle(w string) bool { return familyTitles[compact(w)] }

// HasTitleEnds reports whether language lang has titles that end a title
// phrase (see titleEnds), so callers can skip looking for them.
func HasTitleEnds(lang string) bool { return titleEndLangs[lang] }

var titleEndLangs = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range titleEnds {
		m[l] = true
	}
	return m
}()

// IsTitleEnd reports whether w (with or without its period) is a title
// that never ends a person's name in language lang (see titleEnds).
func IsTitleEnd(w, lang string) bool {
	k := compact(w)
	return titleEnds[k] == lang && isTitle(w, lang)
}

// IsGeneration reports whether w is a generation suffix that follows a
// name: Jr., Sr., Junior, III.
func IsGeneration(w string) bool {
	_, ok := generation(w)
	return ok
}

// generation returns the generation suffix w stands for (Jr.: jr), if it is
// one: not a word with periods inside ("J.R.").
func generation(w string) (string, bool) {
	g, ok := generations[compact(w)]
	return g, ok && !strings.Contains(strings.TrimRight(w, "."), ".")
}

// IsAddressForm reports whether w (with or without its period) is a title
// that only a person is addressed by in language lang: "Herr Porsche" is a
// person, whatever a tagger says.
func IsAddressForm(w, lang string) bool {
	return addressForms[compact(w)] && isTitle(w, lang)
}

// suffixes follow a name: degrees and offices, dropped.
var suffixes = map[string]bool{
	"phd": true, "md": true, "esq": true, "mp": true, "mdb": true, "mep": true, "qc": true, "kc": true,
}

// generations follow a name and tell father and son apart: kept in the
// canonical name and in the key (Donald Trump Jr.).
var generations = map[string]string{
	"jr": "jr", "junior": "jr", "jun": "jr", "sr": "sr", "senior": "sr", "sen": "sr",
	"ii": "ii", "iii": "iii", "iv": "iv",
}

// particles are lower-case words that belong to a family name (van Gogh, de la
// Cruz, al-Assad). They stay in the canonical name but not in the key, so
// "Assad" and "Bashar al-Assad" share the family key.
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "das": true, "dos": true, "du": true, "la": true, "le": true,
	"ten": true, "ter": true, "zu": true, "zur": true, "vom": true, "bin": true, "ibn": true,
	"al": true, "el": true, "y": true, "i": true,
}

// arabicArticles are the article prefixes joined by a hyphen (al-Assad, el-Sisi).
var arabicArticles = map[string]bool{
	"al": true, "el": true, "ad": true, "as": true, "ash": true, "an": true, "ar": true,
	"at": true, "az": true, "ed": true, "es": true, "ul": true, "ud": true,
}

// genitiveLangs add a bare -s for the genitive of names (German "Kvasovs
// Firma", Dutch, Scandinavian).
var genitiveLangs = map[string]bool{"de": true, "nl": true, "sv": true, "da": true, "no": true, "nb": true, "nn": true}

// genitiveStems are family-name endings after which a final -s in a
// genitiveLangs document is taken as the genitive: names with these endings do
// not end in -s in the nominative. Other names (Peters, Williams) keep their
// -s; within one document Link also strips it when the bare form occurs.
var genitiveStems = []string{
	"ov", "ev", "ow", "ew", "in", "yn", "ski", "sky", "ko", "ic", "ić", "el", "mann", "ner",
	"ова", "ов", "ев", "ин",
}

// person is a parsed person name.
type person struct {
	canonical string
	given     string   // tolerant key of the given name; "" if none
	initial   bool     // the given name is only an initial
	family    string   // phonetic key of the family name; for one-word names the word
	gen       string   // generation suffix: "jr", "sr", "ii", ...
	single    bool     // one word only (no given name known)
	word      string   // single: the word as written, for given-name linking
	givenWord string   // the given name as written
	famWord   string   // the family name as written
	words     []string // phonetic keys of all words of the canonical name
	inner     string   // Iberian names: family key of the surname before the last
	head      string   // Iberian names: the words up to that surname, joined by spaces
}

// iberian are the languages whose names carry two family names, either of
// which the press uses alone: Spanish "Pedro Sánchez Pérez-Castejón" is
// Sánchez, "José Luis Rodríguez Zapatero" is Zapatero; Portuguese "Luiz
// Inácio Lula da Silva" is Lula.
var iberian = map[string]bool{"es": true, "pt": true, "ca": true, "gl": true}

func (p person) key() string {
	switch {
	case p.family == "" && p.given == "":
		return ""
	case p.given == "" || p.single:
		return "person:" + p.family + p.gen
	}
	return "person:" + p.given + "_" + p.family + p.gen
}

// nameFields splits a name into its words at white space and at symbols such
// as emoji, which no name is written with: "John🙂Smith" is John Smith (its
// key was person:ionsmit, one word with the emoji left out), with what
// joins and styles emoji left out at the words' edges. The letterlike
// symbols (№) are no such symbols: "Городская поликлиника № 27"; but the
// trade marks are, as ® is ("Apple™ Inc." was keyed appletm).
func nameFields(name string) []string {
	fs := strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.So, r) && !(r >= 0x2100 && r <= 0x214F) || r == '™' || r == '℠' ||
			r >= 0x1F3FB && r <= 0x1F3FF // skin tones, modifiers (Sk) of the emoji before
	})
	// what joins and styles emoji is left at a word's edges ("John👨‍💻Smith",
	// "John❤️Smith"): the zero-width joiner and the variation selectors; inside
	// a word they stay (Indic scripts join letters with the joiner)
	out := fs[:0]
	for _, f := range fs {
		if f = strings.TrimFunc(f, emojiGlue); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// emojiGlue reports the zero-width joiner and the variation selectors.
func emojiGlue(r rune) bool { return r == 0x200D || r >= 0xFE00 && r <= 0xFE0F }

// Person resolves a person name as written in a text of language lang (ISO
// 639-1 or ""): titles, possessive and generational suffixes are removed for
// the canonical form, and the key is built from the given name's tolerant key
// and the family name's phonetic key (see the package documentation).
func Person(name, lang string) Name {
	p := parsePerson(name, lang)
	k := p.key()
	if k == "" {
		k = "person:" + fallbackKey(name)
	}
	return Name{Canonical: p.canonical, Key: k}
}

func parsePerson(name, lang string) person {
	toks := nameFields(name)
	for i, t := range toks {
		toks[i] = strings.Trim(t, "\"“”„«»‹›()[]{}:;!?")
	}
	toks = dropEmpty(toks)
	if len(toks) == 0 {
		return person{canonical: strings.TrimSpace(name)}
	}
	// Possessive on the last word: Kvasov's, Jones', German Kvasovs.
	last := len(toks) - 1
	toks[last] = stripPossessive(toks[last], lang)
	toks = dropEmpty(toks)
	// Titles in front, suffixes behind; never strip the last word.
	for len(toks) > 1 {
		if isTitle(toks[0], lang) {
			toks = toks[1:]
			continue
		}
		if len(toks) > 2 && lang == "nl" && toks[0] == "de" && isTitle(toks[1], lang) {
			toks = toks[2:] // de heer Kvasov
			continue
		}
		break
	}
	for len(toks) > 1 && suffixes[compact(toks[len(toks)-1])] {
		toks = toks[:len(toks)-1]
	}
	gen, genWord := "", ""
	if n := len(toks); n >= 2 {
		last := toks[n-1]
		if g, ok := generation(last); ok {
			gen, genWord, toks = "_"+g, toks[n-1], toks[:n-1]
			toks[n-2] = strings.TrimRight(toks[n-2], ",")
		}
	}
	// "Kvasov, Denis" -> "Denis Kvasov".
	inverted := false
	for i := 0; i < len(toks)-1; i++ {
		if strings.HasSuffix(toks[i], ",") {
			toks[i] = strings.TrimSuffix(toks[i], ",")
			toks = append(append([]string{}, toks[i+1:]...), toks[:i+1]...)
			inverted = true
			break
		}
	}
	for i := range toks {
		toks[i] = strings.TrimRight(toks[i], ",")
	}
	toks = dropEmpty(toks)
	// "KVASOV Denis": a capitalised family name in front moves behind.
	if n := upperLead(toks); !inverted && n > 0 && n < len(toks) {
		lead := make([]string, n)
		for i := range n {
			lead[i] = titleCase(toks[i])
		}
		toks = append(append([]string{}, toks[n:]...), lead...)
	}
	// "Петров И.Л.", "Kowalski J.": initials behind a family name move in
	// front, the order of the rest of the text (I.L. Petrov), so that both
	// forms share a key. Only where the order is common (Slavic usage,
	// Cyrillic script) or the initials are two or more: "John F." stays.
	if n := trailingInitials(toks); !inverted && n > 0 && len(toks)-n == 1 &&
		(initialsLast[lang] || isCyrillicWord(toks[0]) || initialCount(toks[1:]) >= 2) {
		toks = append(append([]string{}, toks[1:]...), toks[0])
	}
	if len(toks) == 0 {
		return person{canonical: strings.TrimSpace(name)}
	}
	toks = nominativeName(toks, lang)
	p := person{canonical: strings.Join(toks, " "), gen: gen, words: make([]string, len(toks))}
	for i, t := range toks {
		p.words[i] = phonetic(latin(t))
	}
	if genWord != "" {
		p.canonical += " " + genWord
	}
	// Family name: the last word, without particles and Arabic articles.
	famWord := toks[len(toks)-1]
	p.family = familyKey(famWord)
	p.famWord = famWord
	first := 0
	for first < len(toks)-1 && particles[fold(toks[first])] {
		first++
	}
	if first == len(toks)-1 {
		// One word, or particles and one word (van Gogh).
		p.single = true
		p.word = famWord
		return p
	}
	g := strings.TrimRight(toks[first], ".")
	if utf8.RuneCountInString(g) == 1 || isInitials(toks[first]) {
		p.initial = true
		r, _ := utf8.DecodeRuneInString(g)
		p.given = latin(string(r))
		if p.given == "" {
			p.given = string(unicode.ToLower(r))
		}
		return p
	}
	p.given = givenKey(g)
	p.givenWord = g
	if iberian[lang] {
		// the word before the last family name (particles skipped), after
		// the first given name, when the name lists know it as a family
		// name: the first of two family names ("Sánchez Pérez-Castejón",
		// "Lula da Silva"). Not a word they do not know, nor the words
		// before it, which are given names as often as not ("Jair Messias
		// Bolsonaro", "Geraldo José Rodrigues Alckmin": the audit of the
		// first version found both linked to another man's bare name), nor
		// one that is a given name too right after the first ("José Antonio
		// Kast" and a bare "Antonio"; "Lula" of "Luiz Inácio Lula da Silva"
		// is third)
		k := len(toks) - 2
		for k > first && particles[fold(toks[k])] {
			k--
		}
		if k > first {
			// the head, which a name of those words exactly links to, may
			// end in a word the lists do not know ("Santiago Abascal" of
			// "Santiago Abascal Conde"); a bare word links to inner only
			// when they know it as a family name
			isGiven, isSurname := ner.NameKinds(toks[k])
			if !isGiven || k > first+1 {
				p.head = strings.Join(p.words[:k+1], " ")
				if isSurname {
					p.inner = familyKey(toks[k])
				}
			}
		}
	}
	return p
}

// familyKey is the phonetic key of a family name as written.
func familyKey(w string) string {
	w = strings.TrimRight(w, ".")
	if i := strings.IndexAny(w, "-‐"); i > 0 && arabicArticles[fold(w[:i])] {
		w = w[i+1:]
		_, n := utf8.DecodeRuneInString(w)
		if n == 0 {
			return ""
		}
	}
	l := latin(w)
	return phonetic(familyForm(l))
}

// isTitle reports whether w is a title in lang.
func isTitle(w, lang string) bool {
	k := compact(w)
	langs, ok := titles[k]
	if !ok {
		return false
	}
	if langs == "" {
		return true
	}
	for l := range strings.SplitSeq(langs, ",") {
		if l == lang {
			return true
		}
	}
	return false
}

// compact folds w and removes dots, commas, apostrophes and parentheses: "Dr." -> "dr", "Sig.ra" -> "sigra".
func compact(w string) string {
	f := fold(w)
	if !strings.ContainsAny(f, ".,'’()") {
		return f
	}
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		switch r {
		case '.', ',', '\'', '’', '(', ')':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripPossessive removes an English possessive ('s, s'), a case ending
// written after a colon behind an abbreviation (Swedish "EU:s", "SD:s";
// Finnish "YK:n", "EU:ssa"), and, in genitiveLangs, a German-style genitive
// -s after a family-name ending of genitiveStems.
func stripPossessive(w, lang string) string {
	if i := strings.LastIndexByte(w, ':'); i > 0 && colonEnding(w[:i], w[i+1:]) {
		return w[:i]
	}
	for _, s := range []string{"'s", "’s", "ʼs", "`s", "'S", "’S"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	for _, s := range []string{"'", "’", "ʼ"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	if genitiveLangs[lang] && utf8.RuneCountInString(w) > 4 && strings.HasSuffix(w, "s") {
		stem := w[:len(w)-1]
		low := strings.ToLower(stem)
		for _, e := range genitiveStems {
			if strings.HasSuffix(low, e) {
				return stem
			}
		}
	}
	return w
}

// colonEnding reports whether end, written after a colon behind stem, is a
// case ending of an abbreviation: stem in capitals (or digits, &), end one
// to four lowercase letters.
func colonEnding(stem, end string) bool {
	if end == "" || utf8.RuneCountInString(end) > 4 {
		return false
	}
	for _, r := range end {
		if !unicode.IsLower(r) {
			return false
		}
	}
	letters := 0
	for _, r := range stem {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '&':
		default:
			return false
		}
	}
	return letters > 0
}

// upperLead counts the leading words written in capitals (at least two
// letters) when later words are not: "KVASOV Denis".
func upperLead(toks []string) int {
	n := 0
	for n < len(toks) && isAllUpper(toks[n]) && !isInitials(toks[n]) {
		n++
	}
	return n
}

func isAllUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// initialsLast are the languages that write a family name before its
// initials in running text and lists ("Петров И.Л.", "Kowalski J.").
var initialsLast = map[string]bool{"ru": true, "uk": true, "be": true, "bg": true, "sr": true, "mk": true, "pl": true, "cs": true, "sk": true}

// trailingInitials is the number of tokens at the end of toks that are
// initials.
func trailingInitials(toks []string) int {
	n := 0
	for n < len(toks) && isInitials(toks[len(toks)-1-n]) {
		n++
	}
	return n
}

// initialCount is the number of initials in toks ("И.Л." has two).
func initialCount(toks []string) int {
	c := 0
	for _, t := range toks {
		for _, r := range t {
			if unicode.IsLetter(r) {
				c++
			}
		}
	}
	return c
}

// isInitials reports whether w is one or more initials: "J.", "J.F.", "J.-P.".
func isInitials(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 3 && hasDotAfterEachLetter(w)
}

func hasDotAfterEachLetter(w string) bool {
	rs := []rune(w)
	for i, r := range rs {
		if unicode.IsLetter(r) && (i+1 >= len(rs) || rs[i+1] != '.') {
			return false
		}
	}
	return true
}

func titleCase(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == '-' || r == '\'' || r == '’'
	}
	return string(rs)
}

func dropEmpty(toks []string) []string {
	out := toks[:0]
	for _, t := range toks {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// fallbackKey keys a name that has no letters left after parsing.
func fallbackKey(name string) string {
	if k := strings.Join(strings.Fields(fold(name)), "-"); k != "" {
		return k
	}
	return "_"
}
