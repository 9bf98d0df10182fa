package extractor

import (
	"regexp"
	"unicode/utf8"

	"entities/extractor/schema"
)

// dateline matches the dateline that opens a line of a wire story: a place
// in capitals, perhaps a date after a comma, perhaps the agency in brackets,
// then a dash and a sentence ("OSLO (NTB) – Regjeringen", "LONDON, Dec 2
// (Reuters) - The", "МОСКВА, 3 декабря – Правительство", "LYON – La").
// Group 1 is the place, group 2 the agency.
var dateline = regexp.MustCompile(`(?m)^[ \t]*(\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\p{M}*)(?:,[^\n()–—-]{1,30})?[ \t]*(?:\(([^()\n]{1,40})\))?[ \t]*[–—-][ \t]+[\p{Lu}\d"“„«]`)

// datelines takes the place of a dateline out of the names: the taggers
// read a capitalized place that opens a line as a name ("OSLO" as an
// organization, "BRUSSEL" as a person, "WASHINGTON (AP)" as one
// organization). A name inside the place is dropped; one that runs from the
// place into the agency's brackets becomes the agency. Offsets are code
// points.
func datelines(s string, ms []schema.Mention) []schema.Mention {
	locs := dateline.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return ms
	}
	type place struct{ start, end, agStart, agEnd int }
	var ps []place
	cp := func(b int) int { return utf8.RuneCountInString(s[:b]) }
	for _, l := range locs {
		p := place{start: cp(l[2]), end: cp(l[3]), agStart: -1}
		if p.end-p.start < 3 {
			continue
		}
		if l[4] >= 0 {
			p.agStart, p.agEnd = cp(l[4]), cp(l[5])
		}
		ps = append(ps, p)
	}
	out := ms[:0]
	for _, m := range ms {
		keep := true
		if m.Type == schema.Person || m.Type == schema.Organization {
			for _, p := range ps {
				if m.End <= p.start || m.Start >= p.end {
					continue
				}
				keep = false
				if p.agStart >= 0 && m.End >= p.agEnd {
					rs := []rune(s)
					m.Type, m.Start, m.End, m.Text = schema.Organization, p.agStart, p.agEnd, string(rs[p.agStart:p.agEnd])
					keep = true
				}
				break
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}
