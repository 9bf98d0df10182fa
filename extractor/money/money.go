package money

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Amount is one amount of money found in a text.
type Amount struct {
	Start, End int    // code-point offsets into the text, End exclusive
	Text       string // the surface form, the text between Start and End
	Amount     string // exact decimal in canonical form, e.g. "590000" or "0.5"
	AmountMax  string // upper bound of a range ("$5-6 million"), else ""
	Currency   string // ISO 4217
	Confidence float64
}

// Canonical is the canonical form: "590000 USD", or "5000000..6000000 USD"
// for a range.
func (a Amount) Canonical() string { return a.value() + " " + a.Currency }

// Key is the stable entity key: "money:USD:590000", or
// "money:USD:5000000..6000000" for a range.
func (a Amount) Key() string { return "money:" + a.Currency + ":" + a.value() }

func (a Amount) value() string {
	if a.AmountMax != "" {
		return a.Amount + ".." + a.AmountMax
	}
	return a.Amount
}

// videoLines are the video resolutions written like pence ("1080p").
var videoLines = map[int64]bool{144: true, 240: true, 360: true, 480: true, 576: true, 720: true, 1080: true, 1440: true, 2160: true}

// parser holds one call of Find.
type parser struct {
	s          string
	lang       string
	toks       []token
	ctx        *docContext
	lb         []byte          // scratch for lower-casing
	starts     map[string]bool // startWords of the language
	firsts     *[256]bool      // startFirsts of the language
	curTok     int             // last token of the expression being resolved
	hint       string          // language suggested by the currency before the number
	dollarSign bool            // the number follows a bare "$"
}

// scratch is what one call of Find uses and gives back: tokens, the
// lower-casing buffer and the amounts before they are copied out.
type scratch struct {
	toks []token
	lb   []byte
	out  []Amount
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]token, 0, 1024), lb: make([]byte, 0, 128), out: make([]Amount, 0, 32)}
}}

// Find returns the amounts of money in s, a text in language lang (ISO 639-1
// or "und"), in text order. It never panics on any input.
func Find(s string, lang string) []Amount {
	sc := scratchPool.Get().(*scratch)
	p := parser{s: s, lang: normLang(lang), toks: lex(s, sc.toks[:0]), lb: sc.lb[:0]}
	p.starts = startWords[p.numLang()]
	p.firsts = startFirsts[p.numLang()]
	found := sc.out[:0]
	prevEnd := -1 // the token after the last amount of a million or more
	for i := 0; i < len(p.toks); {
		if p.anchor(i) {
			if a, next, ok := p.match(i); ok {
				found = append(found, a)
				prevEnd = -1
				if a.AmountMax == "" && bigAmount(a.Amount) {
					prevEnd = next
				}
				i = next
				continue
			}
			if prevEnd >= 0 {
				if a, next, ok := p.carry(i, prevEnd, found[len(found)-1].Currency, found[len(found)-1].Amount); ok {
					found = append(found, a)
					prevEnd = -1
					i = next
					continue
				}
			}
		}
		i++
	}
	var out []Amount
	if len(found) > 0 {
		out = make([]Amount, len(found))
		copy(out, found)
		clear(found) // drop the strings
	}
	if cap(p.toks) <= 1<<16 && cap(found) <= 1<<12 && cap(p.lb) <= 1<<12 {
		sc.toks, sc.lb, sc.out = p.toks[:0], p.lb[:0], found[:0]
		scratchPool.Put(sc)
	}
	return out
}

// Parse reads s as one amount of money, as a user would type it to compare
// amounts ("590.000 Dollar", "$5-6 million", "1,5 Mio. Euro"). It reports
// false unless s, apart from white space around it, is exactly one amount.
func Parse(s, lang string) (Amount, bool) {
	as := Find(s, lang)
	if len(as) != 1 {
		return Amount{}, false
	}
	a := as[0]
	lead := utf8.RuneCountInString(s) - utf8.RuneCountInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	trail := utf8.RuneCountInString(strings.TrimRightFunc(s, unicode.IsSpace))
	if a.Start != lead || a.End != trail {
		return Amount{}, false
	}
	return a, true
}

// normLang reduces "de-CH", "pt_BR", "NB" to the two-letter code we use.
func normLang(lang string) string {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	lang = strings.ToLower(lang)
	switch lang {
	case "nb", "nn":
		return "no"
	case "":
		return "und"
	}
	return lang
}

func (p *parser) word(i int) string { return p.s[p.toks[i].b0:p.toks[i].b1] }

// lower returns the lower-cased text of token i. The result is only valid
// until the next call.
func (p *parser) lower(i int) string {
	p.lb = appendLower(p.lb[:0], p.word(i))
	return unsafeString(p.lb)
}

// lowerTable is unicode.ToLower for Latin, Greek and Cyrillic, the runes
// most words of the supported languages are written in.
var lowerTable = func() (tb [0x530]rune) {
	for r := range tb {
		tb[r] = unicode.ToLower(rune(r))
	}
	return tb
}()

func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if r < rune(len(lowerTable)) {
					r = lowerTable[r]
				} else {
					r = unicode.ToLower(r)
				}
				dst = utf8.AppendRune(dst, r)
			}
			return dst
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// anchor reports whether an expression can start at token i: a number, a
// currency sign, a minus sign, or a word that is a code, a prefix or a
// number word. Everything else is skipped without further work.
func (p *parser) anchor(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case tNum, tSym:
		return true
	case tPunct:
		return t.first == '-' || t.first == '−'
	}
	if t.first >= 0x3040 && isCJK(t.first) {
		_, digit := cjkDigits[t.first]
		return digit || cjkPrefixFirst[t.first]
	}
	w := p.word(i)
	// Codes and prefixes start upper-case ("USD", "C$", "Fr."), except
	// before "$" ("hk $ 10", "usd$ 15", "u$s") and "kr", "fr", "sFr".
	// Up to 5 letters: 12 bytes holds those of the Indic scripts ("रु").
	if len(w) <= 12 {
		beforeDollar := i+1 < len(p.toks) && p.toks[i+1].first == '$'
		if (t.first >= 'A' && t.first <= 'Z' || t.first >= 0x80 || beforeDollar || lowerPrefixes[w]) && prefixWords[w] ||
			w == "u" && beforeDollar {
			return true
		}
	}
	if len(w) > 40 || !p.firsts[leadByte(unicode.ToLower(t.first))] {
		return false
	}
	lw := p.lower(i)
	if len(lw) > 24 {
		// "twenty-five-million-dollar": a number word before a hyphen
		head, _, ok := strings.Cut(lw, "-")
		return ok && (p.starts[head] || numLexicons[p.numLang()].isNumberWord(head))
	}
	if p.starts[lw] {
		return true
	}
	// "twenty-five", "fünfundzwanzig", "duecentocinquanta"
	if len(lw) >= 5 && numLexicons[p.numLang()].isNumberWord(lw) {
		return true
	}
	// "half-million-dollar", "two-million-euro" (hyphenNumber)
	head, _, ok := strings.Cut(lw, "-")
	return ok && p.starts[head]
}

// lowerPrefixes are the lower-case prefixWords that need no "$" after them.
var lowerPrefixes = map[string]bool{"kr": true, "fr": true, "sFr": true}

// prefixWords are the words that can stand before a number as a currency.
var prefixWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range dollarPrefixes {
		m[w] = true
		m[strings.ToLower(w)] = true
	}
	for w := range isoCodes {
		m[w] = true
		if w[2] == 'D' {
			m[strings.ToLower(w)] = true // "usd$ 15"
		}
	}
	for w := range codeAliases {
		m[w] = true
	}
	return m
}()

// leadByte is the first byte of r in UTF-8.
func leadByte(r rune) byte {
	switch {
	case r < 0x80:
		return byte(r)
	case r < 0x800:
		return 0xC0 | byte(r>>6)
	case r < 0x10000:
		return 0xE0 | byte(r>>12)
	}
	return 0xF0 | byte(r>>18)
}

// bareScales are the scale words that stand for one thousand, million or
// billion without "one": "mil euros", "mille euro", "tausend Euro", "bin
// lira", and in Polish and Russian "milion złotych", "миллион рублей",
// "zwrotu miliarda funtów". Plurals ("thousands of", "тысячи", "miliardy
// euro") are vague, not one.
var bareScales = map[string]bool{
	"mil": true, "mille": true, "bin": true, "tausend": true, "duizend": true, "tusen": true, "tusind": true,
	"tysiąc": true, "тысяча": true, "тысячу": true,
	"milion": true, "miliona": true, "miliard": true, "miliarda": true,
	"миллион": true, "миллиона": true, "миллиард": true, "миллиарда": true,
	"тисяча": true, "тисячу": true, "мільйон": true, "мільйона": true, "мільярд": true, "мільярда": true,
	"tisíc": true, "tisícu": true, "miliardu": true,
}

// startFirsts are the first bytes of startWords, per language: most words
// are rejected by this test without being lower-cased.
var startFirsts = map[string]*[256]bool{}

// startWords are, per language, the lower-case words a spelled-out amount
// can start with: number words and "mil", "mille", "bin" (one thousand).
var startWords = map[string]map[string]bool{}

func init() {
	for lang, nums := range numWords {
		m := map[string]bool{}
		for w := range nums {
			m[w] = true
		}
		for w, sw := range scales {
			if bareScales[w] && (sw.langs == "" || hasLang(sw.langs, lang)) {
				m[w] = true
			}
		}
		for w := range langScales[lang] {
			if bareScales[w] {
				m[w] = true
			}
		}
		if lang == "ru" {
			for w := range halfScales {
				m[w] = true
			}
		}
		if lang == "en" {
			m["three-quarters"] = true // quarterOf
		}
		for w := range numLexicons[lang].atoms {
			m[w] = true
		}
		startWords[lang] = m
		var f [256]bool
		for w := range m {
			f[w[0]] = true
		}
		startFirsts[lang] = &f
	}
}

