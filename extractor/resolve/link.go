package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/schema"
)

// Link fills Key, Canonical and LegalForm of the PERSON and ORGANIZATION
// mentions of one document (sorted by Start), in place. Every mention first
// gets the stateless key of Person or Organization; then short forms are
// linked to a full form in the same document:
//
//   - a bare family name (Kvasov, Mr Kvasov, Kvasovs) or an initial with a
//     family name (D. Kvasov) takes the key of the nearest earlier full name
//     with that family name (and initial); with none earlier, of the only
//     full name with it later in the document;
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
// case forms in Slavic languages. MONEY mentions
// are left as they are. Link cannot see the text between mentions; LinkText
// can and also links an acronym defined in parentheses after a name.
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

type personMention struct {
	i      int
	p      person
	letter string // first letter of the given name, transliterated
}

func linkPersons(ms []schema.Mention, lang string) {
	var ps []personMention
	for i := range ms {
		if ms[i].Type != schema.Person {
			continue
		}
		p := parsePerson(ms[i].Text, lang)
		k := p.key()
		if k == "" {
			k = "person:" + fallbackKey(ms[i].Text)
		}
		ms[i].Key, ms[i].Canonical, ms[i].LegalForm = k, p.canonical, ""
		pm := personMention{i: i, p: p}
		if p.given != "" {
			pm.letter = initialLetter(p.canonical, p)
		}
		ps = append(ps, pm)
	}
	if len(ps) < 2 {
		return
	}
	full := func(pm personMention) bool { return pm.p.given != "" && !pm.p.initial && !pm.p.single }
	// One canonical per key: the first full mention's.
	canon := map[string]string{}
	for _, pm := range ps {
		if full(pm) {
			if c, ok := canon[ms[pm.i].Key]; ok {
				ms[pm.i].Canonical = c
			} else {
				canon[ms[pm.i].Key] = ms[pm.i].Canonical
			}
		}
	}
	// pick returns the full mention nearest before position j that satisfies
	// ok, or the only entity after j that does.
	pick := func(j int, ok func(personMention) bool) (personMention, bool) {
		var best personMention
		found := false
		for _, pm := range ps {
			if pm.i < j && full(pm) && ok(pm) {
				best, found = pm, true
			}
		}
		if found {
			return best, true
		}
		keys := map[string]bool{}
		for _, pm := range ps {
			if pm.i > j && full(pm) && ok(pm) {
				best = pm
				keys[ms[pm.i].Key] = true
			}
		}
		return best, len(keys) == 1
	}
	linkTails(ps, ms, full)
	famReadings := map[int]map[string]bool{}
	if declining[lang] {
		linkCaseForms(ps, ms, full)
		for _, pm := range ps {
			if full(pm) {
				famReadings[pm.i] = familyReadings(pm)
			}
		}
	}
	for _, pm := range ps {
		if full(pm) {
			continue
		}
		p := pm.p
		var target personMention
		var ok bool
		switch {
		case p.initial:
			target, ok = pick(pm.i, func(c personMention) bool {
				return c.p.family == p.family && c.p.gen == p.gen && c.letter == pm.letter
			})
		case p.single:
			target, ok = pick(pm.i, func(c personMention) bool { return c.p.family == p.family && c.p.gen == p.gen })
			if !ok {
				if stem, cut := strings.CutSuffix(p.word, "s"); cut && utf8.RuneCountInString(stem) > 2 {
					fk := familyKey(stem)
					target, ok = pick(pm.i, func(c personMention) bool { return c.p.family == fk && c.p.gen == p.gen })
				}
			}
			if !ok && declining[lang] {
				// A case form of a family name in the document, or the
				// nominative of one written in a case form there.
				for _, w := range append([]string{p.word}, nominatives(p.word)...) {
					fk := familyKey(w)
					if target, ok = pick(pm.i, func(c personMention) bool { return c.p.gen == p.gen && famReadings[c.i][fk] }); ok {
						break
					}
				}
			}
			if !ok {
				target, ok = byGivenName(ps, ms, p, full)
			}
		}
		if ok {
			ms[pm.i].Key = ms[target.i].Key
			ms[pm.i].Canonical = ms[target.i].Canonical
		}
	}
}

