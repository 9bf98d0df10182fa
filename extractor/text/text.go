package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token; Start and End are code-point offsets into the text, End exclusive.
// Text is the substring of the input that the token covers (no copy).
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits s into tokens in order, with the language-neutral rules
// described in the package documentation.
func Tokenize(s string) []Token {
	return tokenize(s, rulesFor(""))
}

// TokenizeLang is Tokenize with the few rules that depend on the language
// (ISO 639-1 code; "" or "und" is the same as Tokenize):
//   - "nl": "'s" stays on the word ("auto's", "foto's" are plurals);
//   - "tr", "az": a suffix after an apostrophe is split off a capitalized
//     name ("Ankara'da" -> "Ankara" "'da");
//   - languages that write ordinals with a period (de, da, no, nb, nn, fi, is,
//     pl, cs, sk, hu, sl, hr, sr, bs, et, lv, lt, tr): "3." stays one token
//     before any word, not only before a lower-case one.
func TokenizeLang(s, lang string) []Token {
	return tokenize(s, rulesFor(lang))
}

// rules are the language-dependent switches of the tokenizer.
type rules struct {
	keepPluralS   bool // nl: no split of 's
	splitSuffix   bool // tr, az: Name'suffix -> Name 'suffix
	ordinalPeriod bool // "3. Oktober", "2. Liga"
}

func rulesFor(lang string) rules {
	switch lang {
	case "nl", "af":
		return rules{keepPluralS: true}
	case "tr", "az":
		return rules{splitSuffix: true, ordinalPeriod: true}
	case "de", "da", "no", "nb", "nn", "fi", "is", "pl", "cs", "sk", "hu", "sl", "hr", "sr", "bs", "et", "lv", "lt":
		return rules{ordinalPeriod: true}
	}
	return rules{}
}

// tokenizer holds the state of one Tokenize call. Offsets are tracked as a
// byte cursor and its code-point index, which only move forward, so turning
// byte offsets into code-point offsets costs one pass over the text in total.
type tokenizer struct {
	s    string
	r    rules
	toks []Token
	bpos int // byte offset of the cursor
	cpos int // code-point offset of the cursor
}

func tokenize(s string, r rules) []Token {
	if s == "" {
		return nil
	}
	t := tokenizer{s: s, r: r, toks: make([]Token, 0, len(s)/5+2)}
	i := 0
	for i < len(s) {
		c, w := t.decode(i)
		if isSep(c) {
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			if c := s[j]; c > ' ' && c < 0x7F { // fast path: printable ASCII
				j++
				continue
			}
			c, w := t.decode(j)
			if isSep(c) {
				break
			}
			j += w
		}
		t.chunk(i, j)
		i = j
	}
	return t.toks
}

// decode returns the rune at byte offset i; invalid bytes decode as
// utf8.RuneError of width 1, the same as a range loop or []rune(s).
func (t *tokenizer) decode(i int) (rune, int) {
	if c := t.s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t.s[i:])
}

// cp returns the code-point offset of byte offset b (b >= the last one asked).
func (t *tokenizer) cp(b int) int {
	if b > t.bpos {
		seg := t.s[t.bpos:b]
		n := len(seg)
		for k := 0; k < len(seg); k++ {
			if seg[k] >= utf8.RuneSelf {
				n = utf8.RuneCountInString(seg)
				break
			}
		}
		t.cpos += n
		t.bpos = b
	}
	return t.cpos
}

func (t *tokenizer) emit(a, b int) {
	if a >= b {
		return
	}
	start := t.cp(a)
	t.toks = append(t.toks, Token{Text: t.s[a:b], Start: start, End: t.cp(b)})
}