func (p *parser) numLang() string {
	if _, ok := numWords[p.lang]; ok {
		return p.lang
	}
	return "en"
}

// quantity is a number with its scale words: "1,5 Mio.", "two million".
type quantity struct {
	val       num
	exp       int32
	scaled    bool
	conf      float64
	spelled   bool
	article   bool // "a", "ein", "un": one, before a scale word or a currency name
	needScale bool // "half", a leading "mil": needs a scale word
	inline    *cur // a currency inside a hyphenated scale word: "million-dollar"
	cut       int  // bytes of a hyphenated word that hold its scale ("m" of "€5m-a-year"); 0: the whole word
	rest      int  // bytes of the first word that its number took before the scale ("half-" of "half-million-dollar")
	next      int  // first token after the quantity
	numTok    int  // the token of the digits, -1 for words
}

// match reads the money expression starting at token i.
func (p *parser) match(i int) (Amount, int, bool) {
	t := p.toks
	n := len(t)
	start := i
	neg := false
	if t[i].kind == tPunct {
		if i+1 >= n || t[i+1].gap != gapNone {
			return Amount{}, 0, false
		}
		if i > 0 && t[i].gap == gapNone && !(t[i-1].kind == tPunct && strings.ContainsRune("([{\"'«“", t[i-1].first)) {
			return Amount{}, 0, false
		}
		neg = true
		i++
	}
	// "minus 3,4 Millionen Euro", "минус 2 млрд рублей": a loss written out.
	// Not an operator between amounts ("100 Euro minus 5 Euro").
	if !neg && i > 0 && t[i].gap == gapSpace && t[i-1].kind == tWord && minusWords[p.lower(i-1)] &&
		(i < 2 || t[i-2].kind == tWord && !p.currencyWord(i-2) || t[i-2].kind == tPunct && !strings.ContainsRune(")]", t[i-2].first)) {
		neg, start = true, i-1
	}
	pre0 := i
	pre, j, hasPre := p.prefix(i)
	paren := false
	if hasPre {
		i = j
		// "$(4.5) million": a negative amount as accounts write it
		if !neg && i+2 < n && t[i].kind == tPunct && t[i].first == '(' && t[i].gap == gapNone &&
			t[i+1].kind == tNum && t[i+1].gap == gapNone && t[i+2].kind == tPunct && t[i+2].first == ')' && t[i+2].gap == gapNone {
			paren, neg = true, true
			i++
		}
		if i >= n || t[i].kind != tNum || t[i].gap == gapBreak {
			return Amount{}, 0, false
		}
	} else if neg && t[i].kind != tNum {
		return Amount{}, 0, false
	}
	p.hint = ""
	p.dollarSign = hasPre && pre.kind == ckDollarSign
	if hasPre {
		p.hint = currencyLang[pre.code]
	}
	q, ok := p.quantity(i, hasPre || neg)
	if !ok {
		return Amount{}, 0, false
	}
	// "Dh6" is a chess move (queen to h6), "NIS 2" the EU's directive and
	// "NIS 2023" a year of Serbia's NIS; "Dh500", "NIS 1.2 billion" money
	if hasPre && !q.scaled && q.val.frac == 0 && q.val.digits == "" && strictPrefixes[p.word(pre0)] &&
		(q.val.m < 10 || q.val.m >= 1900 && q.val.m <= 2099) {
		return Amount{}, 0, false
	}
	if paren {
		if q.next != i+1 { // read past the number: no closing bracket next
			return Amount{}, 0, false
		}
		q.next++ // the ")"; then the scale words
		p.scales(&q)
	}
	var hi quantity
	hasHi := false
	single := q // q before a range gave it the upper bound's scale
	if !neg {
		hi, hasHi = p.rangeEnd(&q, pre, hasPre, start)
	}
	c := pre
	last := q.next - 1
	if hasHi {
		last = hi.next - 1
	}
	curTok := pre0    // where the currency is written
	borrowed := false // written with the next amount, not this one
	switch {
	case hasPre:
		// "新台币5月大幅升值", "港币2024年": the number is a date, not an amount
		if nx := q.next; isCJK(t[pre0].first) && !q.scaled && nx < n && t[nx].gap == gapNone && cjkDateMarks[t[nx].first] {
			return Amount{}, 0, false
		}
		// "人民币200元": the name before, the sign after.
		if nx := last + 1; !hasHi && nx < n && t[nx].gap == gapNone && t[nx].first == '元' && isCJK(t[pre0].first) {
			last = nx
		}
	case q.inline != nil && !hasHi:
		c = *q.inline
	case hasHi && hi.inline != nil:
		c = *hi.inline
	default:
		sc, end, ok := p.suffix(last+1, q.scaled || hi.scaled)
		if !ok && hasHi {
			hasHi, q, hi = false, single, quantity{}
			last = q.next - 1
			sc, end, ok = p.suffix(last+1, q.scaled)
		}
		if !ok {
			lc, at, ok := p.levelCurrency(&q, start, last+1)
			if !ok || hasHi {
				return Amount{}, 0, false
			}
			c, curTok, borrowed = lc, at, true
			break
		}
		// "In 2023 euro zone inflation", "the 19 euro area countries",
		// "in 2020 dollars", "the 2024 Euros": no amount
		if !q.scaled && !hasHi && (p.areaAfter(end) || p.yearBefore(q, start, last+1)) {
			return Amount{}, 0, false
		}
		curTok = last + 1
		c = sc
		last = end - 1
		// "75 USD millones": a code, then the scale.
		if !q.scaled && !hasHi && isoCodes[p.word(last)] && end < n && t[end].kind == tWord && t[end].gap == gapSpace {
			if sw, ok := p.scaleExp(p.lower(end)); ok && !sw.short && sw.exp >= 6 {
				q.exp += int32(sw.exp)
				q.scaled = true
				last = end
				if sw.dot && end+1 < n && t[end+1].gap == gapNone && t[end+1].first == '.' {
					last++
				}
			}
		}
	}
	// "3 dollars and 99 cents": the subunit joins a whole amount.
	subConf := 1.0
	if !hasHi && !q.scaled && q.exp == 0 && q.val.frac == 0 && q.val.digits == "" && !c.sub && c.exp == 0 && q.val.m < 1e12 {
		if v, end, named, ok := p.subunit(last+1, c, !hasPre && t[last].kind == tWord,
			!hasPre && (t[last].kind == tSym || isoCodes[p.word(last)])); ok {
			q.val = num{m: q.val.m*100 + v, frac: 2}
			last = end - 1
			if !named {
				subConf = 0.85
			}
		}
	}
	poundWeight := c.kind == ckPound && !q.scaled && !hi.scaled && p.context().cues&cueGB == 0 && !p.moneyVerbBefore(start)
	if poundWeight && (p.lang == "en" || p.lang == "und" || p.lang == "de") {
		return Amount{}, 0, false // "lost 20 pounds": American weight; "ein Pfund Butter"
	}
	if c.kind == ckMark && !q.scaled && !hi.scaled && p.lang != "de" && p.context().cues&cueDE == 0 {
		return Amount{}, 0, false // "5 marks" out of ten
	}
	p.curTok = last
	if c.code == "GBP" && c.sub && t[last].b1-t[last].b0 == 1 && q.val.frac == 0 && q.val.digits == "" && videoLines[q.val.m] {
		return Amount{}, 0, false // "1080p"
	}
	if q.needScale && !q.scaled || q.article && !q.scaled && (hasHi || t[last].kind != tWord || p.strengthAfter(last+1)) {
		return Amount{}, 0, false
	}
	// "a dollar", but "a NIS 1.2 billion settlement", "a CHF 5 million fine":
	// a code or an abbreviation after an article starts the amount
	if q.article && !q.scaled && p.isCode(last) {
		return Amount{}, 0, false
	}
	// French "cents" after a spelled number is hundreds: "cent et deux cents mètres".
	if q.spelled && p.lang == "fr" && c.kind == ckCent && t[last].kind == tWord && (p.lower(last) == "cent" || p.lower(last) == "cents") {
		return Amount{}, 0, false
	}
	if c.exp != 0 && (q.scaled || hi.scaled) {
		return Amount{}, 0, false
	}
	// A word or number glued to the end was not read: "321neo", "5 EURx".
	if nx := last + 1; nx < n && t[nx].gap == gapNone && (t[nx].kind == tNum || t[nx].kind == tWord && t[last].kind != tPunct &&
		!isCJK(t[nx].first) && !isCJK(t[last].first)) {
		return Amount{}, 0, false
	}
	if !hasPre && p.nameNotMoney(start, last, q.scaled || hi.scaled || q.val.frac != 0) {
		return Amount{}, 0, false
	}
	code, conf := p.resolve(c)
	if code == "" {
		return Amount{}, 0, false
	}
	if _, err := currency.ParseISO(code); err != nil {
		return Amount{}, 0, false
	}
	// Zero-decimal currencies have no fraction of three digits: "450,000 yen"
	// is 450000 in any language. Euros with a point before three digits in
	// English text ("€1.000", "12.500 €") are thousands when the digits are
	// 000 or the whole part has two digits or more; "€1.899" a litre of fuel
	// stays a fraction.
	// Nor have pesos three decimals: "7,500 pesos" in Mexican Spanish is
	// 7500, whatever the language's decimal comma says.
	if q.val.frac == 3 && !hasHi && q.numTok >= 0 && (zeroDecimal[code] || code == "EUR" && p.pointThousands(p.word(q.numTok)) ||
		pesos[code] && strings.Count(p.word(q.numTok), ",") == 1 && !strings.ContainsAny(p.word(q.numTok), ". '")) {
		if v, _, ok := readNumber(p.word(q.numTok), "und"); ok && v.frac == 0 {
			q.val = v
		}
	}
	shift := int32(c.exp)
	if c.sub {
		shift -= 2
	}
	end, endByte := t[last].r1, t[last].b1
	if q.cut > 0 && last == q.next-1 {
		end, endByte = t[last].r0+utf8.RuneCountInString(p.s[t[last].b0:t[last].b0+q.cut]), t[last].b0+q.cut
	}
	a := Amount{
		Start: t[start].r0, End: end, Text: p.s[t[start].b0:endByte],
		Amount: q.val.format(q.exp+shift, neg), Currency: code,
	}
	conf *= q.conf * subConf
	if poundWeight {
		conf *= 0.8
	}
	if hasHi {
		a.AmountMax = hi.val.format(hi.exp+shift, neg)
		conf *= hi.conf
	}
	// Spelled-out numbers are guesses more often than digits ("a dollar",
	// "un euro fort"); an ISO code next to digits is the surest writing.
	switch {
	case borrowed:
		conf *= 0.85
	case q.article:
		conf *= 0.7
	case q.spelled:
		conf *= 0.9
	case !hasHi && (hasPre || q.inline == nil) && isoCodes[p.word(curTok)]:
		conf = min(1, conf*1.04)
	}
	if p.lang == "und" {
		conf *= 0.95
	}
	a.Confidence = float64(int(conf*100+0.5)) / 100
	return a, last + 1, true
}

