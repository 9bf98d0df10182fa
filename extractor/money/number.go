package money

import (
	"strconv"
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
	n, conf, ok := readNumber(text, lang)
	if !ok {
		return decimal.Decimal{}, 0, false
	}
	return n.dec(), conf, true
}

// num is a parsed number that has not been turned into a decimal yet:
// mantissa m (or the digit string when it does not fit) with frac digits
// after the point. Building decimals allocates, so it waits until an
// expression is known to be money.
type num struct {
	m      int64
	digits string // set when the number has more than 18 digits
	frac   int32
}

func (n num) dec() decimal.Decimal {
	if n.digits == "" {
		return decimal.New(n.m, -n.frac)
	}
	d, err := decimal.NewFromString(n.digits)
	if err != nil {
		return decimal.Decimal{}
	}
	return d.Shift(-n.frac)
}

// readNumber is parseNumber without the decimal.
func readNumber(text, lang string) (num, float64, bool) {
	var buf [64]byte
	var groups [32]int // digit count of each group
	var seps [32]byte  // separator class after each group: '.', ',', '\'' or ' '
	ng := 0
	digits := buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if isDigit(c) {
			if len(digits) == cap(buf) || ng >= len(groups) {
				return num{}, 0, false
			}
			digits = append(digits, c)
			groups[ng]++
			i++
			continue
		}
		ru, size := utf8.DecodeRuneInString(text[i:])
		if d := digitValue(ru); d >= 0 {
			if len(digits) == cap(buf) || ng >= len(groups) {
				return num{}, 0, false
			}
			digits = append(digits, byte('0'+d))
			groups[ng]++
			i += size
			continue
		}
		var cls byte
		switch {
		case c == '.' || c == ',':
			cls = c
		case ru == '\'' || ru == '’':
			cls = '\''
		case isGroupSpace(ru):
			cls = ' '
		default:
			return num{}, 0, false
		}
		seps[ng] = cls
		ng++
		if ng >= len(groups) {
			return num{}, 0, false
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
			return num{}, 0, false
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
	// Indian grouping: lakhs and crores in groups of two, "1,00,000" and
	// "12,34,56,789"; the last group has three digits.
	if end > 1 && decimalAt < 0 && count[','] == uint8(ng-1) && groups[end] == 3 && groups[0] >= 1 && groups[0] <= 2 {
		indian := true
		for k := 1; k < end; k++ {
			indian = indian && groups[k] == 2
		}
		if indian {
			return fromDigits(digits, 0), 1, true
		}
	}
	if end > 0 {
		if groups[0] < 1 || groups[0] > 3 {
			return num{}, 0, false
		}
		for k := 1; k <= end; k++ {
			if groups[k] != 3 {
				return num{}, 0, false
			}
		}
		for k := 1; k < end; k++ {
			if seps[k] != seps[0] {
				return num{}, 0, false
			}
		}
	}
	frac := 0
	if decimalAt >= 0 {
		frac = groups[ng-1]
		if groups[ng-1] == 0 {
			return num{}, 0, false
		}
	}
	return fromDigits(digits, frac), conf, true
}

// fromDigits builds the number of a digit string with frac digits after
// the decimal point.
func fromDigits(digits []byte, frac int) num {
	if len(digits) <= 18 {
		var v int64
		for _, c := range digits {
			v = v*10 + int64(c-'0')
		}
		return num{m: v, frac: int32(frac)}
	}
	return num{digits: string(digits), frac: int32(frac)}
}

// format writes n × 10^exp (negated when neg) in the canonical form: plain
// digits, no exponent, no trailing zeros after the point, no point when the
// value is whole, "0" for zero. It is exact string arithmetic on the digits;
// TestFormat checks it against decimal.Decimal.String.
func (n num) format(exp int32, neg bool) string {
	var buf [96]byte
	var digits []byte
	if n.digits == "" {
		digits = strconv.AppendInt(buf[:0], n.m, 10)
	} else {
		digits = append(buf[:0], n.digits...)
	}
	for len(digits) > 1 && digits[0] == '0' {
		digits = digits[1:]
	}
	if len(digits) == 1 && digits[0] == '0' {
		return "0"
	}
	e := int(exp) - int(n.frac)
	if e > 64 || e < -64 {
		d := n.dec().Shift(exp)
		if neg {
			d = d.Neg()
		}
		return d.String()
	}
	out := make([]byte, 0, len(digits)+max(e, 0)+4)
	if neg {
		out = append(out, '-')
	}
	if e >= 0 {
		out = append(out, digits...)
		for range e {
			out = append(out, '0')
		}
		return string(out)
	}
	k := -e
	var intPart, frac []byte
	if len(digits) > k {
		intPart, frac = digits[:len(digits)-k], digits[len(digits)-k:]
	} else {
		intPart = []byte{'0'}
		frac = make([]byte, 0, k)
		for range k - len(digits) {
			frac = append(frac, '0')
		}
		frac = append(frac, digits...)
	}
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	out = append(out, intPart...)
	if len(frac) > 0 {
		out = append(out, '.')
		out = append(out, frac...)
	}
	return string(out)
}
