package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"entities/extractor/schema"
)

// PRF is precision, recall and F1 from counts.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func prf(tp, pred, gold int) PRF {
	var p, r, f float64
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{round4(p), round4(r), round4(f)}
}

func round4(f float64) float64 { return float64(int(f*10000+0.5)) / 10000 }

type counts struct {
	gold, pred        int
	strictTP          int
	overlapGold       int // gold mentions overlapped by a prediction of their type
	overlapPred       int // predictions overlapping a gold mention of their type
	normOK, normTotal int
}

// Scorer accumulates counts. The zero value is ready to use; it is not safe
// for concurrent use.
type Scorer struct {
	c     map[[2]string]*counts
	docs  map[string]int
	parts map[string]bool // groups that are a part of another: not in ALL
}

// Add scores the mentions of one document in group.
func (s *Scorer) Add(group string, gold, pred []schema.Mention) {
	if s.c == nil {
		s.c = map[[2]string]*counts{}
		s.docs = map[string]int{}
		s.parts = map[string]bool{}
	}
	s.docs[group]++
	get := func(t schema.Type) *counts {
		k := [2]string{group, string(t)}
		if s.c[k] == nil {
			s.c[k] = &counts{}
		}
		return s.c[k]
	}
	for _, t := range schema.Types {
		g, p := ofType(gold, t), ofType(pred, t)
		if len(g) == 0 && len(p) == 0 {
			continue
		}
		c := get(t)
		c.gold += len(g)
		c.pred += len(p)
		for _, gm := range g {
			for _, pm := range p {
				if gm.Start == pm.Start && gm.End == pm.End {
					c.strictTP++
					if t == schema.Money {
						c.normTotal++
						if gm.Amount == pm.Amount && gm.Currency == pm.Currency && gm.AmountMax == pm.AmountMax {
							c.normOK++
						}
					}
					break
				}
			}
		}
		c.overlapGold += countOverlapping(g, p)
		c.overlapPred += countOverlapping(p, g)
	}
}

func ofType(ms []schema.Mention, t schema.Type) []schema.Mention {
	var out []schema.Mention
	for _, m := range ms {
		if m.Type == t {
			out = append(out, m)
		}
	}
	return out
}

// countOverlapping counts the mentions of a that overlap some mention of b.
func countOverlapping(a, b []schema.Mention) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				n++
				break
			}
		}
	}
	return n
}

// Row is one line of the report.
type Row struct {
	Group   string  `json:"group"`
	Type    string  `json:"type"`
	Docs    int     `json:"docs"`
	Gold    int     `json:"gold"`
	Pred    int     `json:"predicted"`
	Strict  PRF     `json:"strict"`
	Overlap PRF     `json:"overlap"`
	NormAcc float64 `json:"normalization_accuracy,omitempty"` // MONEY only
	NormN   int     `json:"normalization_n,omitempty"`
}

// AddPart scores a part of one document's mentions (those that are of some
// kind) in the row "group part", which the ALL rows do not count: the same
// mentions are also added to group itself.
func (s *Scorer) AddPart(group, part string, gold, pred []schema.Mention) {
	g := group + " " + part
	s.Add(g, gold, pred)
	s.parts[g] = true
}

// Fragments marks a group of title-like fragments rather than running text
// (WikiANN): such groups are listed after the others.
const Fragments = " (fragments)"

// IsFragments tells whether a group (or a part of one) is marked Fragments.
func IsFragments(group string) bool { return strings.Contains(group, Fragments) }