// prefix reads a currency written before the number: "$", "US$", "€", "CHF", "Fr.", "kr".
func (p *parser) prefix(i int) (cur, int, bool) {
	t := p.toks
	n := len(t)
	if i >= n {
		return cur{}, 0, false
	}
	if i > 0 && t[i].gap == gapNone && (t[i-1].kind == tWord && !isCJK(t[i-1].first) || t[i-1].kind == tNum) {
		return cur{}, 0, false
	}
	switch t[i].kind {
	case tSym:
		c, ok := symbols[t[i].first]
		if !ok || c.code == "" {
			return cur{}, 0, false
		}
		return c, i + 1, true
	case tWord:
		if isCJK(t[i].first) {
			c, end, ok := p.cjkName(i)
			if !ok || !cjkPrefixes[p.s[t[i].b0:t[end-1].b1]] {
				return cur{}, 0, false
			}
			return c, end, true
		}
		w := p.word(i)
		if code, end, ok := p.hyphenDollar(i); ok {
			return fixed(code), end, true
		}
		if i+1 < n && t[i+1].first == '$' && t[i+1].kind == tSym {
			if code, ok := p.dollarPrefix(i); ok {
				return fixed(code), i + 2, true
			}
			// Argentine "u$s 100"
			if (w == "u" || w == "U") && i+2 < n && t[i+2].gap == gapNone && t[i+2].kind == tWord && (p.word(i+2) == "s" || p.word(i+2) == "S") {
				return fixed("USD"), i + 3, true
			}
		}
		c, ok := codeAliases[w]
		if !ok {
			if !isoCodes[w] {
				return cur{}, 0, false
			}
			c = fixed(w)
		}
		if c.langs != "" && !hasLang(c.langs, p.lang) || c.after {
			return cur{}, 0, false
		}
		j := i + 1
		if c.dot && j < n && t[j].gap == gapNone && t[j].first == '.' {
			j++
		} else if c.kind == ckFranc {
			return cur{}, 0, false // "Fr. 500" but not "fr 1993"
		}
		if c.exp != 0 {
			return cur{}, 0, false
		}
		return c, j, true
	}
	return cur{}, 0, false
}

// quantity reads a number and its scale words at token i. glued says
// whether a token glued to its left is allowed (a sign or a currency prefix).
func (p *parser) quantity(i int, glued bool) (quantity, bool) {
	t := p.toks
	n := len(t)
	if i >= n {
		return quantity{}, false
	}
	q := quantity{conf: 1, numTok: -1}
	if i > 0 && t[i].gap == gapNone && !glued {
		prev := t[i-1]
		if prev.kind == tWord && !isCJK(prev.first) || prev.kind == tNum || prev.kind == tPunct && strings.ContainsRune("/:.,#+-–—_&", prev.first) {
			return quantity{}, false
		}
	}
	switch t[i].kind {
	case tNum:
		v, conf, ok := readNumber(p.word(i), p.lang)
		if !ok {
			return quantity{}, false
		}
		// Mexican papers write "$1,500.50" like English. When the language
		// alone decided (rule 4 in doc.go), a number after "$" in Spanish text
		// about Mexico reads so. Not without the "$": agencies writing about
		// Mexico use "36.000 millones".
		// Nor is "2,500 millones" two and a half millions with three
		// decimals, which Spain would write "2,5 millones": Mexico and
		// Central America group thousands with a comma.
		scaleNext := i+1 < n && t[i+1].kind == tWord && t[i+1].gap == gapSpace && func() bool { sw, ok := p.scaleExp(p.lower(i + 1)); return ok && !sw.short }()
		if conf == 0.9 && p.lang == "es" && (p.dollarSign && p.context().cues&(cueMX|cueAR|cueCL|cueCO) == cueMX || v.frac == 3 && scaleNext) {
			v, conf, ok = readNumber(p.word(i), "en")
			if !ok {
				return quantity{}, false
			}
		}
		q.val, q.conf, q.next, q.numTok = v, conf, i+1, i
		if j := i + 1; j < n && t[j].gap == gapNone && t[j].kind == tPunct && (t[j].first == '%' || t[j].first == '‰') {
			return quantity{}, false
		}
		// "26/7/2000", "3 / 4": a date or a fraction, not an amount.
		if j := i + 1; j+1 < n && t[j].kind == tPunct && t[j].first == '/' && t[j].gap != gapBreak && t[j+1].kind == tNum {
			return quantity{}, false
		}
		// "5,-", "1'000.–": whole units, no cents.
		if j := i + 1; j+1 < n && t[j].gap == gapNone && (t[j].first == ',' || t[j].first == '.') &&
			t[j+1].gap == gapNone && (t[j+1].first == '-' || t[j+1].first == '–') && (j+2 >= n || t[j+2].gap != gapNone) {
			q.next = j + 2
		}
	case tWord:
		if isCJK(t[i].first) {
			if !p.cjkNumber(i, &q) {
				return quantity{}, false
			}
		} else if !p.spelled(i, &q) {
			return quantity{}, false
		}
	default:
		return quantity{}, false
	}
	p.scales(&q)
	if t[i].kind == tNum {
		p.compoundScales(&q)
	}
	return q, true
}

// compoundScales adds to a scaled whole amount the smaller scaled amounts
// written after it: "1 трлн 200 млрд рублей", "2 billion 300 million
// dollars", "1 млн 500 тыс." (the last part alone was read before, with a
// sure confidence). Each part must be a whole number of the next scale
// below, smaller than the step between the scales.
func (p *parser) compoundScales(q *quantity) {
	t := p.toks
	n := len(t)
	for q.scaled && q.val.frac == 0 && q.val.digits == "" && q.inline == nil {
		j := q.next
		if j+1 >= n || t[j].kind != tNum || t[j].gap != gapSpace {
			return
		}
		v, _, ok := readNumber(p.word(j), p.lang)
		if !ok || v.frac != 0 || v.digits != "" || v.m <= 0 {
			return
		}
		r := quantity{val: v, next: j + 1, numTok: j}
		p.scales(&r)
		if !r.scaled || r.inline != nil || r.exp <= 0 || r.exp >= q.exp {
			return
		}
		step := pow10(int(q.exp - r.exp))
		if v.m >= step || q.val.m > (1<<62)/step {
			return
		}
		q.val = num{m: q.val.m*step + v.m}
		q.exp, q.next = r.exp, r.next
	}
}

