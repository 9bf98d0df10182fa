package resolve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/schema"
)

// Link fills Key, Canonical and LegalForm of the PERSON and ORGANIZATION
// mentions of one document (sorted by Start), in place. Every mention first
// gets the stateless key of Person or Organization, read in the mention's
// own language (Mention.LangIn: a Russian quote in an English article reads
// as Russian; linking follows the document's language); then short forms are
// linked to a full form in the same document:
//
//   - a bare family name (Kvasov, Mr Kvasov, Kvasovs) or an initial with a
//     family name (D. Kvasov) takes the key of the earlier full names with
//     that family name (and initial) if they are all one person; with none
//     earlier, of the only full name with it later in the document; after
//     two people of that name (Bill and Hillary Clinton) it is left alone;
//   - a bare given name (Denis) takes the key of a full name only if exactly
//     one person in the document has that given name and no person has it as
//     family name;
//   - an acronym (IFPI, I.F.P.I.) takes the key of the nearest earlier
//     organization whose initials, with or without stop words, spell it
//     (International Federation of the Phonographic Industry), else of the
//     only later one;
//   - a name that is the first words of an earlier organization's name (EMI
//     for EMI Group) takes its key, unless it is one generic word (Bank).
//
// Linked mentions also take the canonical name of the full form, so every
// mention of one key in a document shows one canonical name. See the package
// documentation for the rules on double surnames, generation suffixes and
// case forms in Slavic languages. MONEY mentions are left as they are. Link
// cannot see the text between mentions; LinkText can and also links an
// acronym defined in parentheses after a name.
func Link(ms []schema.Mention, lang string) { LinkText("", ms, lang) }

// LinkText is Link with the document text, which ms's offsets (code points)
// index. It adds the acronym definitions of the text: "Weltgesundheits-
// organisation (WHO)" links later WHO mentions to the full name even where
// the initials do not spell the acronym, and "WHO (World Health
// Organization)" links the other way round. text may be "", then LinkText is
// Link.
func LinkText(text string, ms []schema.Mention, lang string) {
	linkPersons(ms, lang)
	linkOrgs(text, ms, lang)
}

