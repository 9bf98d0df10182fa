package extractor

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"entities/extractor/lang"
	"entities/extractor/money"
	"entities/extractor/ner"
	"entities/extractor/resolve"
	"entities/extractor/schema"
	"entities/extractor/text"
)

// Extractor finds the mentions in one document. Implementations are safe for
// concurrent use. A document that cannot be processed yields an error that is
// a *schema.Error (see schema.CodeOf) and never a panic.
type Extractor interface {
	Extract(ctx context.Context, doc schema.Document) (schema.Result, error)
}

// Config configures an Engine. The zero value extracts every type with the
// default language set.
type Config struct {
	Lang     lang.Config    // language detection; ignored when Detector is set
	Detector *lang.Detector // a shared detector; nil builds one from Lang (lang.Default for a zero Lang)
	MaxBytes int            // limit on a document's text; 0 means schema.DefaultMaxBytes
	Types    []schema.Type  // types to extract; nil means all
	// RejectUnknownLanguage sends documents whose language cannot be told to
	// the caller as CodeUnknownLanguage instead of extracting them with the
	// multilingual fallback.
	RejectUnknownLanguage bool
}

// Engine is the default Extractor.
type Engine struct {
	cfg    Config
	det    *lang.Detector
	person bool
	org    bool
	money  bool
}

var _ Extractor = (*Engine)(nil)

// New builds an Engine. Models load lazily on first use, once per process.
func New(cfg Config) (*Engine, error) {
	det := cfg.Detector
	if det == nil {
		var err error
		if reflect.DeepEqual(cfg.Lang, lang.Config{}) {
			det, err = lang.Default()
		} else {
			det, err = lang.New(cfg.Lang)
		}
		if err != nil {
			return nil, fmt.Errorf("extractor: %w", err)
		}
	}
	e := &Engine{cfg: cfg, det: det}
	if cfg.Types == nil {
		cfg.Types = schema.Types
	}
	for _, t := range cfg.Types {
		switch t {
		case schema.Person:
			e.person = true
		case schema.Organization:
			e.org = true
		case schema.Money:
			e.money = true
		default:
			return nil, fmt.Errorf("extractor: unknown entity type %q", t)
		}
	}
	return e, nil
}

// Detector returns the language detector the engine uses.
func (e *Engine) Detector() *lang.Detector { return e.det }

// Extract implements Extractor.
func (e *Engine) Extract(ctx context.Context, doc schema.Document) (res schema.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = schema.Errorf(schema.CodeInternal, "extractor panicked: %v", p)
		}
	}()
	if err := schema.Stopped(ctx); err != nil {
		return schema.Result{}, err
	}
	if err := schema.Validate(doc, e.cfg.MaxBytes); err != nil {
		return schema.Result{}, err
	}
	hint := doc.Lang
	if schema.NoHint(hint) {
		hint = ""
	}
	text := doc.Text
	nfc, decomposed := composed(text)
	if decomposed {
		text = nfc.text
	}
	det := e.det.Detect(text, hint)
	if err := schema.Stopped(ctx); err != nil {
		return schema.Result{}, err
	}
	if det.Lang == lang.Und && e.cfg.RejectUnknownLanguage {
		return schema.Result{}, schema.Errorf(schema.CodeUnknownLanguage, "the language of the text cannot be told")
	}
	res = schema.Result{ID: doc.ID, Lang: det.Lang, LangConfidence: det.Confidence, Languages: det.Languages, PublishedAt: doc.PublishedAt, Title: doc.Title}
	if m := bytes.TrimSpace(doc.Meta); len(m) > 0 && string(m) != "null" {
		res.Meta = doc.Meta
	}
	if res.Entities, err = e.mentions(ctx, text, det); err != nil {
		return schema.Result{}, err
	}
	if decomposed {
		nfc.restore(doc.Text, res.Entities)
	}
	return res, nil
}