// chunk tokenizes s[a:b], a run without separators.
func (t *tokenizer) chunk(a, b int) {
	s := t.s
	p := a
	for p < b {
		c, w := t.decode(p)
		switch {
		case isWordRune(c):
			if q := urlEnd(s, p, b); q > p {
				t.emit(p, q)
				p = q
				continue
			}
			p = t.word(p, b, p)
		case (c == '@' || c == '#') && p+1 < b && isLetterOrDigit(t.runeAt(p+1)):
			// @handle, #hashtag
			p = t.word(p+1, b, p)
		case (c == '.' || c == '+') && p+1 < b && isDigit(t.runeAt(p+1)) && (p == a || !isWordRune(t.runeBefore(p))):
			// ".596", a decimal without its leading zero; "+0.435", "+44" (a
			// minus sign stays a token of its own, as in CoNLL)
			p = t.word(p+1, b, p)
		case c == '\'' && p+3 < b && s[p+1] == 's' && s[p+2] == '-' && isLetter(t.runeAt(p+3)):
			// Dutch place names: 's-Hertogenbosch, 's-Gravenhage
			p = t.word(p+1, b, p)
		default:
			q := t.punct(p, b, c, w)
			t.emit(p, q)
			p = q
		}
	}
}

func (t *tokenizer) runeBefore(i int) rune {
	c, _ := utf8.DecodeLastRuneInString(t.s[:i])
	return c
}

func (t *tokenizer) runeAt(i int) rune {
	c, _ := t.decode(i)
	return c
}

// punct returns the end of the punctuation token that starts at p with rune c.
func (t *tokenizer) punct(p, b int, c rune, w int) int {
	s := t.s
	q := p + w
	switch c {
	case '.', '!', '?':
		for q < b && (s[q] == '.' || s[q] == '!' || s[q] == '?') {
			q++
		}
	case '-', '=', '*', '_', '~', '+', '/', '\\', '|', '<', '>', '^', '#', '\'', '`':
		// "--", "===", "***": a run of one symbol is one token
		for q < b && s[q] == byte(c) {
			q++
		}
	case '。', '！', '？', '…':
		for q < b {
			c2, w2 := t.decode(q)
			if c2 != c {
				break
			}
			q += w2
		}
	default:
		if c >= 0x2000 {
			q = t.emoji(c, q, b)
		}
	}
	return q
}

// emoji returns the end of the emoji sequence that starts with c and goes
// on at q: variation selectors, skin tones and keycaps, further emoji after
// a zero-width joiner ("👩‍💻"), and the second half of a flag ("🇩🇪").
func (t *tokenizer) emoji(c rune, q, b int) int {
	if c >= 0x1F1E6 && c <= 0x1F1FF { // regional indicator
		if q < b {
			if c2, w2 := t.decode(q); c2 >= 0x1F1E6 && c2 <= 0x1F1FF {
				return q + w2
			}
		}
		return q
	}
	if !unicode.Is(unicode.So, c) {
		return q
	}
	for q < b {
		c2, w2 := t.decode(q)
		switch {
		case unicode.IsMark(c2), c2 >= 0x1F3FB && c2 <= 0x1F3FF: // VS16, keycap, skin tone
			q += w2
		case c2 == '\u200D' && q+w2 < b:
			c3, w3 := t.decode(q + w2)
			if !unicode.Is(unicode.So, c3) {
				return q
			}
			q += w2 + w3
		default:
			return q
		}
	}
	return q
}

