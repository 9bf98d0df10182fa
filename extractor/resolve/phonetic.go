package resolve

import "strings"

// familyEndings rewrite the endings that transliteration conventions spell in
// several ways, in the order tried (longest first within a family). Each entry
// maps an ending to one spelling; the rewrite happens only if at least three
// letters remain before the ending.
var familyEndings = []struct{ from, to string }{
	// Russian and Bulgarian -ов/-ев: English -ov/-ev, German -ow/-ew, French
	// and old English -off/-eff, Polish -ow/-ew.
	{"ova", "ova"}, {"eva", "ova"}, {"owa", "ova"}, {"ewa", "ova"},
	{"off", "ov"}, {"eff", "ov"}, {"ov", "ov"}, {"ev", "ov"}, {"ow", "ov"}, {"ew", "ov"},
	// -ский: -sky, -ski, -skiy, -skii, -skij, -skyj, -skyi, -skyy.
	{"skiy", "ski"}, {"skii", "ski"}, {"skij", "ski"}, {"skyj", "ski"}, {"skyi", "ski"},
	{"skyy", "ski"}, {"sky", "ski"}, {"ski", "ski"},
	{"skaya", "skaia"}, {"skaja", "skaia"}, {"skaia", "skaia"},
	// -ич / -ić / -icz: English -ich/-ic, French -itch, German -itsch, Polish -icz.
	{"itsch", "ic"}, {"itch", "ic"}, {"ich", "ic"}, {"icz", "ic"}, {"ych", "ic"},
	// French -ine for Russian -ин (Poutine, Raspoutine).
	{"ine", "in"},
}

// familyForm rewrites the ending of a transliterated family name (see
// familyEndings) and drops an i/y/j glide before -ov (Vasiliev, Vasilyev,
// Vasilev).
func familyForm(w string) string {
	for _, e := range familyEndings {
		if len(w) < len(e.from)+3 || !strings.HasSuffix(w, e.from) {
			continue
		}
		stem := w[:len(w)-len(e.from)]
		if e.to == "ov" || e.to == "ova" {
			for len(stem) > 3 && strings.ContainsRune("iyj", rune(stem[len(stem)-1])) {
				stem = stem[:len(stem)-1]
			}
		}
		return stem + e.to
	}
	return w
}

// phonetic reduces a transliterated, lower-case ASCII word to a key that is
// equal for common spelling variants of one name. It keeps the vowels (folded)
// and merges consonant spellings of one sound:
//
//	sh sch ch tsch tch cz sz zh kh -> x
//	s z ts tz c(before e/i/y)      -> s
//	k c q ck, qu before e/i        -> k
//	v w -> v; ph -> f; th -> t; dt -> t; x -> ks; j y -> i
//	ae oe ue -> a o u; ou -> u; a glide i/y/j between vowels before e/o is dropped
//	an h that is not followed by a vowel is dropped; doubled letters collapse
//
// A word-initial "ye"/"je" becomes "e" (Yeltsin, Jelzin, Ельцин). Words with
// letters outside a-z (other scripts) are returned unchanged.
func phonetic(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return w
		}
	}
	if strings.HasPrefix(w, "ye") || strings.HasPrefix(w, "je") {
		w = w[1:]
	}
	w = dropGlides(w)
	out := make([]byte, 0, len(w))
	at := func(i int) byte {
		if i >= 0 && i < len(w) {
			return w[i]
		}
		return 0
	}
	has := func(i int, s string) bool { return strings.HasPrefix(w[i:], s) }
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case has(i, "tsch"):
			out, i = append(out, 'x'), i+4
		case has(i, "sch"), has(i, "tch"):
			out, i = append(out, 'x'), i+3
		case has(i, "ch"), has(i, "sh"), has(i, "zh"), has(i, "cz"), has(i, "sz"), has(i, "kh"):
			out, i = append(out, 'x'), i+2
		case has(i, "qu") && (at(i+2) == 'e' || at(i+2) == 'i'):
			// Spanish, French and Portuguese que, qui: the u is silent
			// (Márquez is no Markus; Vásquez = Vasquez = Vazquez)
			out, i = append(out, 'k'), i+2
		case has(i, "ck"):
			out, i = append(out, 'k'), i+2
		case has(i, "ph"):
			out, i = append(out, 'f'), i+2
		case has(i, "th"), has(i, "dt"):
			out, i = append(out, 't'), i+2
		case has(i, "ts"), has(i, "tz"):
			out, i = append(out, 's'), i+2
		case has(i, "ou"):
			out, i = append(out, 'u'), i+2
		case (c == 'a' || c == 'o' || c == 'u') && at(i+1) == 'e':
			out, i = append(out, c), i+2
		case c == 'c':
			if n := at(i + 1); n == 'e' || n == 'i' || n == 'y' {
				out = append(out, 's')
			} else {
				out = append(out, 'k')
			}
			i++
		case c == 'q':
			out, i = append(out, 'k'), i+1
		case c == 'z':
			out, i = append(out, 's'), i+1
		case c == 'w':
			out, i = append(out, 'v'), i+1
		case c == 'x':
			out, i = append(out, 'k', 's'), i+2-1
		case c == 'j' || c == 'y':
			out, i = append(out, 'i'), i+1
		case c == 'h':
			if i > 0 && !isVowel(at(i+1)) || i == 0 && !isVowel(at(i+1)) || i > 0 && !isVowel(at(i-1)) {
				i++ // silent or lengthening h (Kuhn, Rahm, Gadhafi)
				continue
			}
			out, i = append(out, 'h'), i+1
		default:
			out, i = append(out, c), i+1
		}
	}
	// Collapse doubled letters (Dennis, Mueller, Gennady).
	n := 0
	for i := range out {
		if n > 0 && out[n-1] == out[i] {
			continue
		}
		out[n] = out[i]
		n++
	}
	return string(out[:n])
}

// dropGlides removes an i/y/j between a vowel and e or o (Dostoyevsky,
// Dostojewski, Dostoevsky; Andreyev, Andrejew, Andreev).
func dropGlides(w string) string {
	var out []byte
	for i := 1; i+1 < len(w); i++ {
		c := w[i]
		if (c == 'i' || c == 'y' || c == 'j') && isVowel(w[i-1]) && w[i-1] != 'i' && (w[i+1] == 'e' || w[i+1] == 'o') {
			if out == nil {
				out = append(make([]byte, 0, len(w)), w[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return w
	}
	return string(append(out, w[len(w)-1]))
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
