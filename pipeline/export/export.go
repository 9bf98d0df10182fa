package export

import (
	"encoding/csv"
	"encoding/json"
	"hash/fnv"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"entities/extractor/ner"
	"entities/extractor/resolve"
	"entities/extractor/schema"
)

// Alias is one surface form of an entity and how often it was seen.
type Alias struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Entity is one aggregated entity.
type Entity struct {
	Key            string     `json:"key"`
	Type           string     `json:"type"`
	Canonical      string     `json:"canonical"`
	Aliases        []Alias    `json:"aliases"`
	Languages      []string   `json:"languages"`
	Mentions       int        `json:"mentions"`
	Documents      int        `json:"documents"`
	DocumentsExact bool       `json:"documents_exact"`
	FirstSeen      *time.Time `json:"first_seen,omitempty"`
	LastSeen       *time.Time `json:"last_seen,omitempty"`
	Amount         string     `json:"amount,omitempty"`
	AmountMax      string     `json:"amount_max,omitempty"`
	Currency       string     `json:"currency,omitempty"`
	LegalForm      string     `json:"legal_form,omitempty"`
	MergedKeys     []string   `json:"merged_keys,omitempty"` // keys of case forms merged into this entity (MergeForms)
}

type state struct {
	typ        schema.Type
	canonicals map[string]int
	aliases    map[string]int
	langs      map[string]struct{}
	mentions   int
	first      time.Time
	last       time.Time
	amount     string
	amountMax  string
	currency   string
	legalForms map[string]int
	docIDs     []uint64 // hashes of the documents the entity is in, each once (exact when entities merge)
	merged     []string // keys merged into this one (MergeForms)
	canonical  string   // the canonical name when merged: the nominative's
}

// languages returns the languages the entity was seen in, sorted (nil for
// none).
func (s *state) languages() []string {
	if len(s.langs) == 0 {
		return nil
	}
	langs := make([]string, 0, len(s.langs))
	for l := range s.langs {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}

// name returns the entity's canonical name: the one it kept when others
// merged into it, else displayName's choice.
func (s *state) name() string {
	if s.canonical != "" {
		return s.canonical
	}
	return displayName(s.canonicals)
}

// displayName chooses an entity's name among its canonical names: the most
// frequent of the script most of its mentions are written in, and of two
// as frequent, the one with more letters outside ASCII ("Thomas Müller",
// not "Thomas Mueller"). Counting the names alone showed "Денис Квасов"
// for an entity named so 3 times of 9, and "Denis Kvasov" and "Dennis
// Kvasov" 3 times each; and which of two as frequent it showed, byte order
// decided.
func displayName(m map[string]int) string {
	scripts := map[string]int{}
	for c, n := range m {
		scripts[scriptOf(c)] += n
	}
	script := mostFrequent(scripts)
	best, n, marked := "", 0, 0
	for c, k := range m {
		if scriptOf(c) != script {
			continue
		}
		mk := nonASCII(c)
		if k > n || k == n && (mk > marked || mk == marked && c < best) {
			best, n, marked = c, k, mk
		}
	}
	return best
}

// scriptOf is the script of the first letter of name that has one ("" if
// none).
func scriptOf(name string) string {
	for _, r := range name {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, sc := range []string{"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul"} {
			if unicode.Is(unicode.Scripts[sc], r) {
				return sc
			}
		}
		return "other"
	}
	return ""
}

func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r > unicode.MaxASCII {
			n++
		}
	}
	return n
}

// Aggregator accumulates entities. The zero value is ready; it is not safe
// for concurrent use.
type Aggregator struct {
	m    map[string]*state
	seen map[mentionID]struct{} // every mention counted so far
}

// mentionID identifies a mention: its document, its entity and its
// offsets. The same document delivered twice (at-least-once delivery, a
// re-run) has the same ids, so its mentions count once.
type mentionID struct {
	doc        uint64 // FNV-64a of the document id and the entity key
	start, end int32
}

// Len is the number of distinct entities so far.
func (a *Aggregator) Len() int { return len(a.m) }