// initialLetter is the transliterated first letter of the given name in a
// canonical name ("D" of "Denis Kvasov" -> "d").
func initialLetter(canonical string, p person) string {
	toks := strings.Fields(canonical)
	for _, t := range toks {
		if particles[fold(t)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		l := latin(string(r))
		if l == "" {
			l = string(unicode.ToLower(r))
		}
		first, _ := utf8.DecodeRuneInString(l)
		return string(first)
	}
	return ""
}

// genericWords are single words that do not link to a longer organization
// name they begin (Bank -> Bank of America).
var genericWords = map[string]bool{
	"bank": true, "group": true, "university": true, "ministry": true, "company": true,
	"national": true, "international": true, "federal": true, "european": true, "united": true,
	"general": true, "first": true, "new": true, "central": true, "state": true, "royal": true,
	"american": true, "british": true, "german": true, "deutsche": true, "association": true,
	"council": true, "committee": true, "office": true, "department": true, "institute": true,
	"union": true, "world": true, "global": true, "city": true, "court": true, "party": true,
	"universitat": true, "universite": true, "universidad": true, "banco": true, "banque": true,
}

type orgMention struct {
	i       int
	words   []string // key words of the canonical name
	acr     string   // acronym letters, folded; "" if not an acronym
	initial []string // initials of the name
}

func linkOrgs(text string, ms []schema.Mention, lang string) {
	var os []orgMention
	hasAcronym := false
	for i := range ms {
		if ms[i].Type != schema.Organization {
			continue
		}
		n := Organization(ms[i].Text, ms[i].LangIn(lang))
		ms[i].Key, ms[i].Canonical, ms[i].LegalForm = n.Key, n.Canonical, n.LegalForm
		om := orgMention{i: i, words: orgWords(strings.Fields(n.Canonical)), acr: acronym(withoutArticle(n.Canonical))}
		hasAcronym = hasAcronym || om.acr != ""
		os = append(os, om)
	}
	if len(os) < 2 {
		return
	}
	if readings := formReadings(schema.Organization, lang); readings != nil {
		linkOrgCases(ms, os, readings, declining[lang])
	}
	if hasAcronym {
		for k := range os {
			if os[k].acr == "" {
				i := os[k].i
				os[k].initial = append(initials(strings.Fields(ms[i].Canonical)), initials(orgTokens(ms[i].Text))...)
			}
		}
	}
	canon := map[string]string{}
	for _, om := range os {
		if c, ok := canon[ms[om.i].Key]; ok {
			ms[om.i].Canonical = c
		} else {
			canon[ms[om.i].Key] = ms[om.i].Canonical
		}
	}
	alias := definedAcronyms(text, ms, os)
	byInitials := map[string][]orgMention{}
	for _, om := range os {
		seen := map[string]bool{}
		for _, in := range om.initial {
			if !seen[in] {
				seen[in] = true
				byInitials[in] = append(byInitials[in], om)
			}
		}
	}
	// LegalForm stays the mention's own: it is what was split off its text.
	link := func(j, t int) { ms[j].Key, ms[j].Canonical = ms[t].Key, ms[t].Canonical }
	// The earlier names by their proper prefixes of words (EMI Group under
	// "emi"), added once their keys are final.
	byPrefix := newLatest(ms)
	onlyAfter := map[string]onlyOrg{}
	for _, om := range os {
		linkOrg(ms, om, alias, byInitials, onlyAfter, byPrefix, link)
		for n := 1; n < len(om.words); n++ {
			byPrefix.add(strings.Join(om.words[:n], "\x00"), om.i)
		}
	}
}

// maxCaseBucket bounds the organization forms compared pairwise for case
// forms of one another: forms are compared only within a bucket of forms
// with as many words and the same first three letters in each, which holds
// a handful in real text; a larger one (a pathological document) is skipped,
// so the cost stays linear.
const maxCaseBucket = 64

// linkOrgCases gives the case forms of one organization in a document one
// key and canonical name: "акции Сбербанка" and "Сбербанком" take those of
// "Сбербанк", "Министерства обороны" of "Министерство обороны", "Orlenu" of
// "Orlen". A form reads as another when each of its words is the other's
// word or one of its readings (formReadings: orgNominatives, case endings
// replaced; for German, germanOrgReadings: Bundestages -> Bundestag; for
// Swedish, Danish and Norwegian, genitiveReadings: Ikeas -> Ikea), and, with
// headFirst (Slavic languages), its first word is a reading unless it never
// changes (fixedHead): Банк России is no case form of Банк «Россия». A form
// that reads as several others joins the one it shares most words with. Of
// the forms so joined, the one read as a nominative wins: a form that reads
// as no other (Газпром: Газпрома reads as it, it reads as nothing here); of
// forms that read as each other (Unia, Unii), the one whose words end as
// nominatives do (nominativeScore). A name the document
// has in oblique cases only keeps one of them: no stateless rule tells
// "Газпрома" (Газпром) from "Почта" (a nominative), so keys across
// documents stay the forms' own.
func linkOrgCases(ms []schema.Mention, os []orgMention, nominatives func(string) []string, headFirst bool) {
	byForm := make(map[string]int, len(os))
	var forms []string
	var words [][]string
	var heads []string // each form's first word as written
	var first []int    // form -> its earliest mention
	formOf := make([]int, len(os))
	buckets := map[string][]int{}
	for k, om := range os {
		f := strings.ToLower(ms[om.i].Canonical)
		id, ok := byForm[f]
		if !ok {
			id = len(forms)
			byForm[f] = id
			forms = append(forms, f)
			ws := strings.Fields(f)
			words = append(words, ws)
			head := ""
			if orig := strings.Fields(ms[om.i].Canonical); len(orig) > 0 {
				head = orig[0]
			}
			heads = append(heads, head)
			first = append(first, om.i)
			var sig strings.Builder
			for _, w := range ws {
				rs := []rune(w)
				sig.WriteString(string(rs[:min(3, len(rs))]))
				sig.WriteByte(0)
			}
			buckets[sig.String()] = append(buckets[sig.String()], id)
		}
		formOf[k] = id
	}
	if len(forms) < 2 {
		return
	}
	parent := make([]int, len(forms))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	readings := map[string]map[string]bool{}
	readsAs := func(a, b int) bool { // form a reads as form b
		for k, w := range words[a] {
			v := words[b][k]
			if w == v {
				if k == 0 && headFirst && !fixedHead(heads[a]) {
					return false // a Slavic name's first word changes with its case
				}
				continue
			}
			r, ok := readings[w]
			if !ok {
				r = map[string]bool{}
				for _, n := range nominatives(w) {
					r[n] = true
				}
				readings[w] = r
			}
			if !r[v] {
				return false
			}
		}
		return true
	}
	reads := make([]bool, len(forms)) // the form reads as another form
	for _, ids := range buckets {
		if len(ids) < 2 || len(ids) > maxCaseBucket {
			continue
		}
		for _, a := range ids {
			// a form that reads as several others joins the one it shares
			// most words with: Банка России is Банк России's, not Банк
			// Россия's
			to, shared := -1, -1
			for _, b := range ids {
				if a == b || !readsAs(a, b) {
					continue
				}
				reads[a] = true
				same := 0
				for k, w := range words[a] {
					if w == words[b][k] {
						same++
					}
				}
				if same > shared {
					to, shared = b, same
				}
			}
			if to >= 0 {
				if x, y := find(a), find(to); x != y {
					parent[x] = y
				}
			}
		}
	}
	best := map[int]int{} // root -> winning form
	for id, f := range forms {
		root := find(id)
		b, ok := best[root]
		if !ok {
			best[root] = id
			continue
		}
		if reads[b] != reads[id] {
			if reads[b] {
				best[root] = id
			}
			continue
		}
		if sf, sb := nominativeScore(f), nominativeScore(forms[b]); sf > sb || sf == sb && first[id] < first[b] {
			best[root] = id
		}
	}
	for k, om := range os {
		if t := first[best[find(formOf[k])]]; t != om.i {
			ms[om.i].Key, ms[om.i].Canonical = ms[t].Key, ms[t].Canonical
		}
	}
}

// nominativeScore says how much the words of a lowercase name look like
// nominatives, summed over them: 3 for a word ending in a consonant that
// ends no case ending (Газпром, Orlen), 2 in -а/-я/-a, 1 in another vowel,
// 0 in an ending of oblique cases only (-ом, -ą, -u, -ii, ...).
func nominativeScore(name string) int {
	score := 0
	for _, w := range strings.Fields(name) {
		score += wordNominativeScore(w)
	}
	return score
}

func wordNominativeScore(w string) int {
	for _, e := range obliqueOnly {
		if strings.HasSuffix(w, e) {
			return 0
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case strings.ContainsRune("ая", r) || r == 'a':
		return 2
	case strings.ContainsRune("еёиоуыэюaeiouyýáéíóúůěąę", r):
		return 1
	}
	return 3
}

// obliqueOnly are case endings that no nominative of a word of an
// organization's name has.
var obliqueOnly = []string{"ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ую", "ого", "ому", "ему", "у", "ю",
	"ii", "ą", "ę", "owi", "ovi", "ego", "emu", "em", "om", "ým", "ou", "u"}

// orgNominatives are the nominatives a word of an organization's name may
// have: those of names (nominatives), and those of nouns and adjectives that
// persons' names do not have: neuter in -о/-o and -е/-e (Министерства ->
// Министерство, Ministerstwa -> Ministerstwo), adjectives in -ая, -ий, -ый,
// -ое (Волжской -> Волжская) and -a, -á, -y, -ý, -e, -é (Kredytowej ->
// Kredytowa, Evropské -> Evropská).
func orgNominatives(w string) []string {
	out := nominatives(w)
	// nouns in -ость, -ість, -ość, -ost (Sprawiedliwości, солідарності)
	for _, p := range [][2]string{{"ости", "ость"}, {"ості", "ість"}, {"ości", "ość"}, {"osti", "ost"}} {
		if stem, ok := strings.CutSuffix(w, p[0]); ok && utf8.RuneCountInString(stem) >= 2 {
			out = append(out, stem+p[1])
		}
	}
	// Polish adjectives in -kiej, -giej: Europejskiej -> Europejska,
	// Drogiej -> Droga (-ej alone gave Europejskia)
	for _, e := range []string{"kiej", "giej"} {
		if stem, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(stem) >= 2 {
			out = append(out, stem+e[:1]+"a")
		}
	}
	for _, e := range orgCaseEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if isCyrillicWord(stem) {
			out = append(out, stem+"о", stem+"е", stem+"а", stem+"ая", stem+"ий", stem+"ый", stem+"ое")
		} else {
			out = append(out, stem+"o", stem+"e", stem+"a", stem+"á", stem+"é", stem+"y", stem+"ý")
		}
	}
	return out
}

// orgCaseEndings are caseEndings and the endings of adjectives' and nouns'
// oblique cases that persons' names do not need (Polish -ej, Czech -é, -ou,
// -ých, -ě; Ukrainian -ої, -ій, -ім, -і: Верховної Ради, Верховній Раді).
var orgCaseEndings = append([]string{"ej", "ych", "ich", "ých", "é", "ou", "ě", "ої", "ій", "ім", "і"}, caseEndings...)

// nordicGenitive are the languages that write the genitive of a name with
// a bare -s: "Ikeas vinst", "Folketingets formand", "Høyres leder".
var nordicGenitive = map[string]bool{"sv": true, "da": true, "no": true, "nb": true, "nn": true}

// genitiveReadings are the forms a word of an organization's name may have
// without a genitive -s (Swedbanks -> Swedbank); linkOrgCases joins two forms
// of one document with them, as a final -s alone says nothing (Siemens).
func genitiveReadings(w string) []string {
	if stem, ok := strings.CutSuffix(w, "s"); ok && utf8.RuneCountInString(stem) >= 3 {
		return []string{stem} // not ISS -> IS
	}
	return nil
}

// onlyOrg is the answer of pickOrg for a list with no candidate before the
// mention: it depends on the list alone.
type onlyOrg struct {
	i  int
	ok bool
}

func linkOrg(ms []schema.Mention, om orgMention, alias map[string]int, byInitials map[string][]orgMention, onlyAfter map[string]onlyOrg, byPrefix *latest, link func(j, t int)) {
	if om.acr != "" {
		if t, ok := alias[om.acr]; ok && t != om.i {
			link(om.i, t)
			return
		}
		cands := byInitials[om.acr]
		if k := sort.Search(len(cands), func(n int) bool { return cands[n].i >= om.i }); k > 0 {
			link(om.i, cands[k-1].i)
			return
		}
		// Every candidate is after om and not yet linked: their keys are
		// the ones they had before the loop, so the answer is the list's.
		o, seen := onlyAfter[om.acr]
		if !seen {
			o.i, o.ok = pickOrg(cands, ms, om.i)
			onlyAfter[om.acr] = o
		}
		if o.ok {
			link(om.i, o.i)
			return
		}
		// Not an abbreviation of anything here: a short name (EMI for
		// EMI Group) is tried below.
	}
	if om.acr == "" && len(om.words) == 1 {
		// an acronym written as a word and defined in the text (Bce)
		if t, ok := alias[om.words[0]]; ok && t != om.i && titleCaseAcronym(ms[om.i].Text, ms[t].Canonical) != "" {
			link(om.i, t)
			return
		}
	}
	if len(om.words) == 0 || len(om.words) == 1 && genericWords[om.words[0]] {
		return
	}
	// A name written with its legal form is a full name: "Deutsche Bank AG"
	// after "Deutsche Bank Trust Company Americas" is the parent, not a
	// short form of its unit.
	if ms[om.i].LegalForm != "" {
		return
	}
	if t, ok := byPrefix.find(strings.Join(om.words, "\x00"), ms[om.i].Key); ok {
		link(om.i, t)
	}
}

// latest indexes mentions by a name, in document order, so that the latest
// one whose key differs from a given key is found in constant time, where
// scanning back was quadratic in documents that repeat a name. A mention's
// key must not change after it is added.
type latest struct {
	ms    []schema.Mention
	lists map[string][]latestEntry
}

type latestEntry struct {
	i     int // mention index
	other int // position in the list of the latest earlier entry with another key; -1 if none
}

func newLatest(ms []schema.Mention) *latest {
	return &latest{ms: ms, lists: map[string][]latestEntry{}}
}

func (l *latest) add(name string, i int) {
	list := l.lists[name]
	e := latestEntry{i: i, other: -1}
	if n := len(list); n > 0 {
		if prev := list[n-1]; l.ms[prev.i].Key != l.ms[i].Key {
			e.other = n - 1
		} else {
			e.other = prev.other
		}
	}
	l.lists[name] = append(list, e)
}

// find returns the latest mention added under name whose key is not key.
func (l *latest) find(name, key string) (int, bool) {
	list := l.lists[name]
	n := len(list) - 1
	if n >= 0 && l.ms[list[n].i].Key == key {
		n = list[n].other
	}
	if n < 0 {
		return -1, false
	}
	return list[n].i, true
}

// pickOrg returns the candidate nearest before mention j, or the only entity
// after j. cands are in document order.
func pickOrg(cands []orgMention, ms []schema.Mention, j int) (int, bool) {
	k := sort.Search(len(cands), func(n int) bool { return cands[n].i >= j })
	if k > 0 {
		return cands[k-1].i, true
	}
	best, key := -1, ""
	for _, c := range cands[k:] {
		switch {
		case c.i == j:
		case key == "":
			best, key = c.i, ms[c.i].Key
		case ms[c.i].Key != key:
			return -1, false
		}
	}
	return best, key != ""
}

// definedAcronyms finds "Name (ACR)" and "ACR (Name)" in text, where Name is
// an organization mention, and maps the acronym's folded letters to the
// mention index of the name.
func definedAcronyms(text string, ms []schema.Mention, os []orgMention) map[string]int {
	alias := map[string]int{}
	if text == "" {
		return alias
	}
	rs := []rune(text)
	byStart := map[int]orgMention{}
	for _, om := range os {
		byStart[ms[om.i].Start] = om
	}
	for _, om := range os {
		m := ms[om.i]
		if m.End < 0 || m.End > len(rs) {
			continue
		}
		k := m.End
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k >= len(rs) || rs[k] != '(' {
			continue
		}
		open := k + 1
		close := open
		for close < len(rs) && close-open <= 200 && rs[close] != ')' && rs[close] != '\n' {
			close++
		}
		if close >= len(rs) || rs[close] != ')' {
			continue
		}
		inner := strings.TrimSpace(string(rs[open:close]))
		if om.acr == "" {
			a := acronym(inner)
			if a == "" {
				a = titleCaseAcronym(inner, ms[om.i].Canonical)
			}
			if a != "" {
				if _, seen := alias[a]; !seen {
					alias[a] = om.i
				}
			}
			continue
		}
		// "ACR (Full Name)": the first organization mention inside.
		for p := open; p < close; p++ {
			if in, ok := byStart[p]; ok && in.acr == "" {
				if _, seen := alias[om.acr]; !seen {
					alias[om.acr] = in.i
				}
				break
			}
		}
	}
	return alias
}

// titleCaseAcronym returns the folded letters of s if s is an acronym
// written as a word, as the Italian and Spanish press write them (Bce for
// Banca centrale europea, Fmi, Onu): one word of 2-6 letters, capital first,
// that spells the initials of name; otherwise "". Unlike an acronym in
// capitals, it must spell them, as a short name in parentheses ("Deutsche
// Bank (Frankfurt)") does not.
func titleCaseAcronym(s, name string) string {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 6 || !unicode.IsUpper(rs[0]) {
		return ""
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return ""
		}
	}
	a := fold(s)
	if contains(initials(strings.Fields(name)), a) {
		return a
	}
	return ""
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// withoutArticle drops a leading "the" (the IFPI).
func withoutArticle(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimSpace(s[4:])
	}
	return s
}
