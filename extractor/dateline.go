package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"entities/extractor/schema"
)

// dateline matches the dateline that opens a line of a wire story: a place
// in capitals, the agency in brackets or a date after a comma (or both),
// then a dash or a colon and a sentence ("OSLO (NTB) – Regjeringen",
// "LONDON, Dec 2 (Reuters) - The", "МОСКВА, 3 декабря – Правительство",
// "OSLO (NTB): Statsminister"), or the agency first, as ANSA writes it
// ("(ANSA) - ROMA, 3 MAR - La"). Group 1 (or 3) is the place, group 2 the
// agency. A place and a dash alone ("LYON – La") is no dateline: wire items
// and results open lines so with companies and clubs ("DEUTSCHE BANK - The
// German lender", "VFB STUTTGART - EINTRACHT FRANKFURT 2:2").
var dateline = regexp.MustCompile(`(?m)^[ \t]*(?:(\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\p{M}*)(?:(?:,[^\n()–—:-]{1,30})?[ \t]*\(([^()\n]{1,40})\)|,[^\n()–—:-]{1,30})[ \t]*[–—:-]|\([^()\n]{1,40}\)[ \t]*[–—-][ \t]*(\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\p{M}*),[^\n()–—:-]{1,30}[–—-])[ \t]+[\p{Lu}\d"“„«]`)

// datelines takes the place of a dateline out of the names: the taggers
// read a capitalized place that opens a line as a name ("OSLO" as an
// organization, "BRUSSEL" as a person, "WASHINGTON (AP)" as one
// organization). A name inside the place is dropped; one that runs from the
// place into the agency's brackets becomes the agency. Offsets are code
// points.
func datelines(s string, ms []schema.Mention) []schema.Mention {
	if !capsLineStart(s) {
		return ms // nearly every document: no line opens with capitals or a bracket
	}
	locs := dateline.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return ms
	}
	type place struct{ start, end, agStart, agEnd int }
	var ps []place
	cp := func(b int) int { return utf8.RuneCountInString(s[:b]) }
	for _, l := range locs {
		g := 2 // the place's group
		if l[2] < 0 {
			g = 6 // the agency first
		}
		p := place{start: cp(l[g]), end: cp(l[g+1]), agStart: -1}
		if p.end-p.start < 3 {
			continue
		}
		if l[4] >= 0 {
			if strings.ContainsAny(s[l[4]:l[5]], ".0123456789") {
				continue // a ticker, "DEUTSCHE BANK (DBKGn.DE) -": a company's wire item
			}
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

// capsLineStart reports whether a line of s opens (after blanks) with two
// capital letters or a bracket, as every dateline does: a cheap test before
// the expression.
func capsLineStart(s string) bool {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j < len(s) {
			r1, n1 := utf8.DecodeRuneInString(s[j:])
			r2, _ := utf8.DecodeRuneInString(s[j+n1:])
			if r1 == '(' || unicode.IsUpper(r1) && unicode.IsUpper(r2) {
				return true
			}
		}
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}
