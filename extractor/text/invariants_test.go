package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkTokens reports every way toks breaks the contract of Tokenize on s.
func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	runes := []rune(s)
	covered := make([]bool, len(runes))
	prevEnd := 0
	for i, tok := range toks {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(runes) {
			t.Fatalf("token %d %q [%d,%d) out of order or outside the text (prev end %d, %d runes)", i, tok.Text, tok.Start, tok.End, prevEnd, len(runes))
		}
		if got, want := []rune(tok.Text), runes[tok.Start:tok.End]; string(got) != string(want) {
			t.Fatalf("token %d %q does not equal the text at [%d,%d): %q", i, tok.Text, tok.Start, tok.End, string(want))
		}
		if !strings.Contains(s, tok.Text) {
			t.Fatalf("token %d %q is not a substring of the input", i, tok.Text)
		}
		for k := tok.Start; k < tok.End; k++ {
			if isSep(runes[k]) {
				t.Fatalf("token %d %q contains separator %U", i, tok.Text, runes[k])
			}
			covered[k] = true
		}
		prevEnd = tok.End
	}
	for k, r := range runes {
		if !covered[k] && !isSep(r) {
			t.Fatalf("code point %d %U %q is in no token; tokens %v", k, r, r, toks)
		}
	}
}

// checkSentences reports sentences that do not cover toks exactly, in order.
func checkSentences(t *testing.T, toks []Token, sents [][]Token) {
	t.Helper()
	n := 0
	for i, sent := range sents {
		if len(sent) == 0 {
			t.Fatalf("sentence %d is empty", i)
		}
		for _, tok := range sent {
			if n >= len(toks) || tok != toks[n] {
				t.Fatalf("sentence %d: token %v is not token %d of the input", i, tok, n)
			}
			n++
		}
	}
	if n != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", n, len(toks))
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", " ", "Dr. Smith's e-mail: info@firma.de.", "l'ONU d’euros dell'Unione", "590.000 $587,000 1,5 Mio.",
		"«Да», — сказал он в 1999 г.", "東京都は日本の首都です。", "https://example.org/a?b=1).", "z. B. J. R. R. Tolkien\n\nNew",
		"\xff\xfe invalid \xe2\x82 bytes", "a\u0301b\u200bc\ufeffd", "O'Brien's don't can't", "3. Oktober 2. Liga",
		"US$5 HK$ AT&T S&P", "\"Stop!\" he said. \"Why?\"", "www.", "http://", "''''", "...!?", "Bundes- und Landes-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"", "nl", "tr", "de"} {
			toks := TokenizeLang(s, lang)
			checkTokens(t, s, toks)
			checkSentences(t, toks, Sentences(toks))
			checkSentences(t, toks, SentencesIn(s, toks))
		}
		if !utf8.ValidString(s) {
			return
		}
		if got := Tokenize(s); len(got) != len(TokenizeLang(s, "und")) {
			t.Fatalf("Tokenize and TokenizeLang(und) differ")
		}
	})
}
