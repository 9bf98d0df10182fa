package money

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	tNum   kind = iota + 1 // digits with group and decimal separators inside
	tWord                  // letters, with inner hyphens ("US-Dollar")
	tSym                   // a currency symbol (Unicode category Sc)
	tPunct                 // any other single rune
)

// gap is the white space in front of a token.
type gap uint8

const (
	gapNone  gap = iota // glued to the previous token
	gapSpace            // spaces on one line
	gapBreak            // a line break: expressions never cross it
)

// token is one lexical unit; b0/b1 are byte offsets, r0/r1 code-point offsets.
type token struct {
	b0, b1 int
	r0, r1 int
	kind   kind
	gap    gap
	first  rune // first rune, for symbols and punctuation
}

func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// otherDigit returns the length in bytes of the non-ASCII decimal digit at
// s[i:] (fullwidth "５", Arabic-Indic "٥", Persian "۵", Devanagari "५" and
// the other Indic scripts' digits), or 0.
func otherDigit(s string, i int) int {
	switch {
	case i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
		return 3
	case i+1 < len(s) && (s[i] == 0xD9 && s[i+1] >= 0xA0 && s[i+1] <= 0xA9 || s[i] == 0xDB && s[i+1] >= 0xB0 && s[i+1] <= 0xB9):
		return 2
	case i+2 < len(s) && s[i] == 0xE0:
		if r, size := utf8.DecodeRuneInString(s[i:]); indicDigit(r) {
			return size
		}
	}
	return 0
}

// indicDigit reports whether r is a digit of Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada or Malayalam (U+0966-U+0D6F: each
// script's digits are at its block's x6-xF or xE6-xEF).
func indicDigit(r rune) bool {
	return r >= 0x0966 && r <= 0x0DEF && r&0xF >= 6 && (r&0xF0 == 0x60 || r&0xF0 == 0xE0) && unicode.IsDigit(r)
}

// digitValue is the value of decimal digit r, ASCII or not, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case indicDigit(r):
		return int(r&0xF) - 6
	}
	return -1
}

// digitRun returns the number of digits at s[i:], ASCII or not, and their
// length in bytes.
func digitRun(s string, i int) (digits, size int) {
	for i+size < len(s) {
		switch {
		case isDigit(s[i+size]):
			size++
		case otherDigit(s, i+size) > 0:
			size += otherDigit(s, i+size)
		default:
			return digits, size
		}
		digits++
	}
	return digits, size
}

// lex splits s into tokens. It is a single pass over the bytes; it does not
// allocate beyond the token slice.
func lex(s string, toks []token) []token {
	i, r := 0, 0
	g := gapNone
	for i < len(s) {
		c := s[i]
		if isDigit(c) || c >= 0xD9 && otherDigit(s, i) > 0 {
			j, rr := lexNumber(s, i)
			toks = append(toks, token{b0: i, b1: j, r0: r, r1: r + rr, kind: tNum, gap: g})
			r += rr
			i = j
			g = gapNone
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				if g == gapNone {
					g = gapSpace
				}
				i++
				r++
				continue
			case c == '\n' || c == '\v' || c == '\f':
				g = gapBreak
				i++
				r++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j, rr := lexWord(s, i)
				toks = append(toks, token{b0: i, b1: j, r0: r, r1: r + rr, kind: tWord, gap: g, first: rune(c)})
				r += rr
				i = j
				g = gapNone
				continue
			}
			k := tPunct
			if c == '$' {
				k = tSym
			}
			toks = append(toks, token{b0: i, b1: i + 1, r0: r, r1: r + 1, kind: k, gap: g, first: rune(c)})
			i++
			r++
			g = gapNone
			continue
		}
		ru, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case ru == '\u2028' || ru == '\u2029' || ru == '\u0085':
			g = gapBreak
		case unicode.IsSpace(ru):
			if g == gapNone {
				g = gapSpace
			}
		case isCJK(ru):
			// One token per character: CJK writes words without spaces.
			toks = append(toks, token{b0: i, b1: i + size, r0: r, r1: r + 1, kind: tWord, gap: g, first: ru})
			g = gapNone
		case unicode.IsLetter(ru):
			j, rr := lexWord(s, i)
			toks = append(toks, token{b0: i, b1: j, r0: r, r1: r + rr, kind: tWord, gap: g, first: ru})
			r += rr
			i = j
			g = gapNone
			continue
		default:
			k := tPunct
			if unicode.Is(unicode.Sc, ru) {
				k = tSym
			}
			toks = append(toks, token{b0: i, b1: i + size, r0: r, r1: r + 1, kind: k, gap: g, first: ru})
			g = gapNone
		}
		i += size
		r++
	}
	return toks
}

// lexWord reads letters and marks (the vowel signs of Devanagari and other
// Indic scripts are spacing marks: लाख), joined by single inner hyphens.
func lexWord(s string, i int) (end, runes int) {
	for i < len(s) {
		ru, size := rune(s[i]), 1
		if ru >= utf8.RuneSelf {
			ru, size = utf8.DecodeRuneInString(s[i:])
		}
		if (unicode.IsLetter(ru) || unicode.IsMark(ru)) && !(ru >= 0x3040 && isCJK(ru)) {
			i += size
			runes++
			continue
		}
		// An apostrophe between Cyrillic letters is part of the word
		// (Ukrainian "п'ять", "п’ятдесят"); elsewhere it separates ("d'euros").
		if (ru == '\'' || ru == '’') && runes > 0 && i+size < len(s) {
			pr, _ := utf8.DecodeLastRuneInString(s[:i])
			nr, _ := utf8.DecodeRuneInString(s[i+size:])
			if unicode.Is(unicode.Cyrillic, pr) && unicode.Is(unicode.Cyrillic, nr) {
				i += size
				runes++
				continue
			}
		}
		if ru == '-' && i+1 < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsLetter(nr) && runes > 0 {
				i++
				runes++
				continue
			}
		}
		break
	}
	return i, runes
}

// lexNumber reads a digit string with inner separators: '.' and ',' followed
// by a digit; an apostrophe or a (narrow, thin, no-break) space only when it
// is followed by exactly three digits, the group before it has one to three
// digits and no '.' or ',' came before. Which separator is the decimal mark
// is decided later by parseNumber.
func lexNumber(s string, i int) (end, runes int) {
	start := i
	n, size := digitRun(s, i)
	i += size
	group := n
	groupOK := true // space and apostrophe grouping still possible
	for i < len(s) {
		c := s[i]
		if (c == '.' || c == ',') && i+1 < len(s) && (isDigit(s[i+1]) || otherDigit(s, i+1) > 0) {
			n, size = digitRun(s, i+1)
			i += 1 + size
			group = n
			groupOK = false
			continue
		}
		if !groupOK || group > 3 {
			break
		}
		ru, size := utf8.DecodeRuneInString(s[i:])
		if ru == '\'' || ru == '’' || isGroupSpace(ru) {
			if d, dsize := digitRun(s, i+size); d == 3 {
				i += size + dsize
				group = 3
				continue
			}
		}
		break
	}
	return i, utf8.RuneCountInString(s[start:i])
}