// word scans the word that starts at p (a word rune) within s[:b], emits it
// as one or more tokens beginning at byte tokStart (<= p, for "@" and "#"),
// and returns the byte offset after it.
func (t *tokenizer) word(p, b, tokStart int) int {
	s := t.s
	first, w := t.decode(p)
	cjk := isCJK(first)
	q := p + w
	last := first
	apos := false
	for q < b {
		if c := s[q]; c < utf8.RuneSelf && asciiWord[c] && !cjk { // fast path: ASCII letters and digits
			last = rune(c)
			q++
			continue
		}
		c, w := t.decode(q)
		if isWordRune(c) {
			if isCJK(c) != cjk && !unicode.IsMark(c) {
				break
			}
			last = c
			q += w
			continue
		}
		if cjk || q+w >= b {
			break
		}
		c2, w2 := t.decode(q + w)
		if c == '.' && c2 == '-' && q+2 < b && isLetterOrDigit(t.runeAt(q+2)) && dottedLetters(s[tokStart:q]) {
			// "U.S.-listed"
			last = '-'
			q += 2
			continue
		}
		if c == ':' && isLetter(last) && colonSuffix(s, tokStart, q+1, b) {
			// Swedish and Finnish case endings after abbreviations: "EU:s", "Vd:n", "SAS:lle".
			last = c2
			q += w + w2
			continue
		}
		if !isWordRune(c2) || isCJK(c2) || !joins(last, c, c2) {
			break
		}
		if c == '\'' || c == '’' {
			apos = true
		}
		last = c2
		q += w + w2
	}
	end := q

	// "US$", "C$", "HK$": a currency prefix of up to three capitals.
	if end < b && s[end] == '$' && end-tokStart <= 3 && allUpperASCII(s[tokStart:end]) {
		t.emit(tokStart, end+1)
		return end + 1
	}

	lastStart := tokStart
	if apos {
		lastStart = t.splitApostrophes(tokStart, end)
	}
	switch {
	case end < b && s[end] == '.' && (end+1 == b || s[end+1] != '.') && t.keepsPeriod(lastStart, end, b):
		end++
	case isHebrew(last) && strings.HasPrefix(s[end:b], "׳"):
		// Hebrew abbreviation with a geresh: "גב׳"
		end += len("׳")
	case end < b && s[end] == '-' && (end+1 == b || s[end+1] == ',') && isLetter(last):
		// German elided compound part: "Bundes- und Landesbehörden".
		end++
	}
	t.emit(lastStart, end)
	return end
}

// colonSuffix reports whether s[i:] (within the chunk end b) starts with one
// to three lower-case letters that end the word, and the word s[start:] starts
// with a capital.
func colonSuffix(s string, start, i, b int) bool {
	if c, _ := utf8.DecodeRuneInString(s[start:]); !unicode.IsUpper(c) {
		return false
	}
	n := 0
	for i < b {
		c, w := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(c) {
			break
		}
		if !unicode.IsLower(c) {
			return false
		}
		n++
		i += w
	}
	return n >= 1 && n <= 3
}

// joins reports whether the joiner j between runes l and r keeps them in one token.
func joins(l, j, r rune) bool {
	switch j {
	case '.':
		return isLetterOrDigit(l) && isLetterOrDigit(r)
	case '-', '\u2010', '\u2011', '@', '_':
		return isLetterOrDigit(l) && isLetterOrDigit(r)
	case ',', ':', '/', '–':
		return isDigit(l) && isDigit(r)
	case '\'', '’':
		return (isLetterOrDigit(l) && isLetter(r)) || (isDigit(l) && isDigit(r))
	case '&':
		return unicode.IsUpper(l) && unicode.IsUpper(r)
	case '·':
		return isLetter(l) && isLetter(r)
	case '"', '״', '׳':
		// Hebrew acronyms and abbreviations: צה"ל, ת״א, גב׳
		return isHebrew(l) && isHebrew(r)
	}
	return false
}

// splitApostrophes emits all but the last piece of the word s[a:b] that
// contains apostrophes and returns the start of the last piece.
//
//	l'ONU -> l' ONU; qu'aujourd'hui -> qu' aujourd'hui
//	Kvasov's -> Kvasov 's; don't -> do n't; O'Brien's -> O'Brien 's
func (t *tokenizer) splitApostrophes(a, b int) int {
	s := t.s
	// Elision at the front (French, Italian, Catalan).
	for {
		i, w := nextApostrophe(s, a, b)
		if i < 0 {
			return a
		}
		if !isElision(s[a:i], t.runeAt(i+w)) {
			break
		}
		t.emit(a, i+w)
		a = i + w
	}
	i, w := lastApostrophe(s, a, b)
	if i <= a {
		return a
	}
	suffix := s[i+w : b]
	switch {
	case t.r.splitSuffix:
		if c, _ := utf8.DecodeRuneInString(s[a:]); unicode.IsUpper(c) {
			t.emit(a, i)
			return i
		}
	case t.r.keepPluralS:
		return a
	case asciiEqualFold(suffix, "t") && i-1 > a && (s[i-1] == 'n' || s[i-1] == 'N'):
		t.emit(a, i-1)
		return i - 1
	case isClitic(suffix):
		t.emit(a, i)
		return i
	}
	return a
}

