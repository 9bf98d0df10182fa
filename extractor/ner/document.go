package ner

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagDocument tags the sentences of one document, then makes the document
// consistent: a surname or organization found once (Katrin Oberholzer,
// Northwind Logistics) is also tagged where it recurs untagged (Oberholzer
// said ...). News repeats names this way, and later, shorter mentions are the
// ones a sentence-level tagger misses most. It returns each sentence's
// spans and their margins, or ctx's error if ctx ends first (checked before
// each sentence).
func (m *Model) tagDocument(ctx context.Context, sents [][]string, lang string) ([][]span, [][]float32, error) {
	spans := make([][]span, len(sents))
	margins := make([][]float32, len(sents))
	for i, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		spans[i], margins[i] = m.tagLang(s, true, lang)
	}
	if len(sents) < 2 {
		return spans, margins, nil
	}
	headlineNames(sents, spans, margins)
	m.designatedEverywhere(sents, spans)
	perTok := map[string]float32{}
	orgs := newKnownOrgs()
	for i, s := range sents {
		for k, sp := range spans[i] {
			mg := margins[i][k]
			switch sp.typ {
			case 0:
				for _, t := range s[sp.start:sp.end] {
					if m.nameLike(t) {
						perTok[t] = max(perTok[t], mg)
					}
				}
			case 1:
				if sp.end-sp.start == 1 && !m.nameLike(s[sp.start]) {
					continue
				}
				orgs.add(s[sp.start:sp.end], mg)
			}
		}
	}
	if len(perTok) == 0 && orgs.empty() {
		return spans, margins, nil
	}
	for i, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		// a LOC or MISC span made only of known name tokens becomes PER
		// (Saalfeld, taken for a place). Doing the same for organizations
		// lost more than it gained on CoNLL val.
		for k, sp := range spans[i] {
			if sp.typ < 2 {
				continue
			}
			{
				all := true
				for _, t := range s[sp.start:sp.end] {
					if _, ok := perTok[t]; !ok {
						all = false
						break
					}
				}
				if all {
					spans[i][k].typ = 0
				}
			}
		}
		covered := make([]bool, len(s))
		for _, sp := range spans[i] {
			for k := sp.start; k < sp.end; k++ {
				covered[k] = true
			}
		}
		if dateLangs[lang] { // "Kasım 2024'te" after "Kasım Gülpınar"
			for k := range s {
				covered[k] = covered[k] || dateAt(s, k, lang)
			}
		}
		added := false
		for j := 0; j < len(s); {
			if covered[j] {
				j++
				continue
			}
			found, mg := orgs.longest(s, j, covered)
			if found > 0 {
				spans[i] = append(spans[i], span{typ: 1, start: j, end: j + found})
				margins[i] = append(margins[i], mg)
				added = true
				j += found
				continue
			}
			// a run of known name tokens
			e := j
			mg = 0
			for e < len(s) && !covered[e] {
				v, ok := perTok[s[e]]
				if !ok && genitiveS[m.Card.Lang] && len(s[e]) > 3 && strings.HasSuffix(s[e], "s") {
					// German genitive: Korns, Emdes after Walter Korn, Emde
					v, ok = perTok[s[e][:len(s[e])-1]]
				}
				if !ok {
					break
				}
				mg = max(mg, v)
				e++
			}
			if e > j {
				spans[i] = append(spans[i], span{typ: 0, start: j, end: e})
				margins[i] = append(margins[i], mg)
				added = true
				j = e
				continue
			}
			j++
		}
		if added {
			sortSpans(spans[i], margins[i])
		}
	}
	return spans, margins, nil
}

// knownOrgs are a document's tagged organizations, a trie of their words:
// node 0 is the root; a name ends at a node with ends set, with the
// highest margin it was tagged with.
type knownOrgs struct {
	next map[orgEdge]int32
	ends []bool
	mg   []float32
}

type orgEdge struct {
	node int32
	tok  string
}

