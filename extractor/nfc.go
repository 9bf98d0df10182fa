package extractor

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"entities/extractor/schema"
)

// nfcText is a text in Unicode's composed form (NFC) with the way back to
// the text it was composed from: a text in the decomposed form (NFD, as
// macOS file names, PDF extraction and some editors write it: "u" and a
// combining diaeresis for "ü") holds words the models and lists know only
// composed. start[i] and end[i] are the code points of the original text
// that the composed text's code point i comes from.
type nfcText struct {
	text       string
	start, end []int
}

// composed returns s in NFC, or ok false when s is in NFC already (nearly
// always; the check is cheap).
func composed(s string) (t nfcText, ok bool) {
	if norm.NFC.IsNormalString(s) {
		return nfcText{}, false
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var b strings.Builder
	b.Grow(len(s))
	pos, orig := 0, 0
	for !it.Done() {
		seg := it.Next() // the next segment composed; valid until the next call
		next := it.Pos()
		n := utf8.RuneCountInString(s[pos:next])
		for range utf8.RuneCount(seg) {
			t.start = append(t.start, orig)
			t.end = append(t.end, orig+n)
		}
		b.Write(seg)
		pos, orig = next, orig+n
	}
	t.text = b.String()
	return t, true
}

// restore gives each mention found in t.text the offsets and text it has in
// the original text s. Canonical names and keys stay composed, so the same
// name keys alike in either form.
func (t nfcText) restore(s string, ms []schema.Mention) {
	rs := []rune(s)
	for i := range ms {
		m := &ms[i]
		if m.End <= m.Start || m.End > len(t.end) {
			continue
		}
		m.Start, m.End = t.start[m.Start], t.end[m.End-1]
		m.Text = string(rs[m.Start:m.End])
	}
}