// spelled reads number words: "two", "fünf", "twenty-five", "two hundred
// and fifty", "siebenhundertfünfzig", "cuarenta y cinco" (see numwords.go),
// halves ("zweieinhalb", "half a") and articles ("a", "ein", "un"). A
// leading "mil", "mille", "bin" counts as one thousand.
func (p *parser) spelled(i int, q *quantity) bool {
	t := p.toks
	lang := p.numLang()
	nums := numWords[lang]
	lx := numLexicons[lang]
	if p.lang == "ru" {
		if exp, ok := halfScales[p.lower(i)]; ok {
			q.val, q.exp, q.scaled, q.spelled, q.next = num{m: 5, frac: 1}, int32(exp), true, true, i+1
			return true
		}
	}
	if p.lang == "en" {
		if n, next, ok := p.quarterOf(i); ok {
			q.val, q.next, q.spelled, q.needScale = n, next, true, true
			return true
		}
		// "a third of a million": the amount is a fraction this reading
		// cannot hold exactly, and "a million" alone would be wrong
		if i >= 2 && nums[p.lower(i)].article && p.lower(i-1) == "of" && fractionWords[p.lower(i-2)] {
			return false
		}
	}
	// "a half million" after "two and": the number began before the joiner
	if i >= 2 && p.andAHalf(i-1) && halfJoiners[strings.ToLower(p.word(i-1))] && lx.isNumberWord(strings.ToLower(p.word(i-2))) {
		return false
	}
	if p.hyphenNumber(i, nums, lx, q) {
		return true
	}
	w := lx.newValue()
	half, prevArticle := false, false
	var halfVal int64
	k := i
	for k < len(t) && t[k].kind == tWord && (k == i || t[k].gap == gapSpace) && !half {
		lw := p.lower(k)
		nw, isNum := nums[lw]
		if isNum && nw.half {
			// "een half miljoen", "en halv miljon": the article is "a", not one.
			halfVal = w.value()
			if prevArticle && nw.val == 0 {
				halfVal = 0
			}
			halfVal += nw.val
			half = true
			q.needScale = nw.val == 0 // a half alone needs a scale word
			k++
			// "half a million"
			if k+1 < len(t) && t[k].gap == gapSpace && t[k].kind == tWord && nums[p.lower(k)].article && nw.val == 0 {
				k++
			}
			continue
		}
		if isNum && nw.article {
			if k > i {
				break
			}
			w.add(atom{val: 1, kind: aUnit})
			q.article, prevArticle = true, true
			k++
			continue
		}
		// "two and a half million": the joiner, the article and a half add
		// one half to the number before them (it was read from "a": "a
		// half million", a fifth of the amount)
		if halfJoiners[lw] && w.n > 0 && p.andAHalf(k) {
			halfVal, half = w.value(), true
			k += 3
			continue
		}
		// A joiner counts only with the number word after it.
		if lx.joinWords[lw] {
			if w.n == 0 || k+1 >= len(t) || t[k+1].kind != tWord || t[k+1].gap != gapSpace {
				break
			}
			save := w
			w.join = true
			if !lx.addWord(&w, p.lower(k+1)) {
				w = save
				break
			}
			q.article, prevArticle = false, false
			k += 2
			continue
		}
		// A thousand word that ends the number is a scale word: "dos mil euros".
		if a := lx.atoms[lw]; a.kind == aThousand && !p.numberWordAt(lx, k+1) {
			break
		}
		if !lx.addWord(&w, p.lower(k)) {
			break
		}
		q.article, prevArticle = false, false
		k++
		if w.value() > 1e6 {
			return false
		}
	}
	if half {
		q.val, q.next, q.spelled = num{m: halfVal*10 + 5, frac: 1}, k, true
		return true
	}
	if k == i {
		lw := p.lower(i)
		if sw, ok := scaleExp(lw, p.lang); ok && bareScales[lw] && (sw.exp == 3 || p.lang == "pl" || p.lang == "ru" || p.lang == "uk" || p.lang == "cs") {
			q.val, q.next, q.spelled, q.needScale = num{m: 1}, i, true, true
			return true
		}
		return false
	}
	q.val, q.next, q.spelled = num{m: w.value()}, k, true
	return w.value() > 0
}

// hyphenNumber reads a number and a scale written as one hyphenated word
// ("half-million-dollar", "two-million-euro", "twenty-five-billion-dollar"):
// the number, and q.rest says where its scale begins, for scales.
func (p *parser) hyphenNumber(i int, nums map[string]numWord, lx *numLexicon, q *quantity) bool {
	if strings.IndexByte(p.word(i), '-') < 0 {
		return false
	}
	lw := strings.Clone(p.lower(i)) // p.lower's buffer is reused
	for at := strings.IndexByte(lw, '-'); at > 0; {
		head, rest := lw[:at], lw[at+1:]
		scale, _, _ := strings.Cut(rest, "-")
		if sw, ok := p.scaleExp(scale); ok && !sw.short {
			if nw := nums[head]; nw.half && nw.val == 0 {
				q.val = num{m: 5, frac: 1}
			} else if w := lx.newValue(); lx.addWord(&w, head) && w.value() > 0 {
				q.val = num{m: w.value()}
			} else {
				return false
			}
			q.next, q.spelled, q.needScale, q.rest = i, true, true, at+1
			return true
		}
		n := strings.IndexByte(rest, '-')
		if n < 0 {
			break
		}
		at += 1 + n
	}
	return false
}

// halfJoiners join a number and "a half": "two and a half", "twee en een
// half", "zwei und eine halbe".
var halfJoiners = map[string]bool{"and": true, "en": true, "und": true, "y": true, "e": true, "et": true, "och": true, "og": true, "i": true, "и": true}

// andAHalf reports whether token k is followed by an article
// and a half alone, written with spaces: "and a half", "y medio" is not
// (it has no article).
func (p *parser) andAHalf(k int) bool {
	t := p.toks
	if k+2 >= len(t) {
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if t[j].kind != tWord || t[j].gap != gapSpace {
			return false
		}
	}
	// not p.lower, whose buffer holds the caller's word
	nums := numWords[p.numLang()]
	h := nums[strings.ToLower(p.word(k+2))]
	return nums[strings.ToLower(p.word(k+1))].article && h.half && h.val == 0
}

// fractionWords are English fractions before "of a million": "a third of
// a million" is no million.
var fractionWords = map[string]bool{
	"third": true, "thirds": true, "fifth": true, "fifths": true, "tenth": true, "tenths": true,
	"fraction": true, "quarter": true, "quarters": true, "eighth": true, "sixth": true,
	"three-quarters": true, "two-thirds": true,
}

// quarterOf reads an English quarter of a scale at token i: "a quarter of
// a", "a quarter" (0.25), "three quarters of a", "three-quarters of a"
// (0.75), which a scale word must follow ("a quarter of a million", "a
// quarter million"); ok is false elsewhere.
func (p *parser) quarterOf(i int) (n num, next int, ok bool) {
	t := p.toks
	word := func(k int) string {
		if k >= len(t) || t[k].kind != tWord || k > i && t[k].gap != gapSpace {
			return ""
		}
		return p.lower(k)
	}
	k := i
	switch word(k) {
	case "a", "one":
		n = num{m: 25, frac: 2}
		if word(k+1) != "quarter" {
			return num{}, 0, false
		}
		k += 2
	case "three":
		n = num{m: 75, frac: 2}
		if w := word(k + 1); w != "quarters" && w != "quarter" {
			return num{}, 0, false
		}
		k += 2
	case "three-quarters": // the lexer keeps a hyphenated word whole
		n = num{m: 75, frac: 2}
		k++
	default:
		return num{}, 0, false
	}
	// "of a" may be left out: "a quarter million"
	if word(k) == "of" && word(k+1) == "a" {
		k += 2
	}
	return n, k, true
}

// pointThousands reports whether number w, one point before three digits
// and nothing else, reads better as thousands: "1.000", "12.500".
func (p *parser) pointThousands(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot < 0 || strings.ContainsAny(w, ", '") || strings.Count(w, ".") != 1 || len(w)-dot != 4 {
		return false
	}
	return dot >= 2 || w[dot+1:] == "000"
}

// strengthWords follow "a dollar", "un yen" when the currency is meant, not
// an amount: "un yen fuerte", "a strong dollar" (before it), "una lira
// resistente".
var strengthWords = map[string]bool{
	"strong": true, "weak": true, "stronger": true, "weaker": true, "fuerte": true, "débil": true, "fort": true,
	"faible": true, "forte": true, "debole": true, "resistente": true, "sterk": true, "zwak": true, "starker": true,
	"schwacher": true, "silny": true, "słaby": true, "сильный": true, "слабый": true, "stark": true, "svag": true,
	"güçlü": true, "zayıf": true, "fraco": true, "caro": true, "barato": true, "cher": true,
}

// strengthAfter reports whether a word of strength follows at token k.
func (p *parser) strengthAfter(k int) bool {
	t := p.toks
	return k < len(t) && t[k].kind == tWord && t[k].gap == gapSpace && strengthWords[p.lower(k)]
}

// numberWordAt reports whether a number word, or a joiner and a number
// word ("mil e quinhentos"), follows at token k.
func (p *parser) numberWordAt(lx *numLexicon, k int) bool {
	t := p.toks
	if k >= len(t) || t[k].kind != tWord || t[k].gap != gapSpace {
		return false
	}
	if lx.joinWords[p.lower(k)] {
		k++
		if k >= len(t) || t[k].kind != tWord || t[k].gap != gapSpace {
			return false
		}
	}
	return lx.isNumberWord(p.lower(k))
}

// scaleExp looks scale word lw up in the document's language, then in the
// language of the currency written before the number: "R$ 15 bi" is
// Brazilian even when the language was detected wrong.
func (p *parser) scaleExp(lw string) (scaleWord, bool) {
	sw, ok := scaleExp(lw, p.lang)
	if !ok && p.hint != "" && p.hint != p.lang {
		sw, ok = scaleExp(lw, p.hint)
	}
	return sw, ok
}

// currencyLang is the language a currency sign written before a number
// suggests, for scale abbreviations of that language only.
var currencyLang = map[string]string{
	"BRL": "pt", "TRY": "tr", "MXN": "es", "ARS": "es", "COP": "es", "CLP": "es", "PEN": "es", "INR": "en",
}

