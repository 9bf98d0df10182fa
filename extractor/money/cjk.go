package money

import "unicode/utf8"

// Chinese, Japanese and Korean: the lexer makes each Han, kana or Hangul
// character a token of its own, so "500万美元的" is 500, 万, 美, 元, 的.
// Numbers are digits or CJK numerals ("三百万"), scales are glued
// characters (万, 億, 兆, 만, 억), currencies are names or signs written
// after the number (美元, 円, 원) or before it (人民币200元).

// isCJK reports whether r is a Han character, kana or a Hangul syllable.
func isCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30FF || r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xAC00 && r <= 0xD7A3 || r == 0x3007
}

// cjkDigits are the CJK numerals: digits and the units ten, hundred, thousand.
var cjkDigits = map[rune]int64{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
	'十': 10, '百': 100, '千': 1000,
}

// cjkScales are the powers of ten written after a number: "500万", "3億",
// "3千万" (3*10^7), Korean "500만", "3억".
var cjkScales = map[rune]int8{
	'十': 1, '百': 2, '千': 3, '万': 4, '萬': 4, '亿': 8, '億': 8, '兆': 12,
	'십': 1, '백': 2, '천': 3, '만': 4, '억': 8, '조': 12,
}

// cjkNames are the currencies' names and signs, keyed by their text.
var cjkNames = map[string]cur{
	"元": fixed("CNY"), "人民币": fixed("CNY"), "人民幣": fixed("CNY"), "人民元": fixed("CNY"), "块": fixed("CNY"),
	"위안": fixed("CNY"),
	"美元": fixed("USD"), "美金": fixed("USD"), "美圆": fixed("USD"), "米ドル": fixed("USD"), "ドル": {code: "USD", kind: ckDollar},
	"달러": {code: "USD", kind: ckDollar},
	"欧元": fixed("EUR"), "歐元": fixed("EUR"), "ユーロ": fixed("EUR"), "유로": fixed("EUR"),
	"日元": fixed("JPY"), "日圆": fixed("JPY"), "日圓": fixed("JPY"), "円": fixed("JPY"), "엔": fixed("JPY"),
	"圓":  {code: "JPY", kind: ckYen},
	"英镑": fixed("GBP"), "英鎊": fixed("GBP"), "ポンド": {code: "GBP", kind: ckPound}, "파운드": {code: "GBP", kind: ckPound},
	"港元": fixed("HKD"), "港币": fixed("HKD"), "港幣": fixed("HKD"), "香港ドル": fixed("HKD"),
	"新台币": fixed("TWD"), "新台幣": fixed("TWD"), "台币": fixed("TWD"), "台幣": fixed("TWD"),
	"韩元": fixed("KRW"), "韓元": fixed("KRW"), "원": fixed("KRW"), "ウォン": fixed("KRW"),
	"澳元": fixed("AUD"), "豪ドル": fixed("AUD"), "加元": fixed("CAD"), "加币": fixed("CAD"), "カナダドル": fixed("CAD"),
	"瑞士法郎": fixed("CHF"), "スイスフラン": fixed("CHF"), "卢布": fixed("RUB"), "盧布": fixed("RUB"),
	"ルーブル": fixed("RUB"), "루블": fixed("RUB"), "卢比": fixed("INR"), "ルピー": fixed("INR"),
}

// cjkNotYuan follow 元 in words that are no money after a numeral:
// 一元化 (unification), 二元论 (dualism), 三元组 (triple), 多元素.
var cjkNotYuan = map[rune]bool{'化': true, '论': true, '論': true, '素': true, '组': true, '組': true, '件': true,
	'次': true, '性': true, '制': true, '酸': true, '式': true}

// cjkPrefixes may stand before the number: "人民币200元", and the yuan
// sign after it then takes their currency: "新台币3000亿元" is TWD, "港币50亿元" HKD.
var cjkPrefixes = map[string]bool{"人民币": true, "人民幣": true, "新台币": true, "新台幣": true, "台币": true, "台幣": true,
	"港币": true, "港幣": true}

// cjkDateMarks after a number make it a date: 年 year, 月 month, 日 and 号
// day, 时 hour.
var cjkDateMarks = map[rune]bool{'年': true, '月': true, '日': true, '号': true, '時': true, '时': true}

// cjkPrefixFirst are the first characters of cjkPrefixes.
var cjkPrefixFirst = func() map[rune]bool {
	m := map[rune]bool{}
	for w := range cjkPrefixes {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	return m
}()

// cjkName reads the longest CJK currency name of one to six glued
// characters at token j.
func (p *parser) cjkName(j int) (cur, int, bool) {
	t := p.toks
	end := j
	for end < len(t) && end-j < 6 && t[end].kind == tWord && isCJK(t[end].first) && (end == j || t[end].gap == gapNone) {
		end++
	}
	for k := end; k > j; k-- {
		if c, ok := cjkNames[p.s[t[j].b0:t[k-1].b1]]; ok {
			if k == j+1 && t[j].first == '元' && k < len(t) && t[k].gap == gapNone && cjkNotYuan[t[k].first] {
				return cur{}, 0, false
			}
			return c, k, true
		}
	}
	return cur{}, 0, false
}

// cjkNumber reads CJK numerals at token i: "三百万" is 3000000, "五千" 5000.
func (p *parser) cjkNumber(i int, q *quantity) bool {
	t := p.toks
	var total, section, digit int64
	k := i
	for ; k < len(t) && t[k].kind == tWord && (k == i || t[k].gap == gapNone); k++ {
		r := t[k].first
		if v, ok := cjkDigits[r]; ok {
			switch {
			case v < 10:
				digit = v
			default:
				section += max(digit, 1) * v
				digit = 0
			}
			continue
		}
		exp, ok := cjkScales[r]
		if !ok || exp < 4 || k == i {
			break
		}
		unit := pow10(int(exp))
		if section+digit > 9999 || total > 1e15 {
			return false
		}
		total += (section + digit) * unit
		section, digit = 0, 0
	}
	v := total + section + digit
	if k == i || v <= 0 {
		return false
	}
	q.val, q.next, q.spelled = num{m: v}, k, true
	return true
}

// cjkScale reads scale characters glued after a number: "万", "千万", "억".
func (p *parser) cjkScale(q *quantity) {
	t := p.toks
	j := q.next
	for j < len(t) && t[j].kind == tWord && t[j].gap == gapNone {
		exp, ok := cjkScales[t[j].first]
		if !ok || t[j].b1-t[j].b0 > 3 {
			break
		}
		q.exp += int32(exp)
		q.scaled = true
		j++
	}
	// "1万2000円", "3億5000万円": a smaller number and scale follow.
	if q.scaled && q.exp >= 4 && q.val.frac == 0 && q.val.digits == "" && q.val.m < 1e4 &&
		j < len(t) && t[j].kind == tNum && t[j].gap == gapNone {
		v, _, ok := readNumber(p.word(j), "und")
		if ok && v.frac == 0 && v.digits == "" {
			r := quantity{val: v, next: j + 1}
			p.cjkScale(&r)
			if r.exp < q.exp && v.m < pow10(int(q.exp-r.exp)) {
				q.val = num{m: q.val.m*pow10(int(q.exp-r.exp)) + v.m}
				q.exp = r.exp
				j = r.next
			}
		}
	}
	q.next = j
}

func pow10(n int) int64 {
	v := int64(1)
	for range n {
		v *= 10
	}
	return v
}