func newKnownOrgs() *knownOrgs {
	return &knownOrgs{next: map[orgEdge]int32{}, ends: []bool{false}, mg: []float32{0}}
}

func (o *knownOrgs) empty() bool { return len(o.ends) == 1 }

func (o *knownOrgs) add(toks []string, mg float32) {
	node := int32(0)
	for _, t := range toks {
		e := orgEdge{node, t}
		n, ok := o.next[e]
		if !ok {
			n = int32(len(o.ends))
			o.next[e] = n
			o.ends = append(o.ends, false)
			o.mg = append(o.mg, 0)
		}
		node = n
	}
	if !o.ends[node] || mg > o.mg[node] {
		o.ends[node], o.mg[node] = true, mg
	}
}

// longest returns the length and margin of the longest known organization
// that starts at s[j] and covers no covered token, or 0. The walk goes as
// far as the words match a known name's, a word or two where none recurs;
// joining the words of every known length cost a 256-word join at every
// occurrence of a long name's first word (a 1 MB document repeating it took
// 8-15 s where it takes 0.7 s without the name).
func (o *knownOrgs) longest(s []string, j int, covered []bool) (int, float32) {
	found, mg, node := 0, float32(0), int32(0)
	for d := j; d < len(s) && !covered[d]; d++ {
		n, ok := o.next[orgEdge{node, s[d]}]
		if !ok {
			break
		}
		node = n
		if o.ends[n] {
			found, mg = d-j+1, o.mg[n]
		}
	}
	return found, mg
}

// genitiveS are the languages whose genitive adds an s to a name, so that
// a known surname is also found in its genitive (Korns Antrag, Emdes
// Haltung). On CoNLL German val read as documents it lifted PERSON F1 from
// 0.790 to 0.796 (recall 0.743 to 0.754, precision 0.844 to 0.842).
var genitiveS = map[string]bool{"de": true}

// nameLike reports whether a token can carry a name across a document: it
// starts with an uppercase letter, has at least two letters, and its
// lowercase form is not a common word of the training text (Will, Bank).
func (m *Model) nameLike(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(t) < 2 {
		return false
	}
	wi, ok := m.lex.word(hashString(fnvOffset, strings.ToLower(t)))
	return !ok || wi.flags&seenLower == 0
}

// sortSpans orders spans (and their margins) by start.
func sortSpans(s []span, mg []float32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].start < s[j-1].start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
			mg[j], mg[j-1] = mg[j-1], mg[j]
		}
	}
}

// EvaluateDocuments is Evaluate with document consistency, reading every
// docSize consecutive sentences as one document (the val files keep their
// sentences in order but carry no document boundaries).
func EvaluateDocuments(m *Model, set string, sents []Sentence, docSize int) []Score {
	scores := []Score{{Set: set, Type: "PERSON"}, {Set: set, Type: "ORGANIZATION"}}
	for lo := 0; lo < len(sents); lo += docSize {
		hi := min(lo+docSize, len(sents))
		toks := make([][]string, 0, hi-lo)
		for _, s := range sents[lo:hi] {
			toks = append(toks, s.Tokens)
		}
		pred, _, _ := m.tagDocument(context.Background(), toks, m.Card.Lang)
		for k, s := range sents[lo:hi] {
			score(scores, pred[k], spansFromIOB(s.Tags))
		}
	}
	for i := range scores {
		scores[i].finish()
	}
	return scores
}

func score(scores []Score, pred, gold []span) {
	for _, g := range gold {
		if g.typ <= 1 {
			scores[g.typ].Gold++
		}
	}
	for _, p := range pred {
		if p.typ > 1 {
			continue
		}
		scores[p.typ].Pred++
		for _, g := range gold {
			if g == p {
				scores[p.typ].Correct++
				break
			}
		}
	}
}