// scales reads up to two scale words after a number ("Mio.", "mil millones").
func (p *parser) scales(q *quantity) {
	t := p.toks
	n := len(t)
	if q.next < n && isCJK(t[q.next].first) {
		p.cjkScale(q)
		return
	}
	j := q.next
	// "$1.5-billion loss", "$1.5-billion-dollar project": a scale word
	// joined by a hyphen
	if j+1 < n && t[j].kind == tPunct && t[j].first == '-' && t[j].gap == gapNone && t[j+1].kind == tWord && t[j+1].gap == gapNone {
		head, _, _ := strings.Cut(p.lower(j+1), "-")
		if sw, ok := p.scaleExp(head); ok && !sw.short {
			j++
		}
	}
	hyphen := j // the scale word after a hyphen, if one was skipped
	first := int8(0)
	for count := 0; count < 2 && j < n && t[j].kind == tWord && t[j].gap != gapBreak; count++ {
		lw := p.lower(j)
		rest := 0 // the scale's offset in the word ("million-dollar" in "half-million-dollar")
		if count == 0 && q.rest > 0 && j == q.next {
			rest = q.rest
			lw = lw[rest:]
		}
		sw, ok := p.scaleExp(lw)
		if !ok {
			// "million-dollar", "million-plus"
			head, tail, found := strings.Cut(lw, "-")
			if !found {
				break
			}
			sw, ok = p.scaleExp(head)
			// "€5m-a-year", "£200k-a-year": a short scale glued to the number,
			// then the rest of the word, which is no part of the amount
			if ok && (sw.short && t[j].gap == gapNone || !sw.short) && perTails[tail] {
				q.exp += int32(sw.exp)
				q.scaled = true
				q.cut = rest + len(head)
				j++
				break
			}
			if !ok || sw.short {
				break
			}
			c, isCur := names[tail]
			cut := 0
			if curName, after, ok := strings.Cut(tail, "-"); !isCur && ok && compoundTail(after) {
				// "$1.5-billion-dollar-a-year": the rate is no part of the
				// amount, nor the noun of a German compound
				// ("500-Millionen-Dollar-Auftrag", "Zwei-Millionen-Euro-Projekt");
				// every perTails entry is such a tail
				c, isCur = names[curName]
				cut = rest + len(head) + 1 + len(curName)
			}
			if !isCur && tail != "plus" {
				break
			}
			if isCur && (c.langs != "" && !hasLang(c.langs, p.lang) || c.sub || c.exp != 0) {
				break
			}
			q.exp += int32(sw.exp)
			q.scaled = true
			q.cut = cut
			if isCur {
				q.inline = &c
			}
			j++
			break
		}
		if sw.short && t[j].gap != gapNone && !(j+1 < n && t[j+1].gap == gapNone && t[j+1].kind == tSym) {
			break
		}
		// "mil millones", and India's "lakh crore" (10^5 x 10^7)
		if count == 1 && (first != 3 || sw.exp < 6) && (first != 5 || sw.exp != 7) {
			break
		}
		first = sw.exp
		q.exp += int32(sw.exp)
		q.scaled = true
		j++
		if sw.dot && j < n && t[j].gap == gapNone && t[j].first == '.' && p.ownsDot(lw, j) {
			j++
		}
	}
	if j == hyphen && hyphen > q.next && !q.scaled {
		j = q.next // the hyphen is no part of the amount
	}
	// "un millón y medio", "a million and a half"
	if q.scaled && q.val.frac == 0 && q.val.digits == "" && j+1 < n && t[j].kind == tWord && t[j].gap == gapSpace &&
		andWords[p.lower(j)] {
		k := j + 1
		if k+1 < n && t[k].kind == tWord && t[k].gap == gapSpace && (p.lower(k) == "a" || p.lower(k) == "en") {
			k++
		}
		if k < n && t[k].kind == tWord && t[k].gap == gapSpace && halfAfterScale[p.lower(k)] {
			q.val = num{m: q.val.m*10 + 5, frac: 1}
			j = k + 1
		}
	}
	// "1 miliardo e 200 milioni", "2 milliards et 300 millions", "1 billion
	// and 200 million": one amount (a money audit found the first part lost)
	if q.scaled && q.val.digits == "" && q.val.m < 1e6 && j+2 < n && t[j].kind == tWord && t[j].gap == gapSpace &&
		andWords[p.lower(j)] && t[j+1].kind == tNum && t[j+1].gap == gapSpace {
		// and no word after it but a currency ("... di euro") or a
		// connector: "$3 billion and 200 million users signed up"
		if r, ok := p.quantity(j+1, false); ok && r.scaled && r.val.digits == "" && r.val.frac == 0 && r.val.m < 1000 &&
			(r.next >= n || t[r.next].kind != tWord || p.currencyWord(r.next) || p.connectedCurrency(r.next)) {
			if k := q.exp - q.val.frac - r.exp; r.exp >= 3 && k >= 1 && k <= 12 && r.val.m < pow10(int(k)) {
				q.val, q.exp = num{m: q.val.m*pow10(int(k)) + r.val.m}, r.exp
				j = r.next
			}
		}
	}
	q.next = j
}

// minusWords are the words for a negative sign before an amount. Not
// "moins", "menos", "meno": "menos de 3 millones" is less than.
var minusWords = map[string]bool{"minus": true, "минус": true, "мінус": true}

// isCode reports whether word token k is an ISO code or a code-like
// abbreviation (codeAliases).
func (p *parser) isCode(k int) bool {
	if isoCodes[p.word(k)] {
		return true
	}
	_, ok := codeAliases[p.word(k)]
	return ok
}

// currencyWord reports whether word token k names a currency or is an ISO
// code or a code-like sign ("Kč", "zł").
func (p *parser) currencyWord(k int) bool {
	if p.isCode(k) {
		return true
	}
	_, ok := names[p.lower(k)]
	return ok
}

// pesos are the currencies called pesos.
var pesos = map[string]bool{"MXN": true, "ARS": true, "CLP": true, "COP": true, "UYU": true, "DOP": true, "PHP": true, "CUP": true}

// compoundTail reports whether tail, the rest of a hyphenated word after a
// number, a scale and a currency, is a noun the amount qualifies: letters
// only, and more than one of them ("Auftrag" of "500-Millionen-Dollar-Auftrag",
// "Übernahme-Angebot").
func compoundTail(tail string) bool {
	letters := 0
	for _, r := range tail {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r != '-':
			return false
		}
	}
	return letters > 1
}

// perTails follow a short scale in a hyphenated word: "5m-a-year".
var perTails = map[string]bool{
	"a-year": true, "a-month": true, "a-week": true, "a-day": true, "a-season": true, "a-head": true,
	"per-year": true, "per-annum": true, "plus": true,
}

// areaAfter reports whether the currency name that ends before token j
// names a currency area: "euro zone", "euro area", "dollar bloc".
func (p *parser) areaAfter(j int) bool {
	return j < len(p.toks) && p.toks[j].kind == tWord && p.toks[j].gap == gapSpace && areaWords[p.lower(j)]
}

var areaWords = map[string]bool{"zone": true, "zones": true, "area": true, "bloc": true}

// yearBefore reports whether q, an amount with its currency name at token
// cur written after it, is a year: after "in", "by", "since" or "until"
// ("in 2020 dollars", constant dollars; "by 2030 dollar"), or after "the"
// before a capitalized name ("the 2024 Euros", the football tournament).
// "a fine of 2000 euros", "for 2000 kroner" are amounts.
func (p *parser) yearBefore(q quantity, start, cur int) bool {
	if q.numTok < 0 || q.val.frac != 0 || q.val.digits != "" || q.val.m < 1900 || q.val.m > 2099 || p.toks[q.numTok].b1-p.toks[q.numTok].b0 != 4 {
		return false
	}
	if start == 0 || p.toks[start-1].kind != tWord {
		return false
	}
	switch w := p.lower(start - 1); {
	case yearWords[w]:
		return true
	case w == "the":
		return cur < len(p.toks) && p.toks[cur].kind == tWord && unicode.IsUpper(p.toks[cur].first)
	}
	return false
}

var yearWords = map[string]bool{"in": true, "by": true, "since": true, "until": true}

// levelTo are the words between a change or an old level and the new level
// ("stieg um 2 auf 14 Euro", "von 12 auf 12,41 Euro", "van 2 naar 2,4
// miljard euro", "rose 2 to 5 dollars"), with the words before the first
// amount that make them so.
var levelTo = map[string]map[string]bool{
	"auf":  {"von": true, "um": true},
	"naar": {"van": true, "met": true},
	"to":   changeVerbs,
	"till": nordicChange, // "steg (med) 3,50 till 142,30 kronor"
	"til":  nordicChange,
}

// nordicChange are the words before a change in Swedish, Danish and
// Norwegian: a verb of change, or "med" after one.
var nordicChange = func() map[string]bool {
	m := map[string]bool{"med": true}
	for w := range nordicChangeVerbs {
		m[w] = true
	}
	return m
}()

// levelFrom are the words between a change verb and an old level, by the
// word before the new level: "rose from [12] to 14 euros", "est passé de
// 12 à 14 euros", "subió de 12 a 14 euros", "è salito da 12 a 14 euro",
// "выросла с 12 до 14 рублей", "subiu de 5 para 6 reais", "steg från 120
// till 140 kronor", "wzrosła z 5 do 6 zł", "vzrostla ze 100 na 120 Kč" are
// two levels, not a range (without the verb, "de 12 à 14 euros" is one).
var levelFrom = map[string]map[string]bool{
	"to": {"from": true}, "à": {"de": true}, "a": {"de": true, "da": true}, "до": {"с": true, "со": true, "з": true, "із": true, "зі": true},
	"para": {"de": true}, "till": {"från": true}, "til": {"fra": true}, "do": {"z": true, "ze": true}, "na": {"z": true, "ze": true},
}

// levelBefore reports whether the amount that starts at token start is an
// old level or a change, given lw, the word after it: levelTo's words, or
// a change verb and levelFrom's word before it.
func (p *parser) levelBefore(start int, lw string) bool {
	t := p.toks
	if start == 0 || t[start-1].kind != tWord {
		return false
	}
	to, from := levelTo[lw], levelFrom[lw] // lw may be p.lower's buffer: read before the next call
	w := p.lower(start - 1)
	if to[w] {
		return true
	}
	return from[w] && start >= 2 && t[start-1].gap == gapSpace &&
		t[start-2].kind == tWord && isChangeVerb(p.lower(start-2))
}