// linkTails gives a name of two or more words that ends an earlier, longer
// full name the longer name's key: García Márquez after Gabriel García
// Márquez, Lula da Silva after Luiz Inácio Lula da Silva.
func linkTails(ps []personMention, ms []schema.Mention, full func(personMention) bool) {
	for _, pm := range ps {
		if !full(pm) || len(pm.p.words) < 2 {
			continue
		}
		for k := len(ps) - 1; k >= 0; k-- {
			c := ps[k]
			if c.i >= pm.i || !full(c) || ms[c.i].Key == ms[pm.i].Key || c.p.gen != pm.p.gen {
				continue
			}
			if n := len(c.p.words) - len(pm.p.words); n > 0 && equalWords(c.p.words[n:], pm.p.words) {
				ms[pm.i].Key, ms[pm.i].Canonical = ms[c.i].Key, ms[c.i].Canonical
				break
			}
		}
	}
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// linkCaseForms links the case forms of full names in a declining language
// (Дениса Квасова, Анной Ивановой). Every full mention has a set of readings:
// its given and family words as written and as nominatives (see nominatives).
// A full mention whose key no other full mention shares takes the key of the
// one entity whose key is among its readings (Дениса Квасова -> Денис
// Квасов); failing that, of the one earlier entity that shares a reading with
// it (Анны Ивановой -> Анной Ивановой).
func linkCaseForms(ps []personMention, ms []schema.Mention, full func(personMention) bool) {
	count := map[string]int{}
	readings := map[int]map[string]bool{}
	for _, pm := range ps {
		if !full(pm) {
			continue
		}
		count[ms[pm.i].Key]++
		r := map[string]bool{}
		for _, g := range append([]string{pm.p.givenWord}, nominatives(pm.p.givenWord)...) {
			for _, f := range append([]string{pm.p.famWord}, nominatives(pm.p.famWord)...) {
				r["person:"+givenKey(g)+"_"+familyKey(f)+pm.p.gen] = true
			}
		}
		readings[pm.i] = r
	}
	for _, pm := range ps {
		if !full(pm) || count[ms[pm.i].Key] > 1 {
			continue
		}
		own := readings[pm.i]
		target, ok := uniqueEntity(ps, ms, func(c personMention) bool {
			return full(c) && c.i != pm.i && ms[c.i].Key != ms[pm.i].Key && own[ms[c.i].Key]
		})
		if !ok {
			target, ok = uniqueEntity(ps, ms, func(c personMention) bool {
				return full(c) && c.i < pm.i && ms[c.i].Key != ms[pm.i].Key && intersects(own, readings[c.i])
			})
		}
		if ok {
			count[ms[pm.i].Key]--
			ms[pm.i].Key, ms[pm.i].Canonical = ms[target.i].Key, ms[target.i].Canonical
			count[ms[pm.i].Key]++
		}
	}
}

// familyReadings are the family keys a full name's family word can have in
// the nominative.
func familyReadings(pm personMention) map[string]bool {
	r := map[string]bool{pm.p.family: true}
	for _, f := range nominatives(pm.p.famWord) {
		r[familyKey(f)] = true
	}
	return r
}

// uniqueEntity returns the first mention satisfying ok if all such mentions
// share one key.
func uniqueEntity(ps []personMention, ms []schema.Mention, ok func(personMention) bool) (personMention, bool) {
	var first personMention
	keys := map[string]bool{}
	for _, c := range ps {
		if ok(c) {
			if len(keys) == 0 {
				first = c
			}
			keys[ms[c.i].Key] = true
		}
	}
	return first, len(keys) == 1
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// byGivenName links a one-word name to the only full name in the document
// with that given name, if no person in the document has the word as family
// name.
func byGivenName(ps []personMention, ms []schema.Mention, p person, full func(personMention) bool) (personMention, bool) {
	gk := givenKey(p.word)
	var target personMention
	keys := map[string]bool{}
	for _, c := range ps {
		if !full(c) {
			continue
		}
		if c.p.family == p.family {
			return personMention{}, false
		}
		if c.p.given == gk {
			target = c
			keys[ms[c.i].Key] = true
		}
	}
	return target, len(keys) == 1
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
		n := Organization(ms[i].Text, lang)
		ms[i].Key, ms[i].Canonical, ms[i].LegalForm = n.Key, n.Canonical, n.LegalForm
		om := orgMention{i: i, words: orgWords(strings.Fields(n.Canonical)), acr: acronym(withoutArticle(n.Canonical))}
		hasAcronym = hasAcronym || om.acr != ""
		os = append(os, om)
	}
	if len(os) < 2 {
		return
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
	// LegalForm stays the mention's own: it is what was split off its text.
	link := func(j, t int) { ms[j].Key, ms[j].Canonical = ms[t].Key, ms[t].Canonical }
	for _, om := range os {
		if om.acr != "" {
			if t, ok := alias[om.acr]; ok && t != om.i {
				link(om.i, t)
				continue
			}
			if t, ok := pickOrg(os, ms, om.i, func(c orgMention) bool { return c.acr == "" && contains(c.initial, om.acr) }); ok {
				link(om.i, t)
				continue
			}
			// Not an abbreviation of anything here: a short name (EMI for
			// EMI Group) is tried below.
		}
		if len(om.words) == 0 || len(om.words) == 1 && genericWords[om.words[0]] {
			continue
		}
		t, ok := -1, false
		for _, c := range os {
			if c.i < om.i && ms[c.i].Key != ms[om.i].Key && isPrefix(om.words, c.words) {
				t, ok = c.i, true
			}
		}
		if ok {
			link(om.i, t)
		}
	}
}

// pickOrg returns the nearest organization mention before j that satisfies ok,
// or the only entity after j that does.
func pickOrg(os []orgMention, ms []schema.Mention, j int, ok func(orgMention) bool) (int, bool) {
	best, found := -1, false
	for _, c := range os {
		if c.i < j && ok(c) {
			best, found = c.i, true
		}
	}
	if found {
		return best, true
	}
	keys := map[string]bool{}
	for _, c := range os {
		if c.i > j && ok(c) {
			best = c.i
			keys[ms[c.i].Key] = true
		}
	}
	return best, len(keys) == 1
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
			if a := acronym(inner); a != "" {
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

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// isPrefix reports whether short is a strict prefix of long.
func isPrefix(short, long []string) bool {
	if len(short) >= len(long) {
		return false
	}
	for i := range short {
		if short[i] != long[i] {
			return false
		}
	}
	return true
}

// withoutArticle drops a leading "the" (the IFPI).
func withoutArticle(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimSpace(s[4:])
	}
	return s
}
