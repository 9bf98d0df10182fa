package lang

import "unicode"

// scripts are the scripts languages are written in, by ISO 639-1 code;
// a language not listed is written in Latin letters.
var scripts = map[string][]*unicode.RangeTable{
	"ru": {unicode.Cyrillic}, "uk": {unicode.Cyrillic}, "bg": {unicode.Cyrillic}, "be": {unicode.Cyrillic},
	"mk": {unicode.Cyrillic}, "sr": {unicode.Cyrillic, unicode.Latin}, "kk": {unicode.Cyrillic}, "mn": {unicode.Cyrillic},
	"el": {unicode.Greek},
	"ar": {unicode.Arabic}, "fa": {unicode.Arabic}, "ur": {unicode.Arabic},
	"he": {unicode.Hebrew},
	"zh": {unicode.Han}, "ja": {unicode.Han, unicode.Hiragana, unicode.Katakana}, "ko": {unicode.Hangul, unicode.Han},
	"hi": {unicode.Devanagari}, "mr": {unicode.Devanagari}, "bn": {unicode.Bengali}, "gu": {unicode.Gujarati},
	"pa": {unicode.Gurmukhi}, "ta": {unicode.Tamil}, "te": {unicode.Telugu}, "th": {unicode.Thai},
	"ka": {unicode.Georgian}, "hy": {unicode.Armenian},
}

// contradicts reports whether s has at least minLetters letters and most of
// them are in scripts lang is not written in.
func contradicts(s, lang string, minLetters int) bool {
	own := scripts[lang]
	if own == nil {
		own = []*unicode.RangeTable{unicode.Latin}
	}
	letters, inOwn := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.In(r, own...) {
			inOwn++
		}
	}
	return letters >= minLetters && 2*inOwn < letters
}