// AddDocument adds the mentions of one document. seen is when the document
// was published or received (zero if unknown). A mention already added
// with the same document id and offsets (a duplicate from at-least-once
// delivery or a re-run) is not counted again, and a document counts for an
// entity when it adds one of its mentions. Mentions without offsets (End
// not after Start) cannot be told apart and always count.
func (a *Aggregator) AddDocument(docID, lang string, seen time.Time, ms []schema.Mention) {
	byKey := map[string][]schema.Mention{}
	var order []string
	for _, m := range ms {
		if m.Key == "" {
			continue
		}
		if _, ok := byKey[m.Key]; !ok {
			order = append(order, m.Key)
		}
		byKey[m.Key] = append(byKey[m.Key], m)
	}
	for _, k := range order {
		a.add(k, docID, lang, seen, byKey[k])
	}
}

// Add adds the mentions of one entity in one document (an entity-topic record).
func (a *Aggregator) Add(key, docID, lang string, seen time.Time, ms []schema.Mention) {
	if key != "" && len(ms) > 0 {
		a.add(key, docID, lang, seen, ms)
	}
}

func (a *Aggregator) add(key, docID, lang string, seen time.Time, ms []schema.Mention) {
	if a.m == nil {
		a.m = map[string]*state{}
		a.seen = map[mentionID]struct{}{}
	}
	h := fnv.New64a()
	h.Write([]byte(docID))
	doc := h.Sum64()
	// A mention is its document, its entity and its offsets: the same
	// offsets under another key are another document's text (an edited
	// document sent again with the same id). The document counts for the
	// entity once: a marker that no mention's offsets can make.
	h.Write([]byte{0})
	h.Write([]byte(key))
	docKey := h.Sum64()
	newDoc := false
	if marker := (mentionID{doc: docKey, start: -1, end: -1}); !a.has(marker) {
		newDoc = true
	}
	var s *state
	for _, m := range ms {
		if m.End > m.Start {
			if a.has(mentionID{doc: docKey, start: int32(m.Start), end: int32(m.End)}) {
				continue
			}
		}
		if s == nil {
			s = a.m[key]
			if s == nil {
				s = &state{typ: m.Type, canonicals: map[string]int{}, aliases: map[string]int{}, langs: map[string]struct{}{}}
				a.m[key] = s
			}
			if newDoc {
				s.docIDs = append(s.docIDs, doc)
			}
		}
		if l := m.LangIn(lang); l != "" {
			s.langs[l] = struct{}{}
		}
		s.mentions++
		s.aliases[composed(m.Text)]++
		if m.Canonical != "" {
			s.canonicals[composed(m.Canonical)]++
		}
		if m.Type == schema.Money {
			s.amount, s.amountMax, s.currency = m.Amount, m.AmountMax, m.Currency
		}
		if m.LegalForm != "" {
			if s.legalForms == nil {
				s.legalForms = map[string]int{}
			}
			s.legalForms[m.LegalForm]++
		}
	}
	if s != nil && !seen.IsZero() {
		if s.first.IsZero() || seen.Before(s.first) {
			s.first = seen
		}
		if seen.After(s.last) {
			s.last = seen
		}
	}
}

// has reports whether id was seen before and marks it seen.
func (a *Aggregator) has(id mentionID) bool {
	if _, ok := a.seen[id]; ok {
		return true
	}
	a.seen[id] = struct{}{}
	return false
}

