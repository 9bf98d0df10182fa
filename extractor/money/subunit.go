package money

import "strings"

// Unit plus subunit as one amount: "3 dollars and 99 cents", "zwei Euro
// fünfzig", "25 euros con 50", "15 рублей 30 копеек", "GBP 3 and 1 penny",
// "1 USD 23 cents".

// subJoiners stand between the unit and the subunit. "con" (Spanish,
// Italian) may go without the subunit's name: "25 euros con 50".
var subJoiners = map[string]bool{
	"and": true, "und": true, "et": true, "y": true, "e": true, "en": true, "och": true, "og": true, "i": true,
	"и": true, "ve": true, "con": true,
}

// subunit reads the subunit after a whole amount of currency c that ends
// before token j, written after the number as a name (nameAfter) or a sign
// (signAfter). It returns the number of subunits (1..99), the token after
// them, and whether their name was written.
func (p *parser) subunit(j int, c cur, nameAfter, signAfter bool) (int64, int, bool, bool) {
	t := p.toks
	n := len(t)
	if j >= n || t[j].gap != gapSpace {
		return 0, 0, false, false
	}
	k := j
	joined, con := false, false // p.lower's result does not outlive the next call
	if t[k].kind == tWord {
		if lw := p.lower(k); subJoiners[lw] {
			joined, con = true, lw == "con"
			k++
		}
	}
	if k >= n || t[k].gap != gapSpace {
		return 0, 0, false, false
	}
	var v int64
	next := k + 1
	switch t[k].kind {
	case tNum:
		w := p.word(k)
		if len(w) > 2 {
			return 0, 0, false, false
		}
		for i := 0; i < len(w); i++ {
			if !isDigit(w[i]) {
				return 0, 0, false, false // "٥٠" as subunits: not worth it
			}
			v = v*10 + int64(w[i]-'0')
		}
	case tWord:
		var q quantity
		if !p.anchor(k) || !p.spelled(k, &q) || q.article || q.needScale || q.val.frac != 0 {
			return 0, 0, false, false
		}
		v, next = q.val.m, q.next
	default:
		return 0, 0, false, false
	}
	if v < 1 || v > 99 {
		return 0, 0, false, false
	}
	if next < n && t[next].kind == tWord && t[next].gap == gapSpace {
		if sc, ok := p.subunitName(p.lower(next)); ok {
			if sc.kind != ckCent && sc.code != c.code {
				return 0, 0, false, false
			}
			return v, next + 1, true, true
		}
	}
	// "3 € 50": two digits after a sign, at the end of the clause.
	if signAfter && !joined && t[k].kind == tNum && t[k].b1-t[k].b0 == 2 &&
		(next >= n || t[next].kind == tPunct || t[next].gap == gapBreak) {
		return v, next, false, true
	}
	// Without the subunit's name: "zwei Euro fünfzig", "25 euros con 50",
	// "3 euro e 50", only after a currency name, and two digits when written
	// as digits.
	if !nameAfter || t[k].kind == tNum && t[k].b1-t[k].b0 != 2 {
		return 0, 0, false, false
	}
	if next < n && t[next].gap != gapBreak && (t[next].kind == tNum || t[next].kind == tSym) {
		return 0, 0, false, false
	}
	// "3 euro e 50." but not "3 euro e 50 persone".
	if joined && !con && next < n && t[next].kind == tWord && t[next].gap != gapBreak {
		return 0, 0, false, false
	}
	if next < n && t[next].kind == tWord && t[next].gap == gapSpace {
		if _, ok := p.scaleExp(p.lower(next)); ok {
			return 0, 0, false, false
		}
		if _, _, ok := p.suffix(next, false); ok {
			return 0, 0, false, false
		}
	}
	return v, next, false, true
}

// subunitName reads a subunit's name in any language: "cents", "Cent",
// "céntimos", "копеек", "groszy", "öre", "kuruş", "penny".
func (p *parser) subunitName(lw string) (cur, bool) {
	// Cents of any currency: "centavos", "центов", Turkish "sent".
	if lw == "sent" || strings.HasPrefix(lw, "centav") || strings.HasPrefix(lw, "цент") && len(lw) <= len("центов") {
		return cur{code: "USD", kind: ckCent, sub: true}, true
	}
	if c, ok := names[lw]; ok && c.sub && lw != "p" {
		return c, true
	}
	if c, ok := stemCurrency(lw, p.lang); ok && c.sub {
		return c, true
	}
	return cur{}, false
}

// isSubunitName reports whether token k names a subunit.
func (p *parser) isSubunitName(k int) bool {
	_, ok := p.subunitName(p.lower(k))
	return ok
}
