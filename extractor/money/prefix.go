package money

import "strings"

// Dollars written with a prefix, in every form news and tokenized text use:
// "C$", "CA$", "HK$", "US$", "A$", "NZ$", "MX$", "R$"; lower-case and spaced
// ("c $ 16.4 million", "hk $ 10"); ISO-prefixed ("usd$ 15", "AUD$ 15").

// euroTails are glued after "€" in shouted or playful writing: "20 €ur".
var euroTails = map[string]bool{"ur": true, "uro": true, "uros": true}

// lowerDollarPrefixes are the dollar prefixes in lower case. A spaced
// prefix ("hk $ 10") needs two letters or more, or the "c" of tokenized
// Canadian news: "a $ 5" is an article.
var lowerDollarPrefixes = func() map[string]string {
	m := map[string]string{}
	for w, code := range dollarPrefixes {
		m[strings.ToLower(w)] = code
	}
	return m
}()

// hyphenDollar reads German "US-$", "C-$" at token i: the code and the
// token after the sign.
func (p *parser) hyphenDollar(i int) (string, int, bool) {
	t := p.toks
	if i+2 >= len(t) || t[i+1].first != '-' || t[i+1].gap != gapNone || t[i+2].first != '$' || t[i+2].gap != gapNone {
		return "", 0, false
	}
	code, ok := dollarPrefixes[p.word(i)]
	return code, i + 3, ok
}

// dollarPrefix reads the word at token i as the prefix of the "$" after it.
func (p *parser) dollarPrefix(i int) (string, bool) {
	t := p.toks
	if i+1 >= len(t) || t[i+1].kind != tSym || t[i+1].first != '$' || t[i+1].gap == gapBreak {
		return "", false
	}
	w := p.word(i)
	glued := t[i+1].gap == gapNone
	if code, ok := dollarPrefixes[w]; ok && (glued || len(w) > 1 && w != "Can") {
		return code, true
	}
	if len(w) > 4 {
		return "", false
	}
	lw := p.lower(i)
	if code, ok := lowerDollarPrefixes[lw]; ok && (glued || len(lw) > 1 && lw != "can" || lw == "c") {
		return code, true
	}
	// "usd$", "AUD$": an ISO code of a dollar.
	if len(lw) == 3 && lw[2] == 'd' {
		code := strings.ToUpper(lw)
		if isoCodes[code] {
			return code, true
		}
	}
	return "", false
}

// dollarCountries follow "$" in French and Spanish writing: "2,50 $ CA".
var dollarCountries = map[string]string{"CA": "CAD", "CAN": "CAD", "US": "USD", "USA": "USD", "AU": "AUD", "NZ": "NZD", "HK": "HKD"}

// lowerCodes are ISO codes also read in lower case after a number ("5
// usd"): those of the main currencies, which are no words ("try", "pen",
// "cop" are).
var lowerCodes = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "chf": true, "cad": true, "aud": true, "cny": true, "sek": true,
	"nok": true, "dkk": true, "pln": true, "rub": true, "inr": true, "krw": true, "brl": true, "mxn": true, "hkd": true,
	"sgd": true, "nzd": true, "czk": true, "huf": true, "zar": true, "uah": true,
}