func nextApostrophe(s string, a, b int) (int, int) {
	for i := a; i < b; i++ {
		switch {
		case s[i] == '\'':
			return i, 1
		case s[i] == 0xE2 && i+2 < b && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			return i, 3
		}
	}
	return -1, 0
}

func lastApostrophe(s string, a, b int) (int, int) {
	for i := b - 1; i >= a; i-- {
		switch {
		case s[i] == '\'':
			return i, 1
		case s[i] == 0x99 && i-2 >= a && s[i-1] == 0x80 && s[i-2] == 0xE2:
			return i - 2, 3
		}
	}
	return -1, 0
}

// isClitic reports English contractions split off in Penn Treebank style.
func isClitic(x string) bool {
	switch len(x) {
	case 1:
		c := x[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		return asciiEqualFold(x, "re") || asciiEqualFold(x, "ve") || asciiEqualFold(x, "ll")
	}
	return false
}

// elisions are French, Italian and Catalan words that lose their vowel
// before an apostrophe; they become a token of their own with the apostrophe.
var elisions = map[string]elide{
	// fr
	"l": elideAlways, "d": elideAlways, "qu": elideAlways, "jusqu": elideAlways, "lorsqu": elideAlways,
	"puisqu": elideAlways, "quoiqu": elideAlways, "presqu": elideAlways, "quelqu": elideAlways,
	"j": elideBeforeLower, "m": elideBeforeLower, "n": elideBeforeLower, "s": elideBeforeLower,
	"t": elideBeforeLower, "c": elideBeforeLower,
	// it
	"dell": elideAlways, "dall": elideAlways, "nell": elideAlways, "sull": elideAlways, "all": elideAlways,
	"coll": elideAlways, "dagl": elideAlways, "degl": elideAlways, "negl": elideAlways, "sugl": elideAlways,
	"agl": elideAlways, "gl": elideAlways, "un": elideAlways, "quest": elideAlways, "quell": elideAlways,
	"anch": elideAlways, "com": elideAlways, "dov": elideAlways,
}

type elide uint8

const (
	elideNever elide = iota
	elideAlways
	elideBeforeLower
)

func isElision(l string, next rune) bool {
	if len(l) == 0 || len(l) > 6 || !isLetter(next) {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c >= utf8.RuneSelf {
			return false
		}
		buf[i] = c | 0x20
	}
	switch elisions[string(buf[:len(l)])] {
	case elideNever:
		return false
	case elideBeforeLower:
		// Pronouns and "ne" come before verbs: "n'a", "c'est", "s'il";
		// before a capital they are a name ("N'Djamena").
		return unicode.IsLower(next)
	}
	// D'Alema, D'Angelo: a capital D before a capital is a name.
	if l == "D" && unicode.IsUpper(next) {
		return false
	}
	return true
}

// keepsPeriod reports whether the period after the word s[a:e] belongs to
// it (an abbreviation, an initial or an ordinal). b is the end of the chunk.
func (t *tokenizer) keepsPeriod(a, e, b int) bool {
	s := t.s
	w := s[a:e]
	c, n := utf8.DecodeRuneInString(w)
	if n == len(w) && isLetter(c) {
		// A single letter: initials "J. R. R.", "z. B.", French "M.", Russian "г.".
		return true
	}
	if isAbbrev(w) || dottedLetters(w) {
		return true
	}
	if numAbbrev(w) {
		k, _ := t.nextWordStart(e+1, b, true)
		return k == 'd'
	}
	if isOrdinal(w) {
		if t.lineStart(a) {
			return true // a numbered list: "1. Jane Doe (Jamaica) 12.71"
		}
		switch k, at := t.nextWordStart(e+1, b, false); k {
		case 'l', 'd':
			return true
		case 'U':
			return t.r.ordinalPeriod || afterOrdinal(t.s[at:])
		}
	}
	return false
}

// lineStart reports whether byte a is the first non-separator of its line.
func (t *tokenizer) lineStart(a int) bool {
	if len(t.toks) == 0 {
		return true
	}
	for i := t.bpos; i < a; i++ {
		if t.s[i] == '\n' || t.s[i] == '\r' {
			return true
		}
	}
	return false
}

// nextWordStart classifies the first rune after the period at byte i when
// the period ends its chunk and the next chunk follows on the same line:
// 'l' lower-case letter, 'U' other letter, 'd' digit, 0 anything else.
func (t *tokenizer) nextWordStart(i, b int, digitOnly bool) (byte, int) {
	s := t.s
	if i != b {
		return 0, i
	}
	for i < len(s) {
		c, w := t.decode(i)
		if c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' {
			return 0, i
		}
		if !isSep(c) {
			switch {
			case isDigit(c):
				return 'd', i
			case digitOnly:
				return 0, i
			case unicode.IsLower(c):
				return 'l', i
			case isLetter(c):
				return 'U', i
			}
			return 0, i
		}
		i += w
	}
	return 0, i
}

