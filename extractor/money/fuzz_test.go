package money

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// FuzzFind checks, for any text and language: no panic, offsets inside the
// text and consistent with Text, amounts that are exact canonical decimals,
// ranges that go up, and ISO-looking currency codes.
func FuzzFind(f *testing.F) {
	for _, cs := range cases {
		for _, c := range cs {
			f.Add(c.text, "en")
		}
	}
	for _, s := range []string{"$5-6 million", "1,5 Mio. Euro", "3,2 milliards d'euros", "1\u202f000\u00a0€", "-$-5", "€€5",
		"5-", "$", "1'000 CHF", "12.03.2024 $", "mil millones de", "d'", "\xff\xfe5 €", "5\u2028€", "US$", "Fr.", "5 -6 $"} {
		for _, l := range []string{"en", "de", "fr", "und", "tr", "ru", "pl", "xx"} {
			f.Add(s, l)
		}
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		n := utf8.RuneCountInString(s)
		rs := []rune(s)
		prevEnd := 0
		for _, a := range Find(s, lang) {
			if a.Start < prevEnd || a.End > n || a.Start >= a.End {
				t.Fatalf("bad offsets [%d,%d) (text has %d code points, previous end %d)", a.Start, a.End, n, prevEnd)
			}
			prevEnd = a.End
			if string(rs[a.Start:a.End]) != a.Text && utf8.ValidString(s) {
				t.Fatalf("Text %q is not the slice [%d,%d)", a.Text, a.Start, a.End)
			}
			checkDecimal(t, a.Amount)
			if a.AmountMax != "" {
				checkDecimal(t, a.AmountMax)
				lo, hi := decimal.RequireFromString(a.Amount), decimal.RequireFromString(a.AmountMax)
				if !lo.LessThan(hi) {
					t.Fatalf("range %s..%s does not go up", a.Amount, a.AmountMax)
				}
			}
			if len(a.Currency) != 3 || strings.ToUpper(a.Currency) != a.Currency {
				t.Fatalf("currency %q", a.Currency)
			}
			if a.Confidence <= 0 || a.Confidence > 1 {
				t.Fatalf("confidence %v", a.Confidence)
			}
		}
	})
}

func checkDecimal(t *testing.T, s string) {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("amount %q is not a decimal: %v", s, err)
	}
	if d.String() != s {
		t.Fatalf("amount %q is not canonical (%q)", s, d.String())
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' && i == 0) {
			t.Fatalf("amount %q has %q", s, c)
		}
	}
}

// FuzzParseWords checks the number-word parser on any text and language: no
// panic, and a number it accepts is a positive whole amount that writes as
// an exact canonical decimal.
func FuzzParseWords(f *testing.F) {
	for _, s := range []string{"two hundred and fifty", "siebenhundertfünfzig", "cuarenta y cinco", "двести пятьдесят",
		"quatre-vingt-dix-sept", "duecentocinquanta", "vijfentwintig", "dwieście", "tvåhundrafemtio", "iki yüz elli",
		"mil e quinhentos", "twaalfhonderd", "and and", "-", "hundred hundred", "tausendtausend", "und"} {
		for _, l := range Languages {
			f.Add(s, l)
		}
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		v, ok := ParseWords(s, lang)
		if !ok {
			return
		}
		if v <= 0 || v > 1e12 {
			t.Fatalf("ParseWords(%q, %s) = %d", s, lang, v)
		}
		checkDecimal(t, num{m: v}.format(0, false))
	})
}
