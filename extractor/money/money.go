// Package money finds and normalizes amounts of money. SKELETON: the money helper replaces this file.
package money

// Amount is one amount of money found in a text.
type Amount struct {
	Start, End int    // code-point offsets, End exclusive
	Text       string // the surface form
	Amount     string // exact decimal, e.g. "590000" or "0.50"
	AmountMax  string // upper bound of a range, else ""
	Currency   string // ISO 4217
	Confidence float64
}

// Canonical is the canonical form, e.g. "590000 USD".
func (a Amount) Canonical() string { return a.Amount + " " + a.Currency }

// Key is the stable entity key, e.g. "money:USD:590000".
func (a Amount) Key() string { return "money:" + a.Currency + ":" + a.Amount }

// Find returns the amounts in s, a text in language lang (ISO 639-1 or "und").
func Find(s string, lang string) []Amount { return nil }
