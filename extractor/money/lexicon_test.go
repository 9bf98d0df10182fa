package money

import (
	"testing"

	"golang.org/x/text/currency"
)

// TestLexiconCodes checks that every code the lexicon can produce is a valid
// ISO 4217 code for golang.org/x/text/currency.
func TestLexiconCodes(t *testing.T) {
	check := func(where, code string) {
		t.Helper()
		if code == "" {
			return
		}
		if _, err := currency.ParseISO(code); err != nil {
			t.Errorf("%s: %q is not ISO 4217: %v", where, code, err)
		}
	}
	for r, c := range symbols {
		check(string(r), c.code)
	}
	for w, code := range dollarPrefixes {
		check(w+"$", code)
	}
	for code := range isoCodes {
		check("isoCodes", code)
	}
	for w, c := range codeAliases {
		check(w, c.code)
	}
	for w, c := range names {
		check(w, c.code)
	}
	for lang, ss := range stems {
		for _, s := range ss {
			check(lang+":"+s.prefix, s.c.code)
		}
	}
	for _, code := range []string{"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "ISK", "CZK", "CHF", "FRF",
		"MXN", "ARS", "CLP", "COP", "PHP", "JPY", "CNY", "TRY", "ITL", "EUR", "GBP", "DEM", "NLG", "ESP", "ATS", "PTE", "GRD", "IEP", "FIM", "BEF", "RON"} {
		check("resolve", code)
	}
}

// TestLanguagesHaveWords keeps Languages honest: each listed language has
// spelled-out numbers in the lexicon.
func TestLanguagesHaveWords(t *testing.T) {
	for _, l := range Languages {
		if len(numWords[l]) == 0 {
			t.Errorf("language %s is listed but has no number words", l)
		}
	}
}