// mentions runs the taggers over each language segment of s, so a mixed
// document gets each paragraph's own model and number conventions. When ctx
// ends it stops (between steps, and between sentences in the tagger) and
// returns schema.Stopped's error: a deadline frees the CPU soon after it
// passes, not after the whole document.
func (e *Engine) mentions(ctx context.Context, s string, det lang.Detection) ([]schema.Mention, error) {
	runes := []rune(s)
	ms := []schema.Mention{}
	var onlyTitles []int // persons whose words are all titles
	segs := mergeSegments(det.Segments)
	for _, seg := range segs {
		if err := schema.Stopped(ctx); err != nil {
			return nil, err
		}
		part := s // most documents are one segment: no copy
		if len(segs) > 1 {
			part = string(runes[seg.Start:seg.End])
		}
		segLang := ""
		if seg.Lang != det.Lang {
			segLang = seg.Lang
		}
		if e.person || e.org {
			toks := text.TokenizeLang(part, seg.Lang)
			spans, err := ner.FindContext(ctx, part, toks, seg.Lang)
			if err != nil {
				return nil, schema.Stopped(ctx)
			}
			for _, sp := range spans {
				t := schema.Type(sp.Type)
				start, end := trimInvisible(runes, seg.Start+sp.Start, seg.Start+sp.End)
				read := aName
				if t == schema.Person {
					start, end, read = personName(runes, start, end, seg.Lang)
					if read == aBody {
						if !organizationLike(runes[start:end]) {
							continue // "Maliye" of "Maliye Bakanı"
						}
						t = schema.Organization // "Vadi Derneği" of "Vadi Derneği Genel"
					}
				}
				if start == end || end-start > maxNameRunes {
					continue
				}
				if t == schema.Person && resolve.IsGeneration(string(runes[start:end])) {
					// "Jr." tagged alone after "Martin Luther King": it
					// ends the name before it, and alone it is no name
					if k := len(ms) - 1; k >= 0 && ms[k].Type == schema.Person && ms[k].End < start &&
						strings.TrimSpace(string(runes[ms[k].End:start])) == "" {
						ms[k].End = end
						ms[k].Text = string(runes[ms[k].Start:end])
					}
					continue
				}
				if read == titlesOnly {
					onlyTitles = append(onlyTitles, len(ms))
				}
				ms = append(ms, schema.Mention{
					Type: t, Start: start, End: end,
					Text: string(runes[start:end]), Confidence: sp.Confidence, Lang: segLang,
				})
			}
		}
		// money too when names are asked for, as the document rules read
		// them together: it is cheap, and the names come out as in a run
		// of every type
		if e.money || e.person || e.org {
			if err := schema.Stopped(ctx); err != nil {
				return nil, err
			}
			for _, a := range money.Find(part, seg.Lang) {
				ms = append(ms, schema.Mention{
					Type: schema.Money, Start: seg.Start + a.Start, End: seg.Start + a.End,
					Text: string(runes[seg.Start+a.Start : seg.Start+a.End]), Confidence: a.Confidence, Lang: segLang,
					Amount: a.Amount, AmountMax: a.AmountMax, Currency: a.Currency,
					Canonical: a.Canonical(), Key: a.Key(),
				})
			}
		}
	}
	if err := schema.Stopped(ctx); err != nil {
		return nil, err
	}
	ms = dropTitles(ms, onlyTitles)
	ms = datelines(s, ms)
	ms = dropOverlaps(ms)
	harmonizeTypes(ms, addressed(runes, ms, det.Lang))
	resolve.LinkText(s, ms, det.Lang)
	// the types asked for are left out only now: a name the document rules
	// retype (a person that is an organization elsewhere in the text) or
	// link is the same as in a run of every type (before, ORGANIZATION
	// alone found 603 of the 605 organizations of a news set)
	kept := ms[:0]
	for _, m := range ms {
		if m.Type == schema.Person && e.person || m.Type == schema.Organization && e.org || m.Type == schema.Money && e.money {
			kept = append(kept, m)
		}
	}
	return kept, nil
}

// maxNameRunes is the longest name reported, in code points. The longest of
// the 361,488 names marked in the data files' running text has 125 (a
// Russian medical centre's full name); a run of capitalized words joined by
// hyphens, 131,028 code points in one token, was one organization, its key
// as long (an audit).
const maxNameRunes = 200

// trimInvisible narrows [start, end) of a name to leave out invisible
// formatting at its edges, which tokens keep as part of a word: the
// direction marks around a Latin name in Arabic or Hebrew text
// ("Merkel\u200e"), a zero-width joiner or soft hyphen at a word's end.
// Inside a name they stay ("Mer\u00adkel").
func trimInvisible(runes []rune, start, end int) (int, int) {
	for start < end && unicode.Is(unicode.Cf, runes[start]) {
		start++
	}
	for end > start && unicode.Is(unicode.Cf, runes[end-1]) {
		end--
	}
	return start, end
}

