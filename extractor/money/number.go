package money

import (
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// decimalComma are the languages whose decimal mark is the comma and whose
// thousands separator (besides spaces) is the period.
var decimalComma = map[string]bool{
	"de": true, "fr": true, "es": true, "it": true, "pt": true, "nl": true, "pl": true, "ru": true,
	"sv": true, "tr": true, "da": true, "no": true, "fi": true, "cs": true, "sk": true, "hu": true,
	"ro": true, "bg": true, "hr": true, "sl": true, "sr": true, "uk": true, "el": true, "id": true,
	"ca": true, "is": true, "et": true, "lv": true, "lt": true, "be": true, "kk": true, "az": true,
}

// decimalPoint are the languages whose decimal mark is the period.
var decimalPoint = map[string]bool{
	"en": true, "ja": true, "zh": true, "ko": true, "he": true, "th": true, "hi": true, "ms": true,
	"ga": true, "mt": true, "tl": true,
}

// parseNumber reads a digit string from lexNumber. It returns the value and
// how sure the reading of the separators is (1 when the grouping decides it,
// less when the language had to). See doc.go for the rule.
func parseNumber(text, lang string) (decimal.Decimal, float64, bool) {
	var buf [64]byte
	var groups [32]int // digit count of each group
	var seps [32]byte  // separator class after each group: '.', ',', '\'' or ' '
	ng := 0
	digits := buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if isDigit(c) {
			if len(digits) == cap(buf) || ng >= len(groups) {
				return decimal.Decimal{}, 0, false
			}
			digits = append(digits, c)
			groups[ng]++
			i++
			continue
		}
		ru, size := utf8.DecodeRuneInString(text[i:])
		var cls byte
		switch {
		case c == '.' || c == ',':
			cls = c
		case ru == '\'' || ru == '’':
			cls = '\''
		case isGroupSpace(ru):
			cls = ' '
		default:
			return decimal.Decimal{}, 0, false
		}
		seps[ng] = cls
		ng++
		if ng >= len(groups) {
			return decimal.Decimal{}, 0, false
		}
		i += size
	}
	ng++ // groups[0..ng-1]; seps[0..ng-2]
	if ng == 1 {
		return fromDigits(digits, 0), 1, true
	}
	// The decimal mark, if any, is the last separator, when it is '.' or ','
	// and occurs once; all separators before it are thousands separators and
	// must all be of one other class.
	last := seps[ng-2]
	var count [256]uint8
	for k := 0; k < ng-1; k++ {
		count[seps[k]]++
	}
	conf := 1.0
	decimalAt := -1 // index of the separator that is the decimal mark
	switch {
	case last == ' ' || last == '\'':
		// all grouping
	case count['.'] > 0 && count[','] > 0:
		if count[last] != 1 {
			return decimal.Decimal{}, 0, false
		}
		decimalAt = ng - 2
	case count[last] > 1:
		// "1.234.567": grouping
	case count[' ']+count['\''] > 0:
		decimalAt = ng - 2 // "1 766,92", "1'000.50"
	default:
		// One '.' or ',' and nothing else.
		after, before := groups[1], groups[0]
		switch {
		case after != 3 || before > 3 || (before == 1 && digits[0] == '0'):
			decimalAt = 0
		case decimalComma[lang]:
			if last == ',' {
				decimalAt = 0
			}
			conf = 0.9
		case decimalPoint[lang]:
			if last == '.' {
				decimalAt = 0
			}
			conf = 0.9
		default:
			conf = 0.7 // unknown language: read "1.500" and "1,500" as 1500
		}
	}
	// Check the grouping: thousands groups have three digits, the first one to three.
	end := ng - 1
	if decimalAt >= 0 {
		end = decimalAt
	}
	if end > 0 {
		if groups[0] < 1 || groups[0] > 3 {
			return decimal.Decimal{}, 0, false
		}
		for k := 1; k <= end; k++ {
			if groups[k] != 3 {
				return decimal.Decimal{}, 0, false
			}
		}
		for k := 1; k < end; k++ {
			if seps[k] != seps[0] {
				return decimal.Decimal{}, 0, false
			}
		}
	}
	frac := 0
	if decimalAt >= 0 {
		frac = groups[ng-1]
		if groups[ng-1] == 0 {
			return decimal.Decimal{}, 0, false
		}
	}
	return fromDigits(digits, frac), conf, true
}

// fromDigits builds the exact decimal of a digit string with frac digits
// after the decimal point.
func fromDigits(digits []byte, frac int) decimal.Decimal {
	var d decimal.Decimal
	// Up to 18 digits fit an int64; longer strings go through the string parser.
	if len(digits) <= 18 {
		var v int64
		for _, c := range digits {
			v = v*10 + int64(c-'0')
		}
		d = decimal.New(v, int32(-frac))
	} else {
		var err error
		d, err = decimal.NewFromString(string(digits))
		if err != nil {
			return decimal.Decimal{}
		}
		d = d.Shift(int32(-frac))
	}
	return d
}