// Entities returns the entities sorted by type, then by document count
// (most first), then key.
func (a *Aggregator) Entities() []Entity {
	out := make([]Entity, 0, len(a.m))
	for k, s := range a.m {
		e := Entity{
			Key: k, Type: string(s.typ), Canonical: s.name(), MergedKeys: s.merged,
			Mentions: s.mentions, Documents: len(s.docIDs), DocumentsExact: true,
			Amount: s.amount, AmountMax: s.amountMax, Currency: s.currency, LegalForm: mostFrequent(s.legalForms),
		}
		if e.Canonical == "" {
			e.Canonical = mostFrequent(s.aliases)
		}
		for t, n := range s.aliases {
			e.Aliases = append(e.Aliases, Alias{Text: t, Count: n})
		}
		sort.Slice(e.Aliases, func(i, j int) bool {
			if e.Aliases[i].Count != e.Aliases[j].Count {
				return e.Aliases[i].Count > e.Aliases[j].Count
			}
			return e.Aliases[i].Text < e.Aliases[j].Text
		})
		e.Languages = s.languages()
		if !s.first.IsZero() {
			f, l := s.first.UTC(), s.last.UTC()
			e.FirstSeen, e.LastSeen = &f, &l
		}
		out = append(out, e)
	}
	rank := map[string]int{}
	for i, t := range schema.Types {
		rank[string(t)] = i
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Type != b.Type {
			return rank[a.Type] < rank[b.Type]
		}
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		return a.Key < b.Key
	})
	return out
}

func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// WriteJSONL writes one JSON object per entity.
func WriteJSONL(w io.Writer, ents []Entity) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range ents {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return nil
}

// CSVHeader is the header row of WriteCSV. Aliases are "text:count" joined
// with " | "; languages and merged keys are joined with spaces.
var CSVHeader = []string{"key", "type", "canonical", "aliases", "languages", "mentions", "documents", "documents_exact", "first_seen", "last_seen", "amount", "amount_max", "currency", "legal_form", "merged_keys"}

