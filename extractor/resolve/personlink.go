package resolve

import (
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
}

func newPersonIndex(ms []schema.Mention, ps []personMention) *personIndex {
	x := &personIndex{ms: ms, byFam: map[string][]personMention{}, byGiven: map[string][]personMention{}}
	for _, pm := range ps {
		if pm.full() {
			x.full = append(x.full, pm)
			x.byFam[pm.p.family] = append(x.byFam[pm.p.family], pm)
			x.byGiven[pm.p.given] = append(x.byGiven[pm.p.given], pm)
		}
	}
	return x
}

func (x *personIndex) key(pm personMention) string { return x.ms[pm.i].Key }

// nearest returns the candidate nearest before mention j that satisfies ok,
// or, if there is none, the only entity after j that does.
func (x *personIndex) nearest(cands []personMention, j int, ok func(personMention) bool) (personMention, bool) {
	k := sort.Search(len(cands), func(n int) bool { return cands[n].i >= j })
	for n := k - 1; n >= 0; n-- {
		if ok(cands[n]) {
			return cands[n], true
		}
	}
	return x.only(cands[k:], func(c personMention) bool { return c.i != j && ok(c) })
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
	for _, pm := range ps {
		if pm.full() {
			continue
		}
		p := pm.p
		sameGen := func(c personMention) bool { return c.p.gen == p.gen }
		var target personMention
		var ok bool
		switch {
		case p.initial:
			target, ok = x.nearest(x.byFam[p.family], pm.i, func(c personMention) bool { return sameGen(c) && c.letter == pm.letter })
		case p.single:
			target, ok = x.nearest(x.byFam[p.family], pm.i, sameGen)
			if !ok {
				// A genitive -s (Hamels) of a family name in the document.
				if stem, cut := strings.CutSuffix(p.word, "s"); cut && utf8.RuneCountInString(stem) > 2 {
					target, ok = x.nearest(x.byFam[familyKey(stem)], pm.i, sameGen)
				}
			}
			if !ok && famReadings != nil {
				// A case form of a family name in the document, or the
				// nominative of one written in a case form there.
				for _, w := range append([]string{p.word}, nominatives(p.word)...) {
					if target, ok = x.nearest(famReadings[familyKey(w)], pm.i, sameGen); ok {
						break
					}
				}
			}
			if !ok && len(x.byFam[p.family]) == 0 {
				// A given name: only if one person has it and nobody has it
				// as family name.
				target, ok = x.only(x.byGiven[givenKey(p.word)], func(personMention) bool { return true })
			}
		}
		if ok {
			ms[pm.i].Key, ms[pm.i].Canonical = x.key(target), ms[target.i].Canonical
		}
	}
}

// linkTails gives a name of two or more words that ends an earlier, longer
// full name the longer name's key: García Márquez after Gabriel García
// Márquez, Lula da Silva after Luiz Inácio Lula da Silva.
func (x *personIndex) linkTails() {
	for _, pm := range x.full {
		if len(pm.p.words) < 2 {
			continue
		}
		cands := x.byFam[pm.p.family]
		for k := len(cands) - 1; k >= 0; k-- {
			c := cands[k]
			if c.i >= pm.i || x.key(c) == x.key(pm) || c.p.gen != pm.p.gen {
				continue
			}
			if n := len(c.p.words) - len(pm.p.words); n > 0 && equalWords(c.p.words[n:], pm.p.words) {
				x.ms[pm.i].Key, x.ms[pm.i].Canonical = x.key(c), x.ms[c.i].Canonical
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
		for _, g := range append([]string{pm.p.givenWord}, nominatives(pm.p.givenWord)...) {
			for _, f := range append([]string{pm.p.famWord}, nominatives(pm.p.famWord)...) {
				r := "person:" + givenKey(g) + "_" + familyKey(f) + pm.p.gen
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