// newLevel reads the number of the new level at token k, after its currency
// sign when the change had one.
func (p *parser) newLevel(k int, hasPre bool) (quantity, bool) {
	if hasPre {
		if _, k2, ok := p.prefix(k); ok {
			k = k2
		}
	}
	if k >= len(p.toks) || p.toks[k].kind != tNum {
		return quantity{}, false
	}
	return p.quantity(k, true)
}

// fiveTimes reports whether hi, written as q is (both with a scale word or
// neither), is five times q or more.
func fiveTimes(q, hi quantity) bool {
	return hi.scaled == q.scaled &&
		hi.val.dec().Shift(hi.exp).GreaterThanOrEqual(q.val.dec().Shift(q.exp).Mul(decimal.NewFromInt(5)))
}

// byBefore reports whether the amount at token start follows the "by" of a
// change and token j is the "to" of its new level: "by ... to", Polish "o
// ... do", Russian and Ukrainian "на ... до".
func (p *parser) byBefore(start, j int) bool {
	if start == 0 || p.toks[start-1].kind != tWord {
		return false
	}
	to := ""
	switch p.lower(start - 1) { // p.lower's buffer: compared before the next call
	case "by":
		to = "to"
	case "o":
		to = "do"
	case "на":
		to = "до"
	default:
		return false
	}
	return p.lower(j) == to
}

// levelCurrency reads, for the number q that ends at token j without a
// currency, the currency of the new level after it when q is an old level
// or a change: "von [12] auf 12,41 Euro" is 12 EUR. q takes the new level's
// scale as levelScale says ("von 2 auf 2,4 Milliarden Euro").
// at is the token where the currency is written.
func (p *parser) levelCurrency(q *quantity, start, j int) (c cur, at int, ok bool) {
	t := p.toks
	n := len(t)
	if j+1 >= n || start == 0 || t[j].kind != tWord || t[j].gap != gapSpace || t[j+1].gap != gapSpace ||
		t[start].gap != gapSpace || t[start-1].kind != tWord {
		return cur{}, 0, false
	}
	by := false
	if !p.levelBefore(start, p.lower(j)) {
		if by = p.byBefore(start, j); !by {
			return cur{}, 0, false
		}
	}
	// after "by" ("o", "на"), a change only when the new level is five
	// times it or more, as in rangeEnd
	far := func(hi quantity) bool { return !by || fiveTimes(*q, hi) }
	k := j + 1
	if pc, k2, ok := p.prefix(k); ok {
		hi, ok := p.quantity(k2, true)
		if !ok || !far(hi) {
			return cur{}, 0, false
		}
		return pc, k, p.levelScale(q, hi)
	}
	if t[k].kind != tNum {
		return cur{}, 0, false
	}
	hi, ok := p.quantity(k, false)
	if !ok || !far(hi) {
		return cur{}, 0, false
	}
	sc, _, ok := p.suffix(hi.next, hi.scaled)
	if !ok {
		return cur{}, 0, false
	}
	return sc, hi.next, p.levelScale(q, hi)
}

// borrowScale gives q, a range's lower end or a change with its own
// currency sign, the scale of hi when q has none and is smaller: "5-6
// billion", "up $2 to $5 billion".
func (p *parser) borrowScale(q *quantity, hi quantity) {
	if !q.scaled && hi.scaled && q.val.dec().LessThan(hi.val.dec()) {
		q.exp, q.scaled = hi.exp, true
	}
}

// levelScale gives q, a change or an old level written without currency or
// scale, the scale of the new level hi when the two are of one size (q under
// ten times hi's number: "von 1,4 auf 1,1 Milliarden Euro", "um 2 auf 14
// Milliarden"). A number of a thousand or more keeps no scale, its writer
// wrote it out ("von 977'000 auf 2,8 Millionen Franken"). Between the two
// ("um 80 auf 1,3 Milliarden", "van 300 naar 1,2 miljard") the scale is
// anyone's guess: it returns false, and q is no amount.
func (p *parser) levelScale(q *quantity, hi quantity) bool {
	if q.scaled || !hi.scaled {
		return true
	}
	qv, hv := q.val.dec(), hi.val.dec()
	switch {
	case qv.LessThan(hv.Mul(decimal.NewFromInt(10))):
		q.exp, q.scaled = hi.exp, true
		return true
	case !qv.LessThan(decimal.NewFromInt(1000)):
		return true
	}
	return false
}

// afterBetween reports whether the expression starting at token i follows
// "between", "zwischen", "entre"...: then "and" joins a range.
func (p *parser) afterBetween(i int) bool {
	if i > 1 && p.toks[i].gap == gapSpace && p.toks[i-1].kind == tWord && p.lower(i-1) == "de" && p.lower(i-2) == "tussen" {
		i-- // Dutch "tussen de 300 en 400 miljoen"
	}
	return i > 0 && p.toks[i].gap == gapSpace && p.toks[i-1].kind == tWord && betweenWords[p.lower(i-1)]
}

// rangeEnd reads the upper end of a range after q: "-6 million", "bis 6
// Milliarden", "à 3 milliards". It gives q the scale of the upper end when q
// has none and is smaller ("5-6 billion").
func (p *parser) rangeEnd(q *quantity, pre cur, hasPre bool, start int) (quantity, bool) {
	t := p.toks
	n := len(t)
	j := q.next
	if j >= n || t[j].gap == gapBreak || q.article || q.needScale {
		return quantity{}, false
	}
	switch t[j].kind {
	case tPunct:
		// "Twenty - Five Million" is tokenized text's "Twenty-Five", not a range.
		if t[j].first != '-' && t[j].first != '–' && t[j].first != '—' || q.spelled {
			return quantity{}, false
		}
	case tWord:
		lw := p.lower(j)
		if t[j].gap != gapSpace || !rangeWords[lw] && !(andWords[lw] && p.afterBetween(start)) {
			return quantity{}, false
		}
		// "Brent rose $1.50 to $82.30": a change and the new level, not a
		// range; "up $2 to $5 billion": the change takes the level's scale
		if t[start].gap == gapSpace && p.levelBefore(start, lw) {
			if hi, ok := p.newLevel(j+1, hasPre); ok {
				p.borrowScale(q, hi)
			}
			return quantity{}, false
		}
		// "cut the price by €3,000 to €41,990", "spadł o 5 do 112 zł": a
		// change and the new level when the second is five times the first
		// or more; "rise by $3 to $5" stays a range of the change
		if t[start].gap == gapSpace && p.byBefore(start, j) {
			if hi, ok := p.newLevel(j+1, hasPre); ok && fiveTimes(*q, hi) {
				return quantity{}, false
			}
		}
	default:
		return quantity{}, false
	}
	k := j + 1
	if k+1 < n && t[k].kind == tWord && t[k].gap == gapSpace && p.lower(k) == "de" && p.lower(j) == "en" && t[k+1].kind == tNum {
		k++ // Dutch "tussen de 5 en de 6 euro"
	}
	if k >= n || t[k].gap == gapBreak {
		return quantity{}, false
	}
	if hasPre {
		if c2, k2, ok := p.prefix(k); ok {
			if c2 != pre {
				return quantity{}, false
			}
			k = k2
		}
	}
	// Digits to digits, words to words: "5-6 million", "five to six million".
	if k >= n || !q.spelled && t[k].kind != tNum || q.spelled && t[k].kind != tWord {
		return quantity{}, false
	}
	hi, ok := p.quantity(k, true)
	if !ok {
		return quantity{}, false
	}
	lo := *q
	p.borrowScale(&lo, hi) // "5-6 billion"
	if !lo.val.dec().Shift(lo.exp).LessThan(hi.val.dec().Shift(hi.exp)) {
		return quantity{}, false
	}
	*q = lo
	return hi, true
}

