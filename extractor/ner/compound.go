package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/text"
)

// misc is the type of MISC spans (PER, ORG, LOC, MISC).
const misc = 3

// docNames indexes the names the first tagging of a document found, for
// the names in its compounds; it is built on first use, as few documents
// need it. words and spans are the sentences' tokens and spans.
type docNames struct {
	words   [][]string
	spans   [][]span
	known   map[string]int  // a PERSON's or ORGANIZATION's text -> its type
	persons map[string]bool // the last words of persons
}

func (d *docNames) build() {
	if d.known != nil {
		return
	}
	d.known, d.persons = map[string]int{}, map[string]bool{}
	for i, ss := range d.spans {
		for _, sp := range ss {
			if outputType(sp.typ) != "" {
				d.known[strings.Join(d.words[i][sp.start:sp.end], " ")] = sp.typ
			}
			if sp.typ == 0 {
				d.persons[d.words[i][sp.end-1]] = true
			}
		}
	}
}

// typeOf returns the type of the name written name, if the document has it.
func (d *docNames) typeOf(name string) (int, bool) {
	d.build()
	typ, ok := d.known[name]
	return typ, ok
}

// has reports whether the document has name as a name of its own.
func (d *docNames) has(name string) bool {
	_, ok := d.typeOf(name)
	return ok
}

// person reports whether a person of the document ends with word w.
func (d *docNames) person(w string) bool {
	d.build()
	return d.persons[w]
}

// covered marks the tokens of sentence i that a span of the first tagging
// holds, but for MISC, which may hold a name's compound.
func (d *docNames) covered(i int) []bool {
	c := make([]bool, len(d.words[i]))
	for _, sp := range d.spans[i] {
		for k := sp.start; k < sp.end && sp.typ != misc; k++ {
			c[k] = true
		}
	}
	return c
}

// spanConfidence turns the smallest token margin of a span into its
// confidence, strictly between 0 and 1.
func (m *Model) spanConfidence(margin float32) float64 {
	return max(0.0001, min(0.9999, round4(confidence(margin, m.confA, m.confB))))
}

// compoundHeads finds the names that begin a hyphenated compound the tagger
// left untagged ("SPD-Fraktionschef", "PVV-leider", "Wirecard-Chef",
// "Trump-era"): the tokenizer keeps such a compound as one token, as the
// training data does, so the tagger never sees the name in it. Each
// sentence that holds one is tagged again with the compound as three tokens
// (name, hyphen, rest), and a PERSON or ORGANIZATION that ends with such a
// name, on words no span of the first tagging holds, is kept ("SPD",
// "Deutsche Bank" of "Deutsche Bank-Chef"); a PERSON only before a
// lowercase rest, as a capitalized one makes a double family name
// ("Müller-Wohlfahrt"), unless the first tagging found a person of that
// family name ("Trump-Regierung" beside "Donald Trump"). A compound whose
// name the first tagging found as a name of its own takes that name's type;
// a name found only in compounds is not spread to others, where one error
// would repeat through an article. The first tagging's spans stay as they
// are ("Rot-Weiß Hagen", "Sabine Leutheusser-Schnarrenberger"), but a
// compound it called MISC, as CoNLL's German data marks words derived from
// names, may begin with one. words are the tokens' texts and spans the
// first tagging's, both per sentence of parts (in names).
func (m *Model) compoundHeads(parts [][]text.Token, names *docNames, lang string) []Span {
	type compound struct {
		sent, tok int
		head      string
		end       int  // code point offset of the head's end
		common    bool // the head is a common word too (Høyre: right): only a name the document has
	}
	words := names.words
	var cs []compound
	covered := map[int][]bool{} // by sentence, of those with a compound
	for i, p := range parts {
		for j, t := range p {
			head, ok, common := m.compoundHead(t.Text)
			if !ok {
				continue
			}
			if covered[i] == nil {
				covered[i] = names.covered(i)
			}
			if !covered[i][j] {
				cs = append(cs, compound{i, j, head, t.Start + utf8.RuneCountInString(head), common})
			}
		}
	}
	// A common word alone is kept only as a name of the document: tag
	// again only where it is one, or may end a longer name ("Deutsche
	// Bank-Chef"), which saves most of the second tagging's cost.
	kept := cs[:0]
	for _, c := range cs {
		if !c.common || names.has(c.head) || names.person(c.head) || c.tok > 0 && isUpperInitial(words[c.sent][c.tok-1]) {
			kept = append(kept, c)
		}
	}
	if cs = kept; len(cs) == 0 {
		return nil
	}
	var out []Span
	found := make([]bool, len(cs))
	for c := 0; c < len(cs); {
		i := cs[c].sent
		// this sentence's compounds, split
		var toks []string
		var from []int // index in toks of each compound's head
		var starts []int
		next := c
		for j, w := range words[i] {
			if next < len(cs) && cs[next].sent == i && cs[next].tok == j {
				h := cs[next].head
				from = append(from, len(toks))
				toks = append(toks, h, "-", w[len(h)+1:])
				starts = append(starts, j)
				next++
				continue
			}
			toks = append(toks, w)
		}
		// token index in toks -> its start offset, for spans that begin
		// before the head
		offset := func(k int) (int, bool) {
			shift := 0
			for n, f := range from {
				if k == f {
					return parts[i][starts[n]].Start, true
				}
				if k > f && k <= f+2 {
					return 0, false // inside a compound, after its head
				}
				if k > f+2 {
					shift = n + 1
				}
			}
			return parts[i][k-2*shift].Start, true
		}
		tagged, margins := m.tagLang(toks, true, lang)
		for k, sp := range tagged {
			typ := outputType(sp.typ)
			if typ == "" {
				continue
			}
			for n, f := range from {
				head := cs[c+n].head
				if sp.end-1 != f || typ == "PERSON" && !lowerRest(words[i][starts[n]]) && !names.person(head) {
					continue // a double family name, Müller-Wohlfahrt, unless the person is named (Trump-Regierung)
				}
				if sp.start == f && cs[c+n].common && !names.has(head) && !names.person(head) {
					continue // a common word alone (Corona-krisen), not a name of the document
				}
				start, ok := offset(sp.start)
				// the words before the head must be free of the first
				// tagging's spans
				orig := starts[n] - (f - sp.start)
				for q := orig; ok && q < starts[n]; q++ {
					ok = q >= 0 && !covered[i][q]
				}
				if !ok {
					continue
				}
				found[c+n] = true
				out = append(out, Span{Type: typ, Start: start, End: cs[c+n].end, Confidence: m.spanConfidence(margins[k])})
			}
		}
		c = next
	}
	// the same name in a compound the second tagging left too, or a
	// person's family name
	for c, x := range cs {
		if found[c] {
			continue
		}
		typ, ok := names.typeOf(x.head)
		if !ok && names.person(x.head) {
			typ, ok = 0, true // Trump-Regierung beside Donald Trump
		}
		if ok && (typ != 0 || lowerRest(words[x.sent][x.tok]) || names.person(x.head)) {
			out = append(out, Span{Type: outputType(typ), Start: x.end - utf8.RuneCountInString(x.head), End: x.end, Confidence: 0.5})
		}
	}
	return out
}

