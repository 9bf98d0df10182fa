package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cyrillic maps lower-case Cyrillic letters to Latin. The scheme follows the
// English press (BGN/PCGN-like: х=kh, ц=ts, ч=ch, ш=sh, щ=shch, ё=e, й=y),
// because the keys should come out equal to the most common Latin spelling.
// Ukrainian, Belarusian, Serbian and Macedonian letters are included.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dzh",
	'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
}

// greek maps lower-case Greek base letters (accents removed) to Latin, close
// to ELOT 743 as used by the Greek press in Latin script.
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i",
	'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y",
	'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// greekPairs are the Greek digraphs read as one sound. Word-initial μπ and ντ
// are b and d; inside a word they stay mb and nt.
var greekPairs = map[string]string{
	"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch",
}

// latinSpecial are Latin letters that Unicode decomposition does not reduce to
// an ASCII base.
var latinSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "dj", 'ð': "d",
	'þ': "th", 'ı': "i", 'ŋ': "ng", 'ħ': "h", 'ĸ': "k", 'ſ': "s",
}

// latin returns the word w lower-cased, transliterated from Cyrillic and Greek
// to Latin, with diacritics removed ("Горбачёв" -> "gorbachev", "Müller" ->
// "muller") and compatibility forms read as their letters (NFKC: fullwidth
// "Ｍｅｒｋｅｌ", mathematical "𝐌𝐞𝐫𝐤𝐞𝐥" and the ligature in "Griﬃn" are
// "merkel" and "griffin"). Letters and digits are kept; everything else is dropped. Letters
// of other scripts (Arabic, Han, ...) are kept as they are, lower-cased.
func latin(w string) string {
	var b strings.Builder
	b.Grow(len(w) + 4)
	rs := []rune(norm.NFKC.String(w))
	for i := range rs {
		rs[i] = unicode.ToLower(rs[i])
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r < utf8.RuneSelf:
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		case isCyrillic(r):
			if s, ok := cyrillic[r]; ok {
				b.WriteString(s)
			} else if d := base(r); d != r {
				if s, ok := cyrillic[d]; ok {
					b.WriteString(s)
				}
			}
		case isGreek(r):
			g := base(r)
			if i+1 < len(rs) && isGreek(rs[i+1]) {
				n := base(rs[i+1])
				pair := string([]rune{g, n})
				if s, ok := greekPairs[pair]; ok {
					b.WriteString(s)
					i++
					continue
				}
				if pair == "μπ" || pair == "ντ" {
					if i == 0 {
						b.WriteString(map[string]string{"μπ": "b", "ντ": "d"}[pair])
					} else {
						b.WriteString(map[string]string{"μπ": "mb", "ντ": "nt"}[pair])
					}
					i++
					continue
				}
			}
			b.WriteString(greek[g])
		default:
			if s, ok := latinSpecial[r]; ok {
				b.WriteString(s)
				continue
			}
			d := base(r)
			if d < utf8.RuneSelf {
				if d >= 'a' && d <= 'z' || d >= '0' && d <= '9' {
					b.WriteRune(d)
				}
				continue
			}
			if s, ok := latinSpecial[d]; ok {
				b.WriteString(s)
				continue
			}
			if unicode.IsLetter(d) || unicode.IsDigit(d) {
				b.WriteRune(d)
			}
		}
	}
	return b.String()
}

// base strips combining marks from r ("é" -> 'e', "ά" -> 'α').
func base(r rune) rune {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Properties(buf[:n]).Decomposition()
	if len(d) == 0 {
		return r
	}
	b, _ := utf8.DecodeRune(d)
	return b
}

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x52F }

func isGreek(r rune) bool { return r >= 0x370 && r <= 0x3FF || r >= 0x1F00 && r <= 0x1FFF }

// fold lower-cases s and removes diacritics without transliterating (and
// reads Turkish ı as i), and reads compatibility forms as their letters
// (NFKD); used to compare titles and legal forms in any script.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == 'ı' { // Turkish dotless i has no decomposition: Cumhurbaşkanı
			r = 'i'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFKC.String(b.String())
}