// suffix reads a currency written after the number at token j: a sign, a
// code, a name ("Euro", "dollars américains", "d'euros", "de dólares"), an
// inflected name ("рублей", "dolarlık"). scaled says whether a scale word
// came before, which allows connectors and names that need one.
func (p *parser) suffix(j int, scaled bool) (cur, int, bool) {
	t := p.toks
	n := len(t)
	if j >= n || t[j].gap == gapBreak {
		return cur{}, 0, false
	}
	// A sign or code followed by a number belongs to that number:
	// "In 2019 $5 million", "2023 € 5 miljoen".
	// Not when that number has the same sign after it ("10 $ 30 $") or a
	// subunit ("1 USD 23 cents").
	beforeNumber := j+1 < n && t[j+1].kind == tNum && t[j+1].gap != gapBreak &&
		!(j+2 < n && t[j+2].gap != gapBreak && (t[j+2].kind == tSym && t[j+2].first == t[j].first ||
			t[j+2].kind == tWord && p.isSubunitName(j+2))) &&
		!((t[j].kind == tSym || isoCodes[p.word(j)]) && t[j+1].gap == gapSpace && t[j+1].b1-t[j+1].b0 == 2 &&
			(j+2 >= n || t[j+2].kind == tPunct || t[j+2].gap == gapBreak))
	switch t[j].kind {
	case tSym:
		c, ok := symbols[t[j].first]
		if !ok || c.code == "" || beforeNumber {
			return cur{}, 0, false
		}
		// "20 €ur", "5 €uros"
		if c.code == "EUR" && j+1 < n && t[j+1].gap == gapNone && t[j+1].kind == tWord && euroTails[p.lower(j+1)] {
			return c, j + 2, true
		}
		// "2,50 $ CA", "5 $ US": the country after the sign.
		if t[j].first == '$' && j+1 < n && t[j+1].kind == tWord && t[j+1].gap != gapBreak {
			if code, ok := dollarCountries[p.word(j+1)]; ok {
				return fixed(code), j + 2, true
			}
		}
		return c, j + 1, true
	case tWord:
	default:
		return cur{}, 0, false
	}
	if isCJK(t[j].first) {
		return p.cjkName(j)
	}
	w := p.word(j)
	if beforeNumber && (isoCodes[w] || dollarPrefixes[w] != "") {
		return cur{}, 0, false
	}
	if code, end, ok := p.hyphenDollar(j); ok {
		return fixed(code), end, true
	}
	// "3.14US$", "5 usd$"
	if j+1 < n && t[j+1].kind == tSym && t[j+1].first == '$' && t[j+1].gap == gapNone {
		if code, ok := p.dollarPrefix(j); ok {
			return fixed(code), j + 2, true
		}
	}
	if c, ok := codeAliases[w]; ok && (c.langs == "" || hasLang(c.langs, p.lang)) {
		end := j + 1
		if c.dot && end < n && t[end].gap == gapNone && t[end].first == '.' && p.ownsDot(w, end) {
			end++
		} else if c.kind == ckFranc {
			return cur{}, 0, false // "Fr." and "fr." need their period
		}
		// "долл. США", "дол. США": the country makes them US dollars, as
		// "долларов США" is (a money audit found it left out)
		if c.kind == ckDollar && end < n && t[end].kind == tWord && t[end].gap == gapSpace && p.word(end) == "США" {
			return fixed("USD"), end + 1, true
		}
		return c, end, true
	}
	if isoCodes[w] {
		return fixed(w), j + 1, true
	}
	// Hebrew ש"ח (new shekels), the quote splitting the word.
	if w == "ש" && j+2 < n && t[j+1].gap == gapNone && (t[j+1].first == '"' || t[j+1].first == '״') &&
		t[j+2].gap == gapNone && p.word(j+2) == "ח" {
		return fixed("ILS"), j + 3, true
	}
	// "5 usd": the codes of the main currencies in lower case.
	if len(w) == 3 && lowerCodes[w] {
		return fixed(strings.ToUpper(w)), j + 1, true
	}
	// Connectors after a scale word: "de", "di", "d'".
	k := j
	lw := p.lower(j)
	if scaled && connectors[lw] {
		switch {
		case lw == "d" && k+2 < n && t[k+1].gap == gapNone && (t[k+1].first == '\'' || t[k+1].first == '’') &&
			t[k+2].gap == gapNone && t[k+2].kind == tWord:
			k += 2
		case lw != "d" && k+1 < n && t[k+1].gap == gapSpace && t[k+1].kind == tWord:
			k++
		default:
			return cur{}, 0, false
		}
		// "1,5 millones de USD"
		if isoCodes[p.word(k)] {
			return fixed(p.word(k)), k + 1, true
		}
	}
	// Names of up to three words, longest first; only some words start a
	// name of two or three.
	most := 1
	if multiFirst[p.lower(k)] {
		most = 3
	}
	for words := most; words >= 1; words-- {
		if k+words > n {
			continue
		}
		p.lb = p.lb[:0]
		ok := true
		for m := 0; m < words; m++ {
			tk := t[k+m]
			if tk.kind != tWord || (m > 0 && tk.gap != gapSpace) {
				ok = false
				break
			}
			if m > 0 {
				p.lb = append(p.lb, ' ')
			}
			p.lb = appendLower(p.lb, p.s[tk.b0:tk.b1])
		}
		if !ok {
			continue
		}
		c, found := names[unsafeString(p.lb)]
		if !found && words == 1 {
			c, found = stemCurrency(unsafeString(p.lb), p.lang)
		}
		if !found || (c.langs != "" && !hasLang(c.langs, p.lang)) || (c.scale && !scaled && !(c.kind == ckPound && (p.context().cues&cueGB != 0 || p.moneyVerbBefore(j-1)))) {
			continue
		}
		if c.code == "GBP" && c.sub && unsafeString(p.lb) == "p" && (t[k].gap != gapNone || k != j) {
			continue // "50p" only glued
		}
		// "won" is also a verb in English and Dutch ("in 1966 won the cup"): only after
		// a scale word or a number with separators ("2,300,000 won").
		if c.code == "KRW" && unsafeString(p.lb) == "won" &&
			!scaled && !(k == j && j > 0 && t[j-1].kind == tNum && strings.ContainsAny(p.word(j-1), ",. ")) {
			continue
		}
		return c, k + words, true
	}
	return cur{}, 0, false
}

// nameNotMoney catches a currency word that is part of a name or another
// sense of the word, by what follows the expression ending at token last:
//   - outside German (where nouns are capitalized) a capitalized currency
//     word followed by a capitalized word is a name: "Formula 3 Euro Series";
//     "50 Cent" with a capital is the rapper, not half a euro;
//   - Polish "złote" is also "golden": "4 złote, 2 srebrne" counts medals.
//
// A scale word or a fraction ("1,5 Mio. Euro Verlust", in a German sentence
// detected as another language) is an amount, not a name.
//
// Title-case headlines ("Tesla Raises 5 Billion Dollars In New Round") are
// left alone: the test needs a lower-case word of four letters or more near
// the amount.
func (p *parser) nameNotMoney(start, last int, surelyAmount bool) bool {
	t := p.toks
	lt := t[last]
	if lt.kind != tWord {
		return false
	}
	w := p.word(last)
	if p.lang != "de" && p.lang != "und" && !surelyAmount && unicode.IsUpper(lt.first) && !isoCodes[w] && p.sentenceCase(start, last) {
		if _, alias := codeAliases[w]; !alias {
			if w == "Cent" && p.lang != "nl" {
				return true
			}
			if nx := last + 1; nx < len(t) && t[nx].kind == tWord && t[nx].gap == gapSpace && unicode.IsUpper(t[nx].first) {
				return true
			}
		}
	}
	if p.lang == "pl" && strings.HasPrefix(p.lower(last), "złot") {
		for k := last + 1; k < len(t) && k <= last+6; k++ {
			if t[k].kind == tWord {
				lw := p.lower(k)
				if strings.HasPrefix(lw, "srebr") || strings.HasPrefix(lw, "brąz") || strings.HasPrefix(lw, "medal") {
					return true
				}
			}
		}
	}
	return false
}

// sentenceCase reports whether a lower-case word of four letters or more
// stands among the five words before start or the three after last.
func (p *parser) sentenceCase(start, last int) bool {
	t := p.toks
	lower := func(k int) bool {
		return t[k].kind == tWord && unicode.IsLower(t[k].first) && t[k].r1-t[k].r0 >= 4
	}
	for k, seen := start-1, 0; k >= 0 && seen < 5 && t[k+1].gap != gapBreak; k-- {
		if t[k].kind == tWord {
			if lower(k) {
				return true
			}
			seen++
		}
	}
	for k, seen := last+1, 0; k < len(t) && seen < 3 && t[k].gap != gapBreak; k++ {
		if t[k].kind == tWord {
			if lower(k) {
				return true
			}
			seen++
		}
	}
	return false
}

// ownsDot says whether the period after abbreviation w (at token dot) belongs
// to it. "Fr.", "руб.", "Mio." own it always; "kr.", "Rs.", "mld." (Dutch
// and Italian also write "mld" bare), "bln.", "cr.", "mn." and "mln." only
// when the sentence goes on, so a sentence-final period stays outside.
func (p *parser) ownsDot(w string, dot int) bool {
	switch w {
	case "kr", "Kr", "Rs", "mld", "bln", "cr", "mn", "mln":
		nx := dot + 1
		if nx >= len(p.toks) {
			return false
		}
		// a comma or a semicolon after the period: an abbreviation's
		// ("€ 1,2 mld., meldt het FD", "2 mia. kr., mod ...")
		return p.toks[nx].kind == tNum || p.toks[nx].kind == tWord && !unicode.IsUpper(p.toks[nx].first) ||
			p.toks[nx].kind == tPunct && p.toks[nx].gap == gapNone && (p.toks[nx].first == ',' || p.toks[nx].first == ';') ||
			// a currency after it: "1,2 mld. Kč"
			w == "mld" && (p.toks[nx].kind == tSym || p.toks[nx].kind == tWord && p.currencyWord(nx))
	}
	return true
}

// bigAmount reports whether amount, in canonical form, is a million or more.
func bigAmount(amount string) bool {
	whole, _, _ := strings.Cut(strings.TrimPrefix(amount, "-"), ".")
	return len(whole) >= 7
}

