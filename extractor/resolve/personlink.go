package resolve

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"entities/extractor/schema"
)

type personMention struct {
	i      int // index in the document's mentions
	p      person
	letter string // first letter of the given name, transliterated
}

// full reports whether the mention has a given and a family name.
func (pm personMention) full() bool { return pm.p.given != "" && !pm.p.initial && !pm.p.single }

// personIndex indexes the full names of one document, so that linking stays
// near-linear in long documents. Lists are in document order. Keys are read
// from ms when used: linking changes them.
type personIndex struct {
	ms      []schema.Mention
	full    []personMention
	byFam   map[string][]personMention
	byGiven map[string][]personMention
	byInner map[string][]personMention // Iberian names by their first family name
}

func newPersonIndex(ms []schema.Mention, ps []personMention) *personIndex {
	x := &personIndex{ms: ms, byFam: map[string][]personMention{}, byGiven: map[string][]personMention{}, byInner: map[string][]personMention{}}
	for _, pm := range ps {
		if pm.full() {
			x.full = append(x.full, pm)
			x.byFam[pm.p.family] = append(x.byFam[pm.p.family], pm)
			x.byGiven[pm.p.given] = append(x.byGiven[pm.p.given], pm)
			if f := pm.p.inner; f != "" {
				x.byInner[f] = append(x.byInner[f], pm)
			}
		}
	}
	return x
}

func (x *personIndex) key(pm personMention) string { return x.ms[pm.i].Key }

// choice answers, for one list of full names and one condition, which
// candidate a short form links to, in O(log n) per question: scanning the
// list for each short form was quadratic in documents that repeat a name. It
// holds only while the keys of the full names do not change (the last step
// of linkPersons).
type choice struct {
	cands []personMention // the list's candidates that meet the condition
	same  []bool          // same[k]: cands[k:] share one key
	pre   []bool          // pre[k]: cands[:k] share one key
}

func (x *personIndex) newChoice(list []personMention, ok func(personMention) bool) *choice {
	c := &choice{}
	for _, pm := range list {
		if ok(pm) {
			c.cands = append(c.cands, pm)
		}
	}
	c.same = make([]bool, len(c.cands)+1)
	c.same[len(c.cands)] = true
	for k := len(c.cands) - 1; k >= 0; k-- {
		c.same[k] = k == len(c.cands)-1 || c.same[k+1] && x.key(c.cands[k]) == x.key(c.cands[k+1])
	}
	c.pre = make([]bool, len(c.cands)+1)
	c.pre[0] = true
	for k := 1; k <= len(c.cands); k++ {
		c.pre[k] = k == 1 || c.pre[k-1] && x.key(c.cands[k-1]) == x.key(c.cands[k-2])
	}
	return c
}

// earlier returns the entity of the candidates before mention j if they
// are all one entity, or, if there are none, the only entity after j. j is
// not a full name, so not a candidate. A short form after two entities
// ("Bill Clinton and Hillary Clinton ... Clinton said") is not linked: the
// nearest of them was a guess that word order decided, and a mention given
// to the wrong person is worse than one left alone.
func (c *choice) earlier(j int) (personMention, bool) {
	k := sort.Search(len(c.cands), func(n int) bool { return c.cands[n].i >= j })
	if k > 0 {
		return c.cands[k-1], c.pre[k]
	}
	return c.from(0)
}

// otherBefore reports whether a candidate before mention j has another key than
// key.
func (c *choice) otherBefore(j int, key string, x *personIndex) bool {
	k := sort.Search(len(c.cands), func(n int) bool { return c.cands[n].i >= j })
	return k > 0 && (!c.pre[k] || x.key(c.cands[k-1]) != key)
}

// from returns the first candidate from k on if all of them share one key.
func (c *choice) from(k int) (personMention, bool) {
	if k >= len(c.cands) || !c.same[k] {
		return personMention{}, false
	}
	return c.cands[k], true
}

