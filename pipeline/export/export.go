package export

import (
	"encoding/csv"
	"encoding/json"
	"hash/fnv"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

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
}

type state struct {
	typ        schema.Type
	canonicals map[string]int
	aliases    map[string]int
	langs      map[string]struct{}
	mentions   int
	docs       int
	first      time.Time
	last       time.Time
	amount     string
	amountMax  string
	currency   string
	legalForms map[string]int
}

// Aggregator accumulates entities. The zero value is ready; it is not safe
// for concurrent use.
type Aggregator struct {
	m    map[string]*state
	seen map[mentionID]struct{} // every mention counted so far
}

// mentionID identifies a mention: its document and its offsets. The same
// document delivered twice (at-least-once delivery, a re-run) has the same
// ids, so its mentions count once.
type mentionID struct {
	doc        uint64 // FNV-64a of the document id
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
	// The document counts for the entity once: a marker that no mention's
	// offsets can make.
	h.Write([]byte{0})
	h.Write([]byte(key))
	newDoc := false
	if marker := (mentionID{doc: h.Sum64(), start: -1, end: -1}); !a.has(marker) {
		newDoc = true
	}
	var s *state
	for _, m := range ms {
		if m.End > m.Start {
			if a.has(mentionID{doc: doc, start: int32(m.Start), end: int32(m.End)}) {
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
				s.docs++
			}
		}
		if l := m.LangIn(lang); l != "" {
			s.langs[l] = struct{}{}
		}
		s.mentions++
		s.aliases[m.Text]++
		if m.Canonical != "" {
			s.canonicals[m.Canonical]++
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
			Key: k, Type: string(s.typ), Canonical: mostFrequent(s.canonicals),
			Mentions: s.mentions, Documents: s.docs, DocumentsExact: true,
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
		for l := range s.langs {
			e.Languages = append(e.Languages, l)
		}
		sort.Strings(e.Languages)
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
// with " | "; languages are joined with spaces.
var CSVHeader = []string{"key", "type", "canonical", "aliases", "languages", "mentions", "documents", "documents_exact", "first_seen", "last_seen", "amount", "amount_max", "currency", "legal_form"}

// WriteCSV writes a header and one row per entity with encoding/csv, so
// commas, quotes and line breaks in names are quoted properly.
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
		row := []string{e.Key, e.Type, e.Canonical, strings.Join(aliases, " | "), strings.Join(e.Languages, " "),
			strconv.Itoa(e.Mentions), strconv.Itoa(e.Documents), strconv.FormatBool(e.DocumentsExact),
			timeString(e.FirstSeen), timeString(e.LastSeen), e.Amount, e.AmountMax, e.Currency, e.LegalForm}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func timeString(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}
