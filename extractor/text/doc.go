// Package text splits text into tokens and sentences with Unicode code-point
// offsets. It is the first step after language detection: the NER tagger
// (extractor/ner) reads its tokens, and other packages (resolve, eval) use
// it to find word boundaries.
//
// It owns tokenization and sentence splitting only. It does not normalize
// text (no case folding, no Unicode normalization, no copy: a Token's Text
// is a substring of the input), does not detect languages and does not tag
// anything. It never panics, on any input, valid UTF-8 or not.
//
// # Offsets
//
// Start and End are offsets in code points (runes), End exclusive, as in
// the rest of the project: Token.Text equals string([]rune(s)[Start:End])
// for valid UTF-8. An invalid byte counts as one code point, the same as in
// a range loop or []rune(s). Tokens are in order, never overlap and never
// contain a separator; every other code point is in exactly one token.
// Separators are Unicode white space, control characters and the invisible
// word separators U+200B, U+2060, U+180E and U+FEFF.
//
// # Conventions, and why
//
// The tagger is trained on CoNLL-2002/2003 and WikiANN, which have one
// token per line in the style of the Penn Treebank. A token sequence that
// looks like that data at run time is what makes the trained model work, so
// the rules follow it:
//
//   - Punctuation is split off words: "Monday." -> "Monday" ".". Runs of
//     ".", "!" and "?" are one token ("...", "?!"), as is a run of one ASCII
//     symbol ("--", "===", two backquotes or two apostrophes). Every other quote
//     mark of every language is its own token: " « » „ “ ” ‚ ‘ ’ ‹ › 「 」 『 』,
//     and so are brackets.
//   - Abbreviations keep their period: "Dr.", "Inc.", "Corp.", "Co.", "St.",
//     "Nr.", "Mio.", "bzw.", "Sr.", "Sra.", "Dña.", "г.", "тыс.", "млн."
//     (about 240 in abbrev.go, some only in one case:
//     "Calif." but not "ill."); every single letter with a period ("J. R. R.
//     Tolkien", "z. B.", French "M."); and letter groups of one or two with
//     inner periods ("U.S.", "U.K.", "e.g.", "S.p.A.", "Ph.D."). "No." and
//     "Art." keep it only before a number. A number that starts a line keeps
//     its period ("1. Jane Doe", a numbered list). An ordinal ("3.", "XIV.") keeps
//     its period before a lower-case word or a number, and before a German
//     month or a few German nouns that follow ordinals ("am 3. Oktober",
//     "2. Liga"); TokenizeLang for languages that write ordinals that way
//     keeps it before any word. Because the period stays in the token,
//     Sentences does not end a sentence there, with one exception: after
//     an abbreviation that often ends sentences ("Inc.", "Corp.", "Co.",
//     "etc.", "U.S.", a single capital) it does when the next word is a
//     capitalized function word ("The", "She", "Die", "Il") not followed by
//     another capital. So "Acme Corp. She left" is two sentences, "Acme
//     Corp. The Hague office" and "M. Le Pen" are not.
//   - Words joined by a hyphen stay one token: "US-Behörde", "Jean-Pierre",
//     "Coca-Cola", "e-mail", "1996-08-22", as CoNLL has them. A German
//     compound part before "und"/"oder" keeps its hyphen ("Bundes-").
//   - Apostrophes. Inside a word it stays ("O'Brien", "aujourd'hui",
//     "rock'n'roll", Turkish "Ankara'da"), except: French, Italian and
//     Catalan elision is split after the apostrophe ("l'" "ONU", "d'"
//     "euros", "dell'" "Unione", "qu'" "il"); English clitics are split in
//     Penn Treebank style, as in CoNLL-2003: "Kvasov's" -> "Kvasov" "'s",
//     "don't" -> "do" "n't", "can't" -> "ca" "n't", "we're" -> "we" "'re",
//     also "'ll", "'ve", "'d", "'m". ' and ’ are treated alike. A capital D
//     before a capital is a name, not elision ("D'Alema"). TokenizeLang
//     keeps Dutch "auto's" whole and splits Turkish "Ankara" "'da".
//   - URLs (http://, https://, ftp://, www., mailto:) are one token up to the
//     next space, quote or angle bracket, without trailing punctuation.
//     Domains and e-mail addresses are one token because periods and "@"
//     between letters or digits do not split: "Allofmp3.com",
//     "info@firma.de". So do "@handle" and "#tag".
//   - Numbers keep their separators: "590.000", "1,5", "587,000", "14.2",
//     "10:30", "3/8", "1'000", "1984–1985", ".596", and a plus sign
//     ("+0.4", "+44"); a minus sign is a token of its own, as in CoNLL. A currency sign is its own token ("$"
//     "587,000", "5" "€") except after up to three capitals, as in CoNLL:
//     "US$", "C$", "HK$". Letters and digits together are one token ("mp3",
//     "3.2bn", "G7"). "1 000" with a space is two tokens.
//   - "&" between capitals stays ("AT&T", "S&P"); between digits ":" and
//     "/" stay; a Catalan middle dot between letters stays ("col·lecció");
//     Hebrew acronyms keep their quote or gershayim ("צה"ל", "ת״א") and
//     abbreviations their geresh ("גב׳"); Swedish and Finnish case endings
//     after a colon stay on a capitalized word ("EU:s", "Vd:n").
//   - Scripts without spaces: a run of Han ideographs and Japanese kana is
//     one token, cut from Latin letters and digits around it. Thai, Lao,
//     Khmer and Burmese runs are one token up to the next space. Hangul,
//     Cyrillic, Greek, Arabic, Hebrew, Devanagari and every Latin script with
//     its diacritics and combining marks are words like English ones.
//   - An emoji is one token with its modifiers: skin tone, variation
//     selector, keycap, zero-width-joined sequences ("👩‍💻") and flags.
//
// # Sentences
//
// Sentences ends a sentence after final punctuation (".", "!", "?", "…",
// "。", "؟" and runs of them) and the closing quotes or brackets right after
// it, unless the next token starts in lower case. SentencesIn and Split also
// look at the text between tokens: a blank line always ends a sentence, a
// single line break does unless the next line starts in lower case or the
// line ends in a comma, an opening bracket or an abbreviation. Sentences,
// which only has the tokens, takes a gap of two or more code points for such
// a break (so a double space before a capital ends a sentence too): callers
// that have the text should use SentencesIn.
//
// # Speed
//
// Tokenize is on the hot path of every document: it makes one pass over the
// text, does not copy it, and allocates once for the token slice. See
// BenchmarkTokenize.
package text