// addressed reports, for each mention, whether it is an organization of
// one or two words right after a title that only persons are addressed by
// ("Herr Porsche", "Mr Siemens", "M. Renault"): the tagger, reading the name
// as the company's, cannot see that the text speaks to a person. lang is
// the document's; a mention in a paragraph of its own language reads its
// title in that language.
func addressed(runes []rune, ms []schema.Mention, lang string) []bool {
	var out []bool
	for i, m := range ms {
		if m.Type != schema.Organization || len(strings.Fields(m.Text)) > 2 {
			continue
		}
		end := m.Start
		for end > 0 && unicode.IsSpace(runes[end-1]) {
			end--
		}
		if end == m.Start { // no space before the name
			continue
		}
		start := end
		for start > 0 && (unicode.IsLetter(runes[start-1]) || runes[start-1] == '.' || runes[start-1] == '-') {
			start--
		}
		if start < end && resolve.IsAddressForm(string(runes[start:end]), m.LangIn(lang)) {
			if out == nil {
				out = make([]bool, len(ms))
			}
			out[i] = true
		}
	}
	return out
}

// What personName read in a person's span.
const (
	aName      = iota
	titlesOnly // "President", "Genel Başkanı": no one's name
	aBody      // what precedes a title no name ends with: "Maliye" of "Maliye Bakanı"
)

// personName narrows [start, end) of a person's name to the name: past the
// titles the tagger took in at its start, while a capitalized word follows
// ("Cumhurbaşkanı Recep Tayyip Erdoğan", "Genel Müdür Selin Aydın": the
// name is what follows, as the data the taggers learn from marks it), and
// past a Turkish title inside it ("İstanbul Valisi Davut Gül"). What
// precedes a title no name ends with (resolve.IsTitleEnd: "Maliye Bakanı",
// minister of finance; "Yeşil Vadi Derneği Genel ...") is the body the title
// belongs to, not a person: it returns that, as aBody. It returns
// titlesOnly when the words left are all titles ("President"; see
// dropTitles), aName otherwise, and for a title alone that is also a
// family name ("Prince said": Erik Prince). A title with nothing capitalized after it is
// left as it is.
func personName(runes []rune, start, end int, lang string) (int, int, int) {
	// the words of the span, as [start, end) pairs
	var ws [][2]int
	for i := start; i < end; {
		for i < end && unicode.IsSpace(runes[i]) {
			i++
		}
		k := i
		for k < end && !unicode.IsSpace(runes[k]) {
			k++
		}
		if k > i {
			ws = append(ws, [2]int{i, k})
		}
		i = k
	}
	word := func(k int) string { return string(runes[ws[k][0]:ws[k][1]]) }
	upperAt := func(k int) bool { return unicode.IsUpper(runes[ws[k][0]]) }
	first, last := 0, len(ws)-1
	// a Turkish title inside: the body before it, the name after it
	// ("İstanbul Valisi Davut Gül")
	ends := resolve.HasTitleEnds(lang)
	for k := 0; ends && k < last; k++ {
		if upperAt(k+1) && resolve.IsTitleEnd(word(k), lang) {
			first = k + 1
		}
	}
	for first < last && upperAt(first+1) && resolve.IsTitle(word(first), lang) {
		first++
	}
	read := aName
	for ends && last > first && resolve.IsTitleEnd(word(last), lang) {
		last, read = last-1, aBody
	}
	if first > 0 {
		start = ws[first][0]
	}
	if last < len(ws)-1 {
		end = ws[last][1]
	}
	if read == aBody || len(ws) == 0 {
		return start, end, read
	}
	for k := first; k <= last; k++ {
		if w := word(k); !resolve.IsTitle(w, lang) && !(ends && resolve.IsTitleEnd(w, lang)) {
			return start, end, aName
		}
	}
	if first == last && resolve.IsFamilyTitle(word(first)) {
		return start, end, aName // "Prince said": Erik Prince
	}
	return start, end, titlesOnly
}

// organizationLike reports whether name, of several words, ends with a word
// only organizations' names end with (ner.IsOrganizationHead). The tagger
// gives such names the type ORG itself; this is for a name whose end was a
// title (see personName).
func organizationLike(name []rune) bool {
	f := strings.Fields(string(name))
	return len(f) > 1 && ner.IsOrganizationHead(f[len(f)-1])
}