// only returns the first candidate that satisfies ok if all that do share one
// key.
func (x *personIndex) only(cands []personMention, ok func(personMention) bool) (personMention, bool) {
	var first personMention
	key := ""
	for _, c := range cands {
		if !ok(c) {
			continue
		}
		switch {
		case key == "":
			first, key = c, x.key(c)
		case x.key(c) != key:
			return personMention{}, false
		}
	}
	return first, key != ""
}

func linkPersons(ms []schema.Mention, lang string) {
	var ps []personMention
	for i := range ms {
		if ms[i].Type != schema.Person {
			continue
		}
		p := parsePerson(ms[i].Text, ms[i].LangIn(lang))
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
	x := newPersonIndex(ms, ps)
	// One canonical per key: the first full mention's.
	canon := map[string]string{}
	for _, pm := range x.full {
		if c, ok := canon[x.key(pm)]; ok {
			ms[pm.i].Canonical = c
		} else {
			canon[x.key(pm)] = ms[pm.i].Canonical
		}
	}
	x.linkTails()
	var famReadings map[string][]personMention
	if declining[lang] {
		x.linkCaseForms()
		famReadings = x.familyReadings()
	}
	// Short forms change only their own keys: the full names' keys, which
	// the choices read, stay as they are from here on.
	choices := map[string]*choice{}
	choose := func(kind, list string, cands []personMention, gen, letter string) *choice {
		id := kind + "\x00" + list + "\x00" + gen + "\x00" + letter
		c, ok := choices[id]
		if !ok {
			c = x.newChoice(cands, func(c personMention) bool {
				return kind == "given" || c.p.gen == gen && (kind != "initial" || c.letter == letter)
			})
			choices[id] = c
		}
		return c
	}
	for _, pm := range ps {
		if pm.full() {
			continue
		}
		p := pm.p
		var target personMention
		var ok bool
		switch {
		case p.initial:
			target, ok = choose("initial", p.family, x.byFam[p.family], p.gen, pm.letter).earlier(pm.i)
		case p.single:
			target, ok = choose("family", p.family, x.byFam[p.family], p.gen, "").earlier(pm.i)
			if ok && len(x.byInner[p.family]) > 0 && choose("inner", p.family, x.byInner[p.family], p.gen, "").otherBefore(pm.i, x.key(target), x) {
				// Another person before it has the word as first family
				// name ("Cristina Fernández de Kirchner ... Alberto
				// Fernández ... Fernández"): it could be either.
				ok = false
			}
			if !ok {
				// A genitive -s (Hamels) of a family name in the document.
				if stem, cut := strings.CutSuffix(p.word, "s"); cut && utf8.RuneCountInString(stem) > 2 {
					fk := familyKey(stem)
					target, ok = choose("family", fk, x.byFam[fk], p.gen, "").earlier(pm.i)
				}
			}
			if !ok && famReadings != nil {
				// A case form of a family name in the document, or the
				// nominative of one written in a case form there.
				for _, w := range append([]string{p.word}, nominatives(p.word)...) {
					fk := familyKey(w)
					if target, ok = choose("reading", fk, famReadings[fk], p.gen, "").earlier(pm.i); ok {
						break
					}
				}
			}
			if !ok && len(x.byFam[p.family]) == 0 {
				// The first of two family names (Sánchez of Pedro Sánchez
				// Pérez-Castejón, Lula of Luiz Inácio Lula da Silva): only
				// in names parsed as Iberian.
				target, ok = choose("inner", p.family, x.byInner[p.family], p.gen, "").earlier(pm.i)
			}
			if !ok && len(x.byFam[p.family]) == 0 && len(x.byInner[p.family]) == 0 {
				// A given name: only if one person has it and nobody has it
				// as family name.
				gk := givenKey(p.word)
				target, ok = choose("given", gk, x.byGiven[gk], "", "").from(0)
			}
		}
		if ok {
			ms[pm.i].Key, ms[pm.i].Canonical = x.key(target), ms[target.i].Canonical
		}
	}
}

// linkTails gives a name of two or more words that ends an earlier, longer
// full name the longer name's key: García Márquez after Gabriel García
// Márquez, Lula da Silva after Luiz Inácio Lula da Silva; then linkHeads.
func (x *personIndex) linkTails() {
	// The earlier full names by family, gender and each proper tail of two
	// or more words, added once their keys are final.
	byTail := newLatest(x.ms)
	tail := func(pm personMention, words []string) string {
		return pm.p.family + "\x00" + pm.p.gen + "\x00" + strings.Join(words, "\x00")
	}
	tailed := make(map[int]bool)
	for _, pm := range x.full {
		if len(pm.p.words) >= 2 {
			if t, ok := byTail.find(tail(pm, pm.p.words), x.key(pm)); ok {
				x.ms[pm.i].Key, x.ms[pm.i].Canonical = x.ms[t].Key, x.ms[t].Canonical
				tailed[pm.i] = true
			}
		}
		for n := 1; n <= len(pm.p.words)-2; n++ {
			byTail.add(tail(pm, pm.p.words[n:]), pm.i)
		}
	}
	x.linkHeads(tailed)
}

// linkHeads gives a full name whose words are an Iberian name's words up to
// its first family name the longer name's key, before or after it in the
// document: "Pedro Sánchez" and "Pedro Sánchez Pérez-Castejón"; not when
// two people there have that head ("Pedro Sánchez Gómez" as well: it could
// be either), nor a name that only shares a given name and a family name
// with it ("María Sánchez García" is not "María García López": an audit of
// a first version that matched on those two words alone).
func (x *personIndex) linkHeads(tailed map[int]bool) {
	type target struct {
		i    int  // the first full name with the head
		many bool // another key has it too
	}
	heads := map[string]*target{}
	for _, pm := range x.full {
		if pm.p.head == "" {
			continue
		}
		h := pm.p.head + "\x00" + pm.p.gen
		switch t := heads[h]; {
		case t == nil:
			heads[h] = &target{i: pm.i}
		case x.ms[t.i].Key != x.key(pm):
			t.many = true
		}
	}
	if len(heads) == 0 {
		return
	}
	// the most words of a full name with each key: "María José García" is
	// keyed as "María García" is (middle names are left out), so "María
	// García" could be her as well as the head of "María García López"
	most := map[string]int{}
	for _, pm := range x.full {
		most[x.key(pm)] = max(most[x.key(pm)], len(pm.p.words))
	}
	// longer names first, so that a name that is another's head and has a
	// head of its own (José Ignacio López of José Ignacio López de
	// Arriortúa; José Ignacio) passes on its final key
	ps := slices.Clone(x.full)
	slices.SortStableFunc(ps, func(a, b personMention) int { return len(b.p.words) - len(a.p.words) })
	for _, pm := range ps {
		t := heads[strings.Join(pm.p.words, " ")+"\x00"+pm.p.gen]
		switch {
		case t == nil || x.ms[t.i].Key == x.key(pm):
		case tailed[pm.i]:
			// the tail of one name and the head of another ("Pedro
			// Sánchez" after "Juan Pedro Sánchez" and "Pedro Sánchez
			// Pérez-Castejón"): either, so neither
			x.ms[pm.i].Key, x.ms[pm.i].Canonical = pm.p.key(), pm.p.canonical
		case !t.many && most[x.key(pm)] <= len(pm.p.words):
			x.ms[pm.i].Key, x.ms[pm.i].Canonical = x.ms[t.i].Key, x.ms[t.i].Canonical
		}
	}
}

// linkCaseForms links the case forms of full names in a declining language
// (Дениса Квасова, Анной Ивановой). Every full mention has a set of readings:
// the keys of its given and family words as written and as nominatives (see
// nominatives). A full mention whose key no other full mention shares takes
// the key of the one entity whose key is among its readings (Дениса Квасова
// -> Денис Квасов); failing that, of the one earlier entity that shares a
// reading with it (Анны Ивановой -> Анной Ивановой).
func (x *personIndex) linkCaseForms() {
	count := map[string]int{}
	readings := make([][]string, len(x.full))
	byKey := map[string][]personMention{}
	byReading := map[string][]personMention{}
	for n, pm := range x.full {
		count[x.key(pm)]++
		byKey[x.key(pm)] = append(byKey[x.key(pm)], pm)
		seen := map[string]bool{}
		// every reading pairs a given and a family form: key each form once
		var fams []string
		for _, f := range append([]string{pm.p.famWord}, nominatives(pm.p.famWord)...) {
			fams = append(fams, familyKey(f))
		}
		for _, g := range append([]string{pm.p.givenWord}, nominatives(pm.p.givenWord)...) {
			gk := givenKey(g)
			for _, fk := range fams {
				r := "person:" + gk + "_" + fk + pm.p.gen
				if !seen[r] {
					seen[r] = true
					readings[n] = append(readings[n], r)
					byReading[r] = append(byReading[r], pm)
				}
			}
		}
	}
	for n, pm := range x.full {
		if count[x.key(pm)] > 1 {
			continue
		}
		own := map[string]bool{}
		var byOwnKey, sharing []personMention
		for _, r := range readings[n] {
			own[r] = true
			byOwnKey = append(byOwnKey, byKey[r]...)
			sharing = append(sharing, byReading[r]...)
		}
		sortMentions(byOwnKey)
		sortMentions(sharing)
		target, ok := x.only(byOwnKey, func(c personMention) bool {
			return c.i != pm.i && x.key(c) != x.key(pm) && own[x.key(c)]
		})
		if !ok {
			target, ok = x.only(sharing, func(c personMention) bool { return c.i < pm.i && x.key(c) != x.key(pm) })
		}
		if ok {
			count[x.key(pm)]--
			x.ms[pm.i].Key, x.ms[pm.i].Canonical = x.key(target), x.ms[target.i].Canonical
			count[x.key(pm)]++
		}
	}
}

func sortMentions(pms []personMention) {
	sort.Slice(pms, func(a, b int) bool { return pms[a].i < pms[b].i })
}

// familyReadings indexes the full names by the family keys their family word
// can have in the nominative.
func (x *personIndex) familyReadings() map[string][]personMention {
	idx := map[string][]personMention{}
	for _, pm := range x.full {
		seen := map[string]bool{pm.p.family: true}
		idx[pm.p.family] = append(idx[pm.p.family], pm)
		for _, f := range nominatives(pm.p.famWord) {
			if fk := familyKey(f); !seen[fk] {
				seen[fk] = true
				idx[fk] = append(idx[fk], pm)
			}
		}
	}
	return idx
}

// PersonParts is what a person's name says about who it names, for joining
// entities across documents: the family name's key and the given name's
// first letter, if any.
type PersonParts struct {
	Family  string // phonetic key of the family name, with a generation suffix (_jr)
	Initial string // transliterated first letter of the given name; "" when the name is a family name alone
	Full    bool   // the given name is written out, not only an initial
	Written string // the family name as written, transliterated to Latin, lower case, without accents
	Given   string // the given name as written, likewise; "" for an initial or none
}

// PersonPartsOf reads name, a person's canonical name in language lang, as
// Person does: "Denis Kvasov" is {kvasov, d, true, kvasov}, "D. Kvasov"
// {kvasov, d, false, kvasov}, "Kvasov" {kvasov, "", false, kvasov}.
func PersonPartsOf(name, lang string) PersonParts {
	p := parsePerson(name, lang)
	if p.family == "" {
		return PersonParts{}
	}
	pp := PersonParts{Family: p.family + p.gen, Written: latin(strings.TrimRight(p.famWord, "."))}
	if p.given != "" && !p.single {
		pp.Initial = initialLetter(p.canonical, p)
		pp.Full = !p.initial
		if pp.Full {
			pp.Given = latin(p.givenWord)
		}
	}
	return pp
}
