package ner

// Entity types the taggers learn. Only PER and ORG are reported; LOC and MISC
// are learned so the model can tell them apart from organizations.
var entityTypes = [...]string{"PER", "ORG", "LOC", "MISC"}

const (
	numTypes  = len(entityTypes)
	numLabels = 1 + 4*numTypes // O plus B, I, L, U of each type
	labelO    = 0
	startRow  = numLabels // transition row of the virtual label before a sentence
)

// BILOU position of a label.
const (
	posB = iota
	posI
	posL
	posU
)

func label(typ, pos int) int { return 1 + 4*typ + pos }

func labelType(y int) int { return (y - 1) / 4 }

func labelPos(y int) int { return (y - 1) % 4 }

// typeIndex maps a tag's type (PER, ORG, LOC, MISC, GermEval OTH) to an index
// into entityTypes; unknown types count as MISC.
func typeIndex(t string) int {
	switch t {
	case "PER":
		return 0
	case "ORG":
		return 1
	case "LOC":
		return 2
	default:
		return 3
	}
}

// allowed reports whether label cur may follow label prev (startRow for the
// first token) in a well-formed BILOU sequence.
func allowed(prev, cur int) bool {
	open := prev != startRow && prev != labelO && (labelPos(prev) == posB || labelPos(prev) == posI)
	if open {
		return cur != labelO && labelType(cur) == labelType(prev) && (labelPos(cur) == posI || labelPos(cur) == posL)
	}
	return cur == labelO || labelPos(cur) == posB || labelPos(cur) == posU
}

// allowedLast reports whether a sentence may end in label y.
func allowedLast(y int) bool {
	return y == labelO || labelPos(y) == posL || labelPos(y) == posU
}

// span is a typed token range [start, end).
type span struct {
	typ        int
	start, end int
}

// spansFromIOB reads spans from IOB2 tags the way conlleval does: an I- tag
// that does not continue a span of its type starts a new one.
func spansFromIOB(tags []string) []span {
	var out []span
	cur := -1
	for i, t := range tags {
		if t == "O" || len(t) < 3 || t[1] != '-' {
			cur = -1
			continue
		}
		typ := typeIndex(t[2:])
		if t[0] == 'B' || cur < 0 || out[cur].typ != typ {
			out = append(out, span{typ: typ, start: i, end: i + 1})
			cur = len(out) - 1
			continue
		}
		out[cur].end = i + 1
	}
	return out
}

// bilouLabels encodes IOB2 tags as BILOU label indices.
func bilouLabels(tags []string) []int {
	ys := make([]int, len(tags))
	for _, s := range spansFromIOB(tags) {
		if s.end-s.start == 1 {
			ys[s.start] = label(s.typ, posU)
			continue
		}
		ys[s.start] = label(s.typ, posB)
		for i := s.start + 1; i < s.end-1; i++ {
			ys[i] = label(s.typ, posI)
		}
		ys[s.end-1] = label(s.typ, posL)
	}
	return ys
}

// spansFromLabels decodes a (well-formed) BILOU label sequence.
func spansFromLabels(ys []int) []span {
	var out []span
	start := -1
	for i, y := range ys {
		if y == labelO {
			start = -1
			continue
		}
		switch labelPos(y) {
		case posU:
			out = append(out, span{typ: labelType(y), start: i, end: i + 1})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, span{typ: labelType(y), start: start, end: i + 1})
			}
			start = -1
		}
	}
	return out
}

// bioTags renders spans of PER and ORG as IOB2 tags; other types become O.
func bioTags(n int, spans []span) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		if s.typ > 1 {
			continue
		}
		name := entityTypes[s.typ]
		tags[s.start] = "B-" + name
		for i := s.start + 1; i < s.end; i++ {
			tags[i] = "I-" + name
		}
	}
	return tags
}

// outputType is the Span.Type of a reported entity type.
func outputType(typ int) string {
	switch typ {
	case 0:
		return "PERSON"
	case 1:
		return "ORGANIZATION"
	}
	return ""
}