// dropTitles leaves out the persons ms[i] for i in titles, whose words are
// all titles ("Genel Başkanı", "Chancellor"), unless a longer person's name
// in the document ends with the same word, when it may be a family name
// that is also a title (King after Stephen King).
func dropTitles(ms []schema.Mention, titles []int) []schema.Mention {
	if len(titles) == 0 {
		return ms
	}
	lastWords := map[string]bool{}
	for _, m := range ms {
		if f := strings.Fields(m.Text); m.Type == schema.Person && len(f) > 1 {
			lastWords[f[len(f)-1]] = true
		}
	}
	drop := map[int]bool{}
	for _, i := range titles {
		if !lastWords[ms[i].Text] {
			drop[i] = true
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// harmonizeTypes makes the tagger's types consistent within a document, as
// a reader would: a name written the same way again keeps the type it had
// first, and a single word that ends an earlier person's name ("Kvasov"
// after "Denis Kvasov") is that person, whatever the tagger said of the
// later sentence. A name addressed with a title of persons (addressed: nil
// or one flag per mention) is a person, and leaves the type of the same
// name elsewhere as it is ("Porsche" the company, "Herr Porsche" the man).
// The tagger decides one sentence at a time; this is the document-level
// half of the decision.
func harmonizeTypes(ms []schema.Mention, addressed []bool) {
	first := map[string]schema.Type{}
	surnames := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if m.Type == schema.Money {
			continue
		}
		if addressed != nil && addressed[i] {
			m.Type = schema.Person
			continue
		}
		if t, ok := first[m.Text]; ok {
			m.Type = t
		} else if m.Type == schema.Organization && !strings.ContainsAny(m.Text, " \u00a0") && surnames[m.Text] {
			m.Type = schema.Person
		}
		if _, ok := first[m.Text]; !ok {
			first[m.Text] = m.Type
		}
		if m.Type == schema.Person {
			if f := strings.Fields(m.Text); len(f) > 1 {
				surnames[f[len(f)-1]] = true
			}
		}
	}
}

// mergeSegments joins neighbouring segments of one language, so that a
// sentence is never cut between two calls of a tagger without need.
func mergeSegments(segs []lang.Segment) []lang.Segment {
	var out []lang.Segment
	for _, s := range segs {
		if n := len(out); n > 0 && out[n-1].Lang == s.Lang && out[n-1].End == s.Start {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

// dropOverlaps sorts mentions by position and removes the ones that overlap
// an earlier-kept one. MONEY wins over a name it overlaps ("US$" is not an
// organization), then the longer span wins.
func dropOverlaps(ms []schema.Mention) []schema.Mention {
	sortByPriority(ms)
	// Positions taken by kept mentions, one bit per code point, so that each
	// candidate costs its own length: linear in the document, where
	// inserting into a sorted list moved the tail every time.
	end := 0
	for _, m := range ms {
		end = max(end, m.End)
	}
	// Empty mentions do not occur, but are kept as before: an empty one is
	// dropped strictly inside a kept span, and a kept one (a point) blocks the
	// spans that contain it.
	var taken, starts, points bitset
	taken.init(end + 1)
	starts.init(end + 1)
	points.init(end + 1)
	kept := make([]schema.Mention, 0, len(ms))
	for _, m := range ms {
		if m.End <= m.Start {
			if m.Start > 0 && taken.has(m.Start-1) && taken.has(m.Start) && !starts.has(m.Start) {
				continue
			}
			points.set(m.Start, m.Start+1)
		} else if taken.any(m.Start, m.End) || points.any(m.Start, m.End) {
			continue
		}
		taken.set(m.Start, m.End)
		starts.set(m.Start, m.Start+1)
		kept = append(kept, m)
	}
	// In document order; an empty mention goes before a span that starts
	// where it is, as it did when inserted before the first Start >= its own.
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].Start != kept[j].Start {
			return kept[i].Start < kept[j].Start
		}
		return kept[i].End < kept[j].End
	})
	return kept
}

// sortByPriority puts the mentions that win an overlap first: MONEY, then
// the longer span, then the earlier one.
func sortByPriority(ms []schema.Mention) {
	prio := func(m schema.Mention) int {
		if m.Type == schema.Money {
			return 1
		}
		return 0
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if prio(a) != prio(b) {
			return prio(a) > prio(b)
		}
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return la > lb
		}
		return a.Start < b.Start
	})
}

// bitset is a set of small non-negative integers.
type bitset []uint64

func (b *bitset) init(n int) { *b = make(bitset, (n+63)/64) }

func (b bitset) has(i int) bool { return i >= 0 && i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

// any reports whether one of [from, to) is in the set.
func (b bitset) any(from, to int) bool {
	for i := max(from, 0); i < to; i++ {
		if b.has(i) {
			return true
		}
	}
	return false
}

// set adds [from, to).
func (b bitset) set(from, to int) {
	for i := max(from, 0); i < to && i/64 < len(b); i++ {
		b[i/64] |= 1 << (i % 64)
	}
}
