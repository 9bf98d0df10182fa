package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentences groups toks (from Tokenize) into sentences, in order; every
// token is in exactly one sentence and the sentences alias toks.
//
// A sentence ends after a token of sentence-final punctuation (".", "?",
// "!", "…", "...", "?!", "。"), with the closing quotes and brackets that
// follow it, unless the next token starts with a lower-case letter.
// Abbreviations, initials and ordinals keep their period in their token
// ("Dr.", "J.", "3."), so they do not end a sentence, except the few that
// often do ("Inc.", "U.S.") before a function word ("Acme Corp. She ...").
// Sentences sees only
// the tokens, not the text between them: it takes a gap of two or more code
// points before a token that does not start in lower case for a paragraph
// break ("\n\n"). SentencesIn and Split, which see the text, break at every
// blank line and at single line breaks between lines that look like
// separate paragraphs.
func Sentences(toks []Token) [][]Token {
	return group(toks, func(i int) gap {
		if toks[i+1].Start-toks[i].End >= 2 {
			return gapWide
		}
		return gapNone
	})
}

// SentencesIn is Sentences for tokens of s (as returned by Tokenize(s) or
// TokenizeLang), using the line breaks in s between the tokens.
func SentencesIn(s string, toks []Token) [][]Token {
	// Walk s once, turning each token's code-point offsets into byte offsets.
	bpos, cpos := 0, 0
	advance := func(cp int) int {
		for cpos < cp && bpos < len(s) {
			_, w := utf8.DecodeRuneInString(s[bpos:])
			bpos += w
			cpos++
		}
		return bpos
	}
	return group(toks, func(i int) gap {
		a := advance(toks[i].End)
		b := advance(toks[i+1].Start)
		if cpos != toks[i+1].Start { // tokens not from s: fall back
			if toks[i+1].Start-toks[i].End >= 2 {
				return gapWide
			}
			return gapNone
		}
		lines := 0
		for k := a; k < b; k++ {
			switch s[k] {
			case '\n':
				lines++
			case '\r':
				if k+1 >= b || s[k+1] != '\n' {
					lines++
				}
			case 0xE2: // U+2028 line separator, U+2029 paragraph separator
				if k+2 < b && s[k+1] == 0x80 && (s[k+2] == 0xA8 || s[k+2] == 0xA9) {
					lines += 2
				}
			}
		}
		switch {
		case lines >= 2:
			return gapParagraph
		case lines == 1:
			return gapLine
		}
		return gapNone
	})
}

// Split tokenizes s and groups the tokens into sentences.
func Split(s string) [][]Token {
	return SentencesIn(s, Tokenize(s))
}

type gap int

const (
	gapNone      gap = iota
	gapWide          // two or more code points, unknown what
	gapLine          // one line break
	gapParagraph     // a blank line
)

// group cuts toks into sentences; between(i) tells what separates toks[i]
// from toks[i+1] and is called for every i in order.
func group(toks []Token, between func(i int) gap) [][]Token {
	if len(toks) == 0 {
		return nil
	}
	var out [][]Token
	start := 0
	final := false // the sentence has seen its final punctuation
	for i := 0; i < len(toks)-1; i++ {
		cur, next := toks[i].Text, toks[i+1].Text
		g := between(i)
		if isFinal(cur) {
			final = true
		}
		lower := startsLower(next)
		brk := false
		switch {
		case g == gapParagraph:
			brk = true
		case g == gapLine, g == gapWide:
			brk = !lower && (final || !isContinuation(cur))
		case final:
			// Closing quotes and brackets right after the punctuation stay in the sentence.
			if toks[i+1].Start == toks[i].End && isCloser(next) && closes(toks, i+1) {
				continue
			}
			brk = !lower
		default:
			after := ""
			if i+2 < len(toks) {
				after = toks[i+2].Text
			}
			brk = endsSentence(cur, next, after)
		}
		if brk {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
		final = false
	}
	return append(out, toks[start:])
}

// isFinal reports a token of sentence-final punctuation.
func isFinal(t string) bool {
	if t == "" {
		return false
	}
	for _, c := range t {
		switch c {
		case '.', '!', '?', '…', '。', '！', '？', '؟', '।', '።':
		default:
			return false
		}
	}
	return true
}

// isCloser reports closing quotes and brackets that follow the final
// punctuation of a sentence ("Stop!" he said).
func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", "»", "«", "›", "‹", ")", "]", "}", "」", "』", "“":
		return true
	}
	return false
}

// closes reports whether the quote or bracket toks[i] closes what comes
// before it rather than opening what follows: it is not glued to a word
// after it ("。“这是" opens a quote).
func closes(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Start > toks[i].End {
		return true
	}
	c, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	return !isWordRune(c)
}

// isContinuation reports tokens after which a line break does not end a
// sentence: a comma, an opening bracket, a word that keeps its
// period ("Dr."). A colon or a dash is not one: what follows it on a new
// line is a list, a quotation or the text after a dateline.
func isContinuation(t string) bool {
	switch t {
	case ",", ";", "(", "[", "&", "/":
		return true
	}
	n := len(t)
	return n > 1 && (t[n-1] == '.' || t[n-1] == '-')
}

func startsLower(t string) bool {
	c, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(c)
}
