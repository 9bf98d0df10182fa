package text

import "strings"

// urlPrefixes start a URL that is kept as one token up to the next space.
var urlPrefixes = [...]string{"http://", "https://", "ftp://", "www.", "mailto:"}

// urlEnd returns the end of the URL that starts at byte p of the chunk
// s[p:b], or p if none starts there. Quotes and angle brackets end a URL;
// trailing punctuation and an unbalanced closing bracket are left out.
func urlEnd(s string, p, b int) int {
	switch s[p] | 0x20 {
	case 'h', 'f', 'w', 'm':
	default:
		return p
	}
	ok := false
	for _, pre := range urlPrefixes {
		if b-p > len(pre) && strings.EqualFold(s[p:p+len(pre)], pre) {
			ok = true
			break
		}
	}
	if !ok {
		return p
	}
	q := p
	open := 0
scan:
	for q < b {
		switch s[q] {
		case '"', '<', '>', '`', '{', '}', '|', '\\', '^':
			break scan
		case '(':
			open++
		case ')':
			open--
		case 0xC2: // « »
			if q+1 < b && (s[q+1] == 0xAB || s[q+1] == 0xBB) {
				break scan
			}
		case 0xE2: // ‘ ’ ‚ “ ” „ ‹ › …
			if q+2 < b && s[q+1] == 0x80 && (s[q+2] >= 0x98 && s[q+2] <= 0x9E || s[q+2] == 0xA6 || s[q+2] == 0xB9 || s[q+2] == 0xBA) {
				break scan
			}
		}
		q++
	}
	for q > p {
		switch s[q-1] {
		case '.', ',', ';', ':', '!', '?', '\'', ']':
			q--
			continue
		case ')':
			if open < 0 {
				open++
				q--
				continue
			}
		}
		break
	}
	if q-p <= 8 { // a bare "www." or "http://" is not a URL
		return p
	}
	return q
}