// headlineNames splits a name that the tagger ran across the words of a
// headline ("Arsenal beat Manchester City", "Mercadona y El Corte Inglés
// suben salarios") into the names the document's body gives inside it
// (Arsenal, Manchester City): a headline has no final period, and the
// tagger, having learnt such lines from WikiANN's titles, may join names
// across its verbs. Only a PERSON or ORGANIZATION of three words or more
// that holds a lowercase word other than the particles of names
// (personParticles) is split, and only into names found in sentences that
// end as prose; a name of the body that covers the whole span leaves it as
// it is.
func headlineNames(sents [][]string, spans [][]span, margins [][]float32) {
	candidate := false
	for i, s := range sents {
		if endsProse(s) {
			continue
		}
		for _, sp := range spans[i] {
			candidate = candidate || acrossWords(s, sp)
		}
	}
	if !candidate {
		return // most documents: no name runs across a headline's words
	}
	body := map[string]int{}
	longest := 0
	for i, s := range sents {
		if !endsProse(s) {
			continue
		}
		for _, sp := range spans[i] {
			if sp.typ <= 1 {
				body[strings.Join(s[sp.start:sp.end], " ")] = sp.typ
				longest = max(longest, sp.end-sp.start)
			}
		}
	}
	if len(body) == 0 {
		return
	}
	for i, s := range sents {
		if endsProse(s) {
			continue
		}
		var out []span
		var outM []float32
		changed := false
		for k, sp := range spans[i] {
			var found []span
			if acrossWords(s, sp) {
				for j := sp.start; j < sp.end; {
					l := min(longest, sp.end-j)
					for ; l >= 1; l-- {
						if t, ok := body[strings.Join(s[j:j+l], " ")]; ok {
							found = append(found, span{typ: t, start: j, end: j + l})
							break
						}
					}
					j += max(l, 1)
				}
			}
			if len(found) == 0 || len(found) == 1 && found[0] == sp {
				out, outM = append(out, sp), append(outM, margins[i][k])
				continue
			}
			changed = true
			for _, f := range found {
				out, outM = append(out, f), append(outM, margins[i][k])
			}
		}
		if changed {
			spans[i], margins[i] = out, outM
		}
	}
}

// acrossWords reports whether sp, in sentence s, is a PERSON or an
// ORGANIZATION of three words or more that holds a common word (see
// headlineNames).
func acrossWords(s []string, sp span) bool {
	return sp.typ <= 1 && sp.end-sp.start >= 3 && holdsCommonWord(s[sp.start:sp.end])
}

// holdsCommonWord reports whether words hold a lowercase word other than
// the particles of names.
func holdsCommonWord(words []string) bool {
	for _, w := range words {
		if lowercaseWord(w) && !personParticles[w] {
			return true
		}
	}
	return false
}

// endsProse reports whether a sentence ends with sentence punctuation, as
// prose does and headlines, titles and list items do not (a closing quote
// or bracket after it counts).
func endsProse(s []string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	last := s[n-1]
	if n > 1 && (last == "\"" || last == "''" || last == "'" || last == ")" || last == "»" || last == "”") {
		last = s[n-2]
	}
	switch last {
	case ".", "!", "?", "...", "…":
		return true
	}
	return false
}

// designatedEverywhere gives the type ORG to every PERSON of a document
// written as an organization that one of its sentences names after a
// designator ("Il gruppo dolciario Ferrero ...", "O grupo Jerónimo Martins"):
// the headline or a later sentence that names the company alone reads as a
// person otherwise, and the document's types follow its first mention.
func (m *Model) designatedEverywhere(sents [][]string, spans [][]span) {
	var orgs map[string]bool
	for i, s := range sents {
		for _, sp := range spans[i] {
			if sp.typ == 1 && designated(s, sp, m.Card.Lang) {
				if orgs == nil {
					orgs = map[string]bool{}
				}
				orgs[strings.Join(s[sp.start:sp.end], " ")] = true
			}
		}
	}
	if orgs == nil {
		return
	}
	for i, s := range sents {
		for k, sp := range spans[i] {
			if sp.typ == 0 && orgs[strings.Join(s[sp.start:sp.end], " ")] {
				spans[i][k].typ = 1
			}
		}
	}
}