// compoundSpan returns the offsets of name sp in sentence p: the tagger's
// span, less a place before -based that begins it ("Dallas-based Comerica"
// is Comerica), and only the name that begins a compound that is the whole
// span ("Siemens-Sprecher" is Siemens, as compoundHeads finds names in
// compounds the tagger left) when the rest is in lowercase, the name is an
// abbreviation in capitals, or named alone in the document (names): a
// German compound of two nouns may be a name whole ("Coca-Cola"). A span
// that is nothing else comes back empty.
func (m *Model) compoundSpan(p []text.Token, sp span, names *docNames) (int, int) {
	start, end := p[sp.start].Start, p[sp.end-1].End
	first := p[sp.start].Text
	if h := strings.IndexByte(first, '-'); h > 0 && placeRests[first[h+1:]] {
		if sp.end-sp.start == 1 {
			return start, start
		}
		return p[sp.start+1].Start, end
	}
	if sp.end-sp.start == 1 {
		if head, ok, common := m.compoundHead(first); ok && !common && (lowerRest(first) || strings.ToUpper(head) == head || names.has(head)) {
			return start, start + utf8.RuneCountInString(head)
		}
	}
	return start, end
}

// prefixes are the Latin and Greek prefixes, and parts of compounds for
// directions and diseases, that a hyphen joins to a word and that a
// sentence's start capitalizes ("Anti-war", "Ex-Kanzler", "Corona-krisen").
var prefixes = set("anti ex pro inter intra post pre non co multi pan trans neo semi vice mega mini micro super ultra " +
	"euro nord süd sud syd ost öst west vest nordost südost corona covid sars")

// placeRests are the English words after a place's hyphen ("Nashville-based").
var placeRests = set("based born bred headquartered area region wide")

// compoundHead returns the name a hyphenated token begins with, if it may
// begin with one: a capitalized word of three letters or more, or an
// abbreviation in capitals ("EU-Kommission"), that is no prefix, before a
// hyphen and a lowercase rest ("PVV-leider", "Trump-era"), or, for German,
// a common noun by the model's dictionary that is not a name by the name
// lists ("Wirecard-Chef"). A given name before the hyphen, by the name
// lists, begins names of streets, stadiums and foundations
// ("Michael-Ende-Straße"), or a double given name, not a mention of a
// person. common reports that the head is, by the model's lexicon, a common
// word in lower case too ("Høyre": right; "Corona"), which is a name only
// where the document has it as one.
func (m *Model) compoundHead(t string) (head string, ok, common bool) {
	h := strings.IndexByte(t, '-')
	if h <= 0 || h == len(t)-1 {
		return "", false, false
	}
	head, rest := t[:h], t[h+1:]
	r, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(head) < 3 && strings.ToUpper(head) != head || utf8.RuneCountInString(head) < 2 {
		return "", false, false
	}
	if given, _ := NameKinds(head); given || prefixes[strings.ToLower(head)] {
		return "", false, false
	}
	common = strings.ToUpper(head) != head && !m.nameLike(head)
	f, _ := utf8.DecodeRuneInString(rest)
	switch {
	case unicode.IsLower(f):
		return head, !placeRests[rest], common
	case !unicode.IsUpper(f) || !m.lex.dict:
		return "", false, false
	}
	if g, s := NameKinds(rest); g || s {
		return "", false, false
	}
	lw := []byte(strings.ToLower(rest))
	wi, found := m.lex.word(hashBytes(fnvOffset, lw))
	return head, dictClass(&m.lex, lw, found && wi.flags&dictWord != 0) != dictUnknown, common
}

// lowerRest reports whether the part of compound t after its first hyphen
// begins in lowercase ("Trump-era", not "Müller-Wohlfahrt").
func lowerRest(t string) bool {
	r, _ := utf8.DecodeRuneInString(t[strings.IndexByte(t, '-')+1:])
	return unicode.IsLower(r)
}

// set returns the words of a space-separated list as a set.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