// Rows returns the report: one row per group and type, sorted (groups of
// fragments last), then an
// "ALL" row per type (micro-averaged over groups) when there is more than one group.
func (s *Scorer) Rows() []Row {
	var rows []Row
	total := map[string]*counts{}
	groups := map[string]bool{}
	for k, c := range s.c {
		rows = append(rows, row(k[0], k[1], s.docs[k[0]], c))
		if s.parts[k[0]] {
			continue
		}
		groups[k[0]] = true
		t := total[k[1]]
		if t == nil {
			t = &counts{}
			total[k[1]] = t
		}
		t.gold += c.gold
		t.pred += c.pred
		t.strictTP += c.strictTP
		t.overlapGold += c.overlapGold
		t.overlapPred += c.overlapPred
		t.normOK += c.normOK
		t.normTotal += c.normTotal
	}
	order := map[string]int{}
	for i, t := range schema.Types {
		order[string(t)] = i
	}
	sort.Slice(rows, func(i, j int) bool {
		if fi, fj := IsFragments(rows[i].Group), IsFragments(rows[j].Group); fi != fj {
			return fj
		}
		if rows[i].Group != rows[j].Group {
			return rows[i].Group < rows[j].Group
		}
		return order[rows[i].Type] < order[rows[j].Type]
	})
	if len(groups) > 1 {
		docs := 0
		for g, n := range s.docs {
			if !s.parts[g] {
				docs += n
			}
		}
		for _, t := range schema.Types {
			if c := total[string(t)]; c != nil {
				rows = append(rows, row("ALL", string(t), docs, c))
			}
		}
	}
	return rows
}

func row(group, typ string, docs int, c *counts) Row {
	r := Row{
		Group: group, Type: typ, Docs: docs, Gold: c.gold, Pred: c.pred,
		Strict: prf(c.strictTP, c.pred, c.gold),
	}
	// Overlap precision and recall count each side's mentions that overlap
	// the other side, so one long prediction over two gold names counts once
	// for precision and twice for recall.
	var p, rc float64
	if c.pred > 0 {
		p = float64(c.overlapPred) / float64(c.pred)
	}
	if c.gold > 0 {
		rc = float64(c.overlapGold) / float64(c.gold)
	}
	r.Overlap = PRF{Precision: round4(p), Recall: round4(rc)}
	if p+rc > 0 {
		r.Overlap.F1 = round4(2 * p * rc / (p + rc))
	}
	if c.normTotal > 0 {
		r.NormAcc = round4(float64(c.normOK) / float64(c.normTotal))
		r.NormN = c.normTotal
	}
	return r
}

// WriteTable writes rows as an aligned text table.
func WriteTable(w io.Writer, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "group\ttype\tdocs\tgold\tpred\tstrict P\tstrict R\tstrict F1\toverlap P\toverlap R\toverlap F1\tnorm acc\t")
	for _, r := range rows {
		norm := "-"
		if r.NormN > 0 {
			norm = fmt.Sprintf("%.4f (%d)", r.NormAcc, r.NormN)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%s\t\n",
			r.Group, strings.ToUpper(r.Type), r.Docs, r.Gold, r.Pred,
			r.Strict.Precision, r.Strict.Recall, r.Strict.F1,
			r.Overlap.Precision, r.Overlap.Recall, r.Overlap.F1, norm)
	}
	return tw.Flush()
}

// WriteJSON writes rows as one JSON array.
func WriteJSON(w io.Writer, rows []Row) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}

// SpansFromBIO turns BIO tags over tokens into PERSON and ORGANIZATION
// mentions. offsets[i] is the [start, end) code-point span of token i. Tags
// are B-X / I-X / O (IOB2); an I-X that does not continue an X starts one.
// Types other than PER and ORG are ignored.
func SpansFromBIO(tags []string, offsets [][2]int) []schema.Mention {
	var out []schema.Mention
	cur := -1
	for i, tag := range tags {
		typ := bioType(tag)
		cont := strings.HasPrefix(tag, "I-") && cur >= 0 && out[cur].Type == typ && typ != ""
		if cont {
			out[cur].End = offsets[i][1]
			continue
		}
		cur = -1
		if typ != "" && (strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-")) {
			out = append(out, schema.Mention{Type: typ, Start: offsets[i][0], End: offsets[i][1]})
			cur = len(out) - 1
		}
	}
	return out
}

func bioType(tag string) schema.Type {
	if len(tag) < 3 {
		return ""
	}
	switch tag[2:] {
	case "PER", "PERSON":
		return schema.Person
	case "ORG", "ORGANIZATION":
		return schema.Organization
	}
	return ""
}
