package resolve

import (
	"strings"
	"unicode/utf8"
)

// declining are the languages whose names change with grammatical case
// (Денис Квасов, Дениса Квасова, Денису Квасову; Kowalski, Kowalskiego).
var declining = map[string]bool{
	"ru": true, "uk": true, "be": true, "pl": true, "cs": true, "sk": true,
	"sl": true, "hr": true, "sr": true, "bs": true,
}

// caseEndings are the case endings of names in declining languages, longest
// first, in Cyrillic and Latin script.
var caseEndings = []string{
	"ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ой", "ою", "ей", "ом", "ем", "ём", "ую", "юю", "а", "у", "е", "ы", "и", "ю", "я",
	"iego", "ego", "iemu", "emu", "ého", "ému", "owi", "ovi", "em", "om", "ym", "im", "ým", "ou", "ą", "ę", "a", "u", "e", "y", "i",
}

// nominatives returns the forms w may have in the nominative if it is a case
// form: the stem, and the stem with the endings of nominatives that the case
// ending replaced (Квасова -> Квасов; Сергея -> Сергей; Игоря -> Игорь; Анны ->
// Анна; Kowalskim -> Kowalski; Novotného -> Novotný). Stems shorter than three
// letters are not tried.
func nominatives(w string) []string {
	var out []string
	for _, e := range caseEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		out = append(out, stem)
		if isCyrillicWord(stem) {
			out = append(out, stem+"а", stem+"й", stem+"ь", stem+"я")
		} else {
			out = append(out, stem+"a", stem+"i", stem+"y", stem+"ý")
		}
	}
	return out
}

func isCyrillicWord(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return isCyrillic(r)
}
