package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// German organization names change with case where they begin with
// adjectives: "die Deutsche Bank", "der Deutschen Bank"; "der Deutsche
// Bundestag", "des Deutschen Bundestages"; "Deutsches Rotes Kreuz", "beim
// Deutschen Roten Kreuz". Running German text has the oblique forms about as
// often as the nominative, so without this one bank would have two keys.

// germanAdjectiveSuffixes end the stems of German adjectives (europäisch,
// christlich, ostdeutsch, regional); a stem must have three letters or more
// before them, four before -isch (so Fischer and Fleischer are no
// adjectives). The first three are German only, so they are read in names in
// text of any language ("Norddeutscher Rundfunk" in English text); the
// others, and germanAdjectives, in German text only.
var germanAdjectiveSuffixes = []string{"isch", "lich", "deutsch", "al", "ell", "iv"}

const germanOnlySuffixes = 3

// germanAdjectives are adjectives common at the start of organizations'
// names whose stems end otherwise.
var germanAdjectives = map[string]bool{
	"deutsch": true, "neu": true, "frei": true, "rot": true, "jung": true, "alt": true, "groß": true,
	"gross": true, "klein": true, "hoh": true, "oberst": true, "ober": true, "erst": true, "grün": true,
	"schwarz": true, "weiß": true, "weiss": true, "blau": true, "allgemein": true, "vereinigt": true,
	"link": true, "recht": true, "weit": true,
}

// germanAdjectiveStem returns the stem of w (lowercase) if w is an inflected
// form of an adjective whose nominative after an article ends in -e
// (Deutschen, Deutscher, Deutsches: deutsch), and "" otherwise.
// german: the name is in German text.
func germanAdjectiveStem(w string, german bool) string {
	suffixes := germanAdjectiveSuffixes
	if !german {
		suffixes = suffixes[:germanOnlySuffixes]
	}
	for _, e := range []string{"en", "er", "es"} { // not -em: Jerusalem
		stem, ok := strings.CutSuffix(w, e)
		if !ok {
			continue
		}
		if german && germanAdjectives[stem] || stem == "deutsch" {
			return stem
		}
		for _, s := range suffixes {
			least := 3
			if s == "isch" {
				least = 4 // Fleischer
			}
			if strings.HasSuffix(stem, s) && utf8.RuneCountInString(stem)-utf8.RuneCountInString(s) >= least {
				return stem
			}
		}
	}
	return ""
}

// germanNominative returns an organization's words with the adjectives it
// begins with in the form they take after a definite article in the
// nominative (Deutschen Roten Kreuzes -> Deutsche Rote Kreuz; Deutscher
// Gewerkschaftsbund -> Deutsche Gewerkschaftsbund), which every case form of
// the name shares. A noun after them loses the genitive -es that an
// adjective in -en announces (Deutschen Bundestages -> Deutsche Bundestag);
// -s alone is kept (Internationalen Währungsfonds; Deutschen Hauses ->
// Deutsche Haus, Olympischen Komitees -> Olympische Komitee, but Europäischen
// Parlaments as it is). Only the adjectives before the first other word
// change: "Verband Deutscher Zeitungsverleger" stays as it is. german: the
// name is in German text (see germanAdjectiveSuffixes).
func germanNominative(toks []string, german bool) []string {
	n := 0 // adjectives at the start
	oblique := false
	for n < len(toks)-1 && startsUpper(toks[n]) {
		lw := strings.ToLower(toks[n])
		if germanAdjectiveStem(lw, german) == "" {
			break
		}
		oblique = oblique || strings.HasSuffix(lw, "en")
		n++
	}
	if n == 0 {
		return toks
	}
	out := append([]string(nil), toks...)
	for i := 0; i < n; i++ {
		// every ending taken has two letters; a name in capitals keeps them
		w := out[i]
		e := "e"
		if r, _ := utf8.DecodeLastRuneInString(w); unicode.IsUpper(r) {
			e = "E"
		}
		out[i] = w[:len(w)-2] + e
	}
	head := out[n]
	last := strings.ToLower(head[strings.LastIndex(head, "-")+1:])
	if oblique && startsUpper(head) && strings.HasSuffix(last, "es") && utf8.RuneCountInString(last) >= 5 {
		if strings.HasSuffix(last, "ees") {
			out[n] = head[:len(head)-1] // Komitees -> Komitee
		} else {
			out[n] = head[:len(head)-2]
		}
	}
	return out
}

// germanOrgReadings are the forms a word of a German organization's name
// (lowercase, its adjectives already as germanNominative leaves them) may
// have in the nominative when it is a case form: without the genitive -es or
// -s (Bundestages, Bundestags -> Bundestag) or the dative plural -n after
// -e (Spielen -> Spiele; Bayern is not Bayer). linkOrgCases joins two forms
// of one document with them; on its own a final -s says nothing (Reuters,
// Siemens).
func germanOrgReadings(w string) []string {
	var out []string
	for _, e := range []string{"es", "s", "n"} {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 3 || e == "n" && !strings.HasSuffix(stem, "e") {
			continue // Bayern is no form of Bayer
		}
		out = append(out, stem)
	}
	return out
}