// carry reads, at token i, an amount of a million or more written without a
// currency that compares with the amount before it, ending at token from,
// in the same sentence: "4.8 billion euros from 4.3 billion a year
// earlier", "780 Mio. Euro nach einem Gewinn von 1,2 Mrd. im Vorjahr",
// "191,5 miliardi di euro, di cui 68,9 miliardi in sovvenzioni". It takes
// that amount's currency, on the conditions doc.go lists: a word of
// comparison between the two (carryCues, afterCues) with only carryBetween's
// words and sumNouns beside it, the two of one size, and no counted noun
// after it (carryAfter): "2 billion euros from 300 million users" is no
// money. A money audit found 11 of its 446 amounts written so, all missed.
func (p *parser) carry(i, from int, code, prev string) (Amount, int, bool) {
	t := p.toks
	n := len(t)
	if t[i].kind != tNum || i-from > 12 || i < from {
		return Amount{}, 0, false
	}
	cue, weak, sum := false, false, false
	for k := from; k < i; k++ {
		switch {
		case t[k].gap == gapBreak, t[k].kind == tNum, t[k].kind == tSym:
			return Amount{}, 0, false
		case t[k].kind == tPunct && t[k].first != ',':
			return Amount{}, 0, false
		case t[k].kind == tWord:
			// only words of comparison, articles and prepositions, and
			// the names of sums ("nach einem Gewinn von"): "after
			// subscribers reached 260 million" counts subscribers
			switch lw := p.lower(k); {
			case afterCues[lw]:
				weak = true
			case carryCues[lw]:
				cue = true
			case sumNouns[lw]:
				sum = true
			case !carryBetween[lw]:
				return Amount{}, 0, false
			}
		}
	}
	if !cue && !weak {
		return Amount{}, 0, false
	}
	q, ok := p.quantity(i, false)
	if !ok || !q.scaled || q.exp < 6 || q.article || q.inline != nil || q.cut > 0 || q.next <= i {
		return Amount{}, 0, false
	}
	// of one size: within a factor of 100 ("$97 billion in revenue,
	// compared with 1.3 million" counts vehicles)
	if d, err := decimal.NewFromString(prev); err == nil {
		v := q.val.dec().Shift(q.exp)
		if v.Mul(decimal.NewFromInt(100)).LessThan(d.Abs()) || d.Abs().Mul(decimal.NewFromInt(100)).LessThan(v) {
			return Amount{}, 0, false
		}
	}
	if j := q.next; j < n && t[j].gap != gapBreak {
		switch t[j].kind {
		case tPunct:
			if !strings.ContainsRune(".,;:!?)", t[j].first) {
				return Amount{}, 0, false
			}
		case tWord:
			if !carryAfter[p.lower(j)] {
				return Amount{}, 0, false
			}
		default:
			return Amount{}, 0, false
		}
	}
	// "after" alone is time, not comparison, unless a sum is named ("nach
	// einem Gewinn von") or a time follows ("nach 1,4 Milliarden im
	// Vorjahr"): "après 6 millions en France" counts people
	if weak && !cue && !sum {
		timed := false
		for j := q.next; j < min(n, q.next+3) && t[j].kind == tWord && !timed; j++ {
			timed = timeWords[p.lower(j)]
		}
		if !timed {
			return Amount{}, 0, false
		}
	}
	last := q.next - 1
	return Amount{
		Start: t[i].r0, End: t[last].r1, Text: p.s[t[i].b0:t[last].b1],
		Amount: q.val.format(q.exp, false), Currency: code, Confidence: 0.6,
	}, q.next, true
}

// afterCues are "after" in the languages of the money rules: a comparison
// only with a sum named or a time after the amount.
var afterCues = map[string]bool{
	"after": true, "nach": true, "après": true, "tras": true, "dopo": true, "após": true, "na": true, "po": true,
	"после": true, "після": true, "efter": true, "etter": true,
}

// timeWords are the words of an earlier period after a compared amount.
var timeWords = map[string]bool{
	"year": true, "earlier": true, "ago": true, "before": true, "previously": true, "quarter": true,
	"vorjahr": true, "vorjahres": true, "vorjahreszeitraum": true, "zuvor": true, "vorher": true, "vorquartal": true,
	"an": true, "année": true, "auparavant": true, "trimestre": true, "exercice": true,
	"año": true, "antes": true, "ejercicio": true, "anno": true, "prima": true, "ano": true, "anterior": true,
	"jaar": true, "eerder": true, "kwartaal": true, "годом": true, "ранее": true, "году": true, "роком": true,
	"раніше": true, "році": true, "rok": true, "roku": true, "wcześniej": true, "året": true, "tidigare": true,
	"innan": true, "år": true, "tidligere": true, "loni": true, "torik": true, "торік": true, "ifjor": true,
	"fjor": true, "sidste": true, "förra": true, "vorig": true, "vorige": true, "last": true, "previous": true,
}

// carryCues are words of comparison between an amount and a later one
// without a currency that shares it.
var carryCues = map[string]bool{
	"from": true, "against": true, "versus": true, "vs": true, "compared": true, "than": true, "which": true,
	"including": true, "plus": true,
	"gegenüber": true, "verglichen": true, "davon": true, "vorjahreswert": true,
	"contre": true, "dont": true, "face": true,
	"frente": true, "contra": true, "más": true, "cuales": true,
	"contro": true, "rispetto": true, "cui": true, "più": true,
	"ante": true, "quais": true, "mais": true,
	"tegen": true, "tegenover": true, "waarvan": true, "vergeleken": true,
	"wobec": true, "czego": true, "против": true, "сравнению": true, "них": true, "плюс": true,
	"проти": true, "порівняно": true,
	"från": true, "mot": true, "jämfört": true, "varav": true,
	"fra": true, "mod": true, "sammenlignet": true, "heraf": true, "hvorav": true,
	"oproti": true, "proti": true, "toho": true, "z": true, "ze": true,
}

// carryBetween are the articles and prepositions that may stand between an
// amount and a later one that shares its currency.
var carryBetween = map[string]bool{
	"with": true, "the": true, "a": true, "an": true, "in": true, "of": true, "its": true, "to": true, "up": true,
	"down": true, "for": true, "für": true,
	"ein": true, "einem": true, "einer": true, "eines": true, "einen": true, "von": true, "vom": true, "dem": true,
	"der": true, "des": true, "im": true, "mit": true,
	"un": true, "une": true, "d": true, "de": true, "du": true, "la": true, "le": true, "l": true, "les": true,
	"unos": true, "unas": true, "los": true, "las": true, "el": true, "del": true, "al": true, "con": true,
	"di": true, "dello": true, "della": true, "il": true, "lo": true, "gli": true, "uno": true,
	"em": true, "do": true, "da": true, "dos": true, "das": true, "o": true, "os": true, "um": true, "uma": true, "com": true,
	"een": true, "het": true, "van": true, "met": true,
	"в": true, "с": true, "со": true, "у": true, "з": true, "із": true,
	"w":   true,
	"med": true, "på": true, "af": true, "av": true, "en": true, "ett": true, "et": true,
}

// sumNouns name what an amount is (profit, loss, revenue) in the languages
// of the money rules.
var sumNouns = map[string]bool{
	"profit": true, "profits": true, "loss": true, "losses": true, "revenue": true, "revenues": true, "sales": true,
	"income": true, "earnings": true, "turnover": true, "deficit": true, "surplus": true,
	"gewinn": true, "gewinns": true, "verlust": true, "verlusts": true, "umsatz": true, "umsatzes": true,
	"überschuss": true, "defizit": true, "erlös": true, "fehlbetrag": true,
	"bénéfice": true, "bénéfices": true, "perte": true, "pertes": true, "chiffre": true, "affaires": true,
	"recettes": true, "déficit": true, "excédent": true,
	"ganancias": true, "ganancia": true, "beneficio": true, "beneficios": true, "pérdidas": true, "pérdida": true,
	"ingresos": true, "facturación": true, "superávit": true,
	"utile": true, "utili": true, "perdita": true, "perdite": true, "ricavi": true, "fatturato": true, "disavanzo": true,
	"lucro": true, "lucros": true, "prejuízo": true, "receita": true, "receitas": true, "faturamento": true,
	"winst": true, "verlies": true, "omzet": true, "tekort": true,
	"прибыли": true, "прибыль": true, "убытка": true, "убыток": true, "выручки": true, "выручка": true, "дефицита": true,
	"прибутку": true, "прибуток": true, "збитку": true, "збиток": true, "виручки": true,
	"zysku": true, "zysk": true, "straty": true, "strata": true, "przychodów": true, "deficytu": true,
	"zisku": true, "zisk": true, "ztráty": true, "ztráta": true, "tržby": true, "tržeb": true, "schodku": true,
	"vinst": true, "vinsten": true, "förlust": true, "förlusten": true, "omsättning": true, "underskott": true,
	"overskud": true, "overskuddet": true, "underskud": true, "omsætning": true, "overskudd": true,
	"underskudd": true, "omsetning": true,
}

// carryAfter are the words that may follow such an amount: articles,
// prepositions and words of time, not a noun it counts.
var carryAfter = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "last": true, "earlier": true, "before": true, "previously": true, "ago": true,
	"im": true, "vor": true, "ein": true, "eine": true, "zuvor": true, "vorher": true,
	"un": true, "une": true, "en": true, "auparavant": true, "l": true,
	"una": true, "el": true, "antes": true, "del": true, "la": true, "las": true, "los": true, "le": true, "les": true,
	"il": true, "lo": true, "o": true, "os": true,
	"nel": true, "prima": true, "nello": true,
	"um": true, "uma": true, "no": true, "em": true,
	"een": true, "vorig": true, "eerder": true, "het": true,
	"годом": true, "год": true, "в": true, "ранее": true, "роком": true, "рік": true, "у": true, "раніше": true,
	"rok": true, "w": true, "wcześniej": true, "przed": true,
	"året": true, "i": true, "ett": true, "tidigare": true, "förra": true, "et": true, "tidligere": true, "sidste": true,
	"v": true, "před": true, "loni": true, "торік": true, "минулого": true, "прошлого": true, "ifjor": true,
}

// connectedCurrency reports whether token k is a connector before a
// currency name: "di euro", "d'euros", "de euros" (not "de brasileiros").
func (p *parser) connectedCurrency(k int) bool {
	t := p.toks
	if !connectors[p.lower(k)] {
		return false
	}
	k++
	if k < len(t) && t[k].kind == tPunct && (t[k].first == '\'' || t[k].first == '’') {
		k++
	}
	return k < len(t) && t[k].kind == tWord && p.currencyWord(k)
}