// WriteCSV writes a header and one row per entity with encoding/csv, so
// commas, quotes and line breaks in names are quoted properly, and text
// cells that a spreadsheet would run as formulas are escaped (noFormula).
func WriteCSV(w io.Writer, ents []Entity) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range ents {
		aliases := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			aliases[i] = a.Text + ":" + strconv.Itoa(a.Count)
		}
		row := []string{e.Key, e.Type, noFormula(e.Canonical), noFormula(strings.Join(aliases, " | ")), strings.Join(e.Languages, " "),
			strconv.Itoa(e.Mentions), strconv.Itoa(e.Documents), strconv.FormatBool(e.DocumentsExact),
			timeString(e.FirstSeen), timeString(e.LastSeen), e.Amount, e.AmountMax, e.Currency, noFormula(e.LegalForm),
			strings.Join(e.MergedKeys, " ")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// noFormula keeps a spreadsheet from reading a text cell as a formula: a
// cell that begins with = + - @, a tab or a carriage return, after spaces if
// any, gets a leading apostrophe (OWASP's advice against CSV injection).
// Text from documents
// lands in these cells ("-$5 million", a canonical "-5000000 USD", or a
// name written "=HYPERLINK(...)"); the amount columns are plain numbers and
// stay as they are.
func noFormula(cell string) string {
	// spreadsheets skip the spaces before a formula (" =1+1")
	if rest := strings.TrimLeft(cell, " \u00a0"); rest != "" && strings.ContainsRune("=+-@\t\r", rune(rest[0])) {
		return "'" + cell
	}
	return cell
}

// timeString writes a time as the JSON lines do (RFC 3339 with the
// fraction of a second it has), so both formats give the same instant.
func timeString(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// MergeForms joins the persons and organizations whose name is a case form
// of another entity's name into that entity, and returns how many it
// joined. Linking within a document gives "Газпрома" the key of "Газпром"
// when the document has both; a document that has only "Газпрома" keeps
// organization:gazproma, as no single document can tell "Газпрома"
// (Газпром) from a name that ends in -а. Over many documents the
// nominative is there to see: an entity whose name, read in each of its
// languages, is a case form of exactly one other entity of its type
// (resolve.FormOfKeys: Russian, Ukrainian, Polish, Czech and other Slavic
// case endings; German genitives, Bundestages; Swedish, Danish and Norwegian
// genitives, Volvos, when at most half as frequent as the name they read
// as; persons of two words or more) is merged into it. The merged entity
// keeps the other's key and canonical name, lists the merged keys in
// MergedKeys, and counts mentions and documents exactly (a document with
// both forms counts once). Call it after the last document and before
// Entities.
func (a *Aggregator) MergeForms() int {
	words := map[schema.Type]map[string]bool{}
	for _, s := range a.m {
		if s.typ != schema.Person && s.typ != schema.Organization {
			continue
		}
		if words[s.typ] == nil {
			words[s.typ] = map[string]bool{}
		}
		for c := range s.canonicals {
			for _, w := range strings.Fields(strings.ToLower(c)) {
				words[s.typ][w] = true
			}
		}
	}
	keys := make([]string, 0, len(a.m))
	for k := range a.m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same input merges the same way
	into := map[string]string{}
	multi := map[string][]string{} // names read as forms of several others
	for _, k := range keys {
		s := a.m[k]
		if s.typ != schema.Person && s.typ != schema.Organization {
			continue
		}
		known := func(w string) bool { return words[s.typ][w] }
		name := mostFrequent(s.canonicals)
		langs := s.languages()
		if s.typ == schema.Person && len(strings.Fields(name)) < 2 {
			continue // Волкова alone: his genitive or her nominative
		}
		// The name must read as a case form in every language it was seen
		// in: "Rolling Stones" in English text is no German genitive.
		var targets []string
		for i, l := range langs {
			var in []string
			for _, t := range resolve.FormOfKeys(s.typ, name, l, known) {
				if o, ok := a.m[t]; ok && o.typ == s.typ && t != k && (i == 0 || slices.Contains(targets, t)) {
					in = append(in, t)
				}
			}
			if targets = in; len(targets) == 0 {
				break
			}
		}
		// A genitive in -s (German, Scandinavian) is much rarer than the
		// name it is formed from, which every other case shares:
		// "Bundestages" joins "Bundestag", but "Hamas" does not join "Hama"
		// unless Hama is named twice as often.
		if len(targets) == 1 && (!resolve.GenitiveOnly(langs...) || 2*s.mentions <= a.m[targets[0]].mentions) {
			into[k] = targets[0]
		} else if len(targets) > 1 && !resolve.GenitiveOnly(langs...) {
			multi[k] = targets
		}
	}
	// Two forms that read as each other (Izba, Izby): the one that looks
	// more like a nominative takes the other, else the one with more
	// mentions.
	for _, k := range keys {
		t, ok := into[k]
		if !ok || into[t] != k {
			continue
		}
		sk, st := resolve.NominativeScore(mostFrequent(a.m[k].canonicals)), resolve.NominativeScore(mostFrequent(a.m[t].canonicals))
		if sk > st || sk == st && (a.m[k].mentions > a.m[t].mentions || a.m[k].mentions == a.m[t].mentions && k < t) {
			delete(into, k)
		} else {
			delete(into, t)
		}
	}
	cutCircles(into, keys)
	root := func(k string) string {
		for {
			t, ok := into[k]
			if !ok {
				return k
			}
			k = t
		}
	}
	// A name read as the form of several others whose joins end in one
	// entity joins it too: Газпромом reads as Газпром and as Газпрома,
	// which joins Газпром.
	for _, k := range keys {
		ts, ok := multi[k]
		if !ok {
			continue
		}
		var roots []string
		for _, t := range ts {
			if r := root(t); !slices.Contains(roots, r) {
				roots = append(roots, r)
			}
		}
		if len(roots) == 1 && roots[0] != k {
			into[k] = roots[0]
		}
	}
	merged := 0
	for _, k := range keys {
		if _, ok := into[k]; !ok {
			continue
		}
		r := root(k)
		if r == k {
			continue
		}
		a.merge(r, k)
		merged++
	}
	return merged
}

// MergeSurnames joins the persons named only by a family name (Kvasov, in
// documents that never give his full name) or by an initial and a family
// name (D. Kvasov) into the one person whose name has that family name and a
// given name written out (Denis Kvasov), and returns how many it joined.
// Linking within a document does the same when the full name is in the
// document; across documents there is no order to follow, so a short form
// joins only when one person, and no other, can be meant: a family name
// with two full names (Boris and Dwayne Johnson), or whose only full name
// has another initial, stays an entity of its own, and so does an initial
// that fits several given names. A person is read in the first of its
// languages. Call it after MergeForms (which joins the case forms of full
// names first) and before Entities; the joined keys are listed in
// MergedKeys.
func (a *Aggregator) MergeSurnames() int {
	type person struct {
		key   string
		parts resolve.PersonParts
	}
	byFamily := map[string][]person{}
	var families []string
	keys := make([]string, 0, len(a.m))
	for k, s := range a.m {
		if s.typ == schema.Person {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys) // the same input merges the same way
	for _, k := range keys {
		s := a.m[k]
		lang := ""
		if langs := s.languages(); len(langs) > 0 {
			lang = langs[0]
		}
		name := s.name()
		p := resolve.PersonPartsOf(name, lang)
		if p.Family == "" || !p.Full && eastSlavicA(name, lang) {
			continue
		}
		if _, ok := byFamily[p.Family]; !ok {
			families = append(families, p.Family)
		}
		byFamily[p.Family] = append(byFamily[p.Family], person{k, p})
	}
	sort.Strings(families)
	// names of organizations: a bare "Ferrero" or "Dell" the tagger took
	// for a person may be the company, so it joins no Giovanni Ferrero
	orgNames := map[string]bool{}
	for _, s := range a.m {
		if s.typ == schema.Organization {
			for t := range s.aliases {
				orgNames[t] = true
			}
		}
	}
	// given names of the persons named in full: a bare "Richard" may be
	// one of them as well as Cliff Richard
	given := map[string]bool{}
	for _, f := range families {
		for _, p := range byFamily[f] {
			if p.parts.Given != "" {
				given[p.parts.Given] = true
			}
		}
	}
	merged := 0
	for _, f := range families {
		ps := byFamily[f]
		var full, initials, bare []person
		for _, p := range ps {
			switch {
			case p.parts.Full:
				full = append(full, p)
			case p.parts.Initial != "":
				initials = append(initials, p)
			default:
				bare = append(bare, p)
			}
		}
		// who a bare family name may name: every full name, and every
		// initial that fits none. A short form joins a name whose family
		// name is written the same (in Latin letters, without accents):
		// family keys are tolerant, Pfahls and Pfalz share one.
		who := append([]person(nil), full...)
		for _, in := range initials {
			var fits []person
			for _, fp := range full {
				if fp.parts.Initial == in.parts.Initial {
					fits = append(fits, fp)
				}
			}
			switch {
			case len(fits) == 0:
				who = append(who, in)
			case len(fits) == 1 && fits[0].parts.Written == in.parts.Written:
				a.merge(fits[0].key, in.key)
				merged++
			}
		}
		if len(who) == 1 {
			for _, b := range bare {
				if g, s := ner.NameKinds(b.parts.Written); g && !s || given[b.parts.Written] {
					continue // a given name, or one of these persons'
				}
				if orgNames[b.parts.Written] || orgNames[a.m[b.key].name()] {
					continue // an organization's name too
				}
				if b.parts.Written == who[0].parts.Written {
					a.merge(who[0].key, b.key)
					merged++
				}
			}
		}
	}
	return merged
}

// MergeShortNames joins an organization known by a short name in some
// documents ("Volkswagen") into the one organization whose documents
// linked that name to a longer one ("Volkswagen Group ... Volkswagen":
// organization:volkswagen-group), and returns how many it joined: without
// it, "Volkswagen" was an alias of two rows. Only a short name that
// shortFor accepts: on 3,000 val documents, joining every name linked so
// joined 132, and a quarter wrongly ("Oracle" into "Oracle Deutschland",
// "Junta" into "Junta de Extremadura", "MLB" into a Portuguese league).
// Not when the name is an alias of two other organizations ("Ford" beside
// Ford Motor Company and Ford Foundation), nor into an organization that
// is joined itself. Call it after MergeForms.
func (a *Aggregator) MergeShortNames() int {
	var keys []string
	owners := map[string][]string{} // alias -> the organizations with it
	for k, s := range a.m {
		if s.typ != schema.Organization {
			continue
		}
		keys = append(keys, k)
		for t := range s.aliases {
			owners[t] = append(owners[t], k)
		}
	}
	sort.Strings(keys)
	into := map[string]string{}
	for _, k := range keys {
		name := a.m[k].name()
		var other []string
		for _, o := range owners[name] {
			if o != k {
				other = append(other, o)
			}
		}
		if len(other) == 1 && shortFor(name, a.m[other[0]].name()) {
			into[k] = other[0]
		}
	}
	merged := 0
	for _, k := range keys {
		r, ok := into[k]
		if !ok {
			continue
		}
		if _, joined := into[r]; joined {
			continue
		}
		a.merge(r, k)
		merged++
	}
	return merged
}

// groupWords may follow a company's name in its longer name (Volkswagen
// Group, Ford Motor Company, Ryanair Holdings). Not "International" or
// "USA": Philip Morris International and Philip Morris USA are two
// companies (an audit).
var groupWords = map[string]bool{
	"group": true, "groupe": true, "grupo": true, "gruppo": true, "gruppe": true, "groep": true, "grupa": true, "koncern": true,
	"konzern": true, "holding": true, "holdings": true, "corporation": true, "corp": true, "corp.": true, "company": true,
	"co": true, "co.": true, "companies": true, "motor": true, "motors": true, "&": true,
}

// shortFor reports whether short is a short name of long: long is short
// followed by words of groupWords. An acronym is not (FARC of Fuerzas
// Armadas Revolucionarias de Colombia was right on val text, but one
// document's "Bright Power (BP)" took every other document's BP, and a
// Portuguese "Partido Social Democrata (PSD)" Romania's PSD: an audit).
func shortFor(short, long string) bool {
	sw, lw := strings.Fields(short), strings.Fields(long)
	if len(lw) <= len(sw) || !slices.Equal(lw[:len(sw)], sw) {
		return false
	}
	for _, w := range lw[len(sw):] {
		if !groupWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// eastSlavicA reports whether name, in Russian, Ukrainian, Belarusian or
// Bulgarian, ends in -а or -я: a family name alone so ("Медведева") is a
// woman's name or a man's genitive or accusative ("слова Медведева"), which
// only the sentence tells.
func eastSlavicA(name, lang string) bool {
	switch lang {
	case "ru", "uk", "be", "bg":
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(name, "."))
	return r == 'а' || r == 'я'
}

// cutCircles cuts every circle of joins (each form read as the next, which
// no rule forbids) at its smallest key, which becomes the circle's root, so
// that following joins always ends.
func cutCircles(into map[string]string, keys []string) {
	for _, k := range keys {
		seen := map[string]bool{}
		for x := k; ; {
			t, ok := into[x]
			if !ok {
				break
			}
			if seen[x] {
				least := x
				for y := into[x]; y != x; y = into[y] {
					least = min(least, y)
				}
				delete(into, least)
				break
			}
			seen[x] = true
			x = t
		}
	}
}

// merge adds the entity of key k to the one of key r and removes it.
func (a *Aggregator) merge(r, k string) {
	dst, src := a.m[r], a.m[k]
	dst.canonical = dst.name()
	for c, n := range src.canonicals {
		dst.canonicals[c] += n
	}
	for t, n := range src.aliases {
		dst.aliases[t] += n
	}
	for l := range src.langs {
		dst.langs[l] = struct{}{}
	}
	for f, n := range src.legalForms {
		if dst.legalForms == nil {
			dst.legalForms = map[string]int{}
		}
		dst.legalForms[f] += n
	}
	dst.mentions += src.mentions
	ids := append(dst.docIDs, src.docIDs...)
	slices.Sort(ids)
	dst.docIDs = slices.Compact(ids)
	if !src.first.IsZero() && (dst.first.IsZero() || src.first.Before(dst.first)) {
		dst.first = src.first
	}
	if src.last.After(dst.last) {
		dst.last = src.last
	}
	dst.merged = append(dst.merged, k)
	dst.merged = append(dst.merged, src.merged...)
	sort.Strings(dst.merged)
	delete(a.m, k)
}

// composed is s in the composed form (NFC): a name sent decomposed (NFD, as
// macOS and PDF extraction write it) shares its key with the composed one,
// and is one alias with it, not a second that looks the same.
func composed(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}