// dottedLetters reports words like "U.S", "e.g", "z.B", "S.p.A", "Ph.D":
// letter groups of one or two separated by periods.
func dottedLetters(w string) bool {
	groups, n := 0, 0
	for _, c := range w {
		if c == '.' {
			if n == 0 || n > 2 {
				return false
			}
			groups++
			n = 0
			continue
		}
		if !isLetter(c) {
			return false
		}
		n++
	}
	return groups > 0 && n > 0 && n <= 2
}

// isOrdinal reports one to three digits ("3." in "am 3. Oktober") or a
// Roman numeral of two to five letters ("Ludwig XIV.").
func isOrdinal(w string) bool {
	if len(w) > 5 {
		return false
	}
	digits := true
	roman := len(w) >= 2
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			digits = false
		}
		if c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' {
			roman = false
		}
	}
	return (digits && len(w) <= 3) || roman
}

func isSep(c rune) bool {
	if c < utf8.RuneSelf {
		return c <= ' ' || c == 0x7F
	}
	switch c {
	case '\u200B', '\uFEFF', '\u2060', '\u180E':
		return true
	}
	return unicode.IsSpace(c) || unicode.IsControl(c)
}

// isWordRune reports runes that make up words: letters, digits and other
// numbers, combining marks, invisible formatting inside words (soft hyphen,
// zero-width joiners) and invalid bytes (Latin-1 text read as UTF-8).
func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return asciiWord[c]
	}
	return unicode.IsLetter(c) || unicode.IsNumber(c) || unicode.IsMark(c) ||
		c == utf8.RuneError || (unicode.Is(unicode.Cf, c) && !isSep(c))
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

func isLetter(c rune) bool {
	if c < utf8.RuneSelf {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return unicode.IsLetter(c) || unicode.IsMark(c) || c == utf8.RuneError
}

func isDigit(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= '0' && c <= '9'
	}
	return unicode.IsDigit(c)
}

func isLetterOrDigit(c rune) bool {
	if c < utf8.RuneSelf {
		return asciiWord[c]
	}
	return isWordRune(c) && !unicode.Is(unicode.Cf, c)
}

// isCJK reports Han ideographs and Japanese kana: scripts written without
// spaces, where a run of them is one token.
func isCJK(c rune) bool {
	switch {
	case c < 0x3040:
		return false
	case c <= 0x30FF: // hiragana, katakana
		return true
	case c >= 0x3400 && c <= 0x4DBF, c >= 0x4E00 && c <= 0x9FFF, c >= 0xF900 && c <= 0xFAFF,
		c >= 0x31F0 && c <= 0x31FF, c >= 0xFF66 && c <= 0xFF9F, c >= 0x20000 && c <= 0x3FFFF:
		return true
	}
	return false
}

func isHebrew(c rune) bool { return c >= 0x05D0 && c <= 0x05EA }

func allUpperASCII(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func asciiEqualFold(x, lower string) bool {
	if len(x) != len(lower) {
		return false
	}
	for i := 0; i < len(x); i++ {
		if x[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}
