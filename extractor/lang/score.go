package lang

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The weights of quick.weigh, tuned on the val sentences
// (TestSentenceAccuracy -val).
const (
	// capWeight is the weight of a capitalized word that is no function
	// word: most likely a name, which tells little about the language
	// around it ("Maria Schmidt" and "Nordwind" are as Danish as German).
	capWeight = 0.3
	// funcWordBonus is added, in nats, per function word of a language.
	funcWordBonus = 2.0
	// rarePenalty is taken, in nats, from a language that is not primary
	// (half of it from one with function words of its own, a close
	// relative of a primary language: Catalan, Czech, Ukrainian; and
	// Romanian, whose short headlines lost to French): a short English text must not come out Indonesian or Catalan
	// because of a few trigrams; a longer one in that language still wins.
	rarePenalty = 6.0
	// missLogProb is the log-probability of a letter a language's tables do
	// not know at all (lingua counts nothing for it, so a text full of
	// "ø" would cost German nothing).
	missLogProb = -12.0
)

// weigh scores text like top, with these changes for short texts: words
// that start with a capital (and are no function word) weigh capWeight,
// abbreviations without a vowel none; every function word of a language
// (see functionWords) adds funcWordBonus to it, every lowercase word of its
// word list (wordlists.go) or with a letter only it writes (uniqueLetters)
// wordBonus; and a language that is not primary starts rarePenalty behind.
// It returns the most
// likely candidate and its confidence; ok is false when quick cannot
// answer (see top).
func (q *quick) weigh(text string) (code string, conf float64, ok bool) {
	confs, best, ok := q.weights(text)
	if !ok {
		return "", 0, false
	}
	return q.codes[best], confs[best], true
}

// weights returns weigh's confidence of every candidate (0 for those of
// another alphabet) and the index of the best one.
func (q *quick) weights(text string) (confs []float64, best int, ok bool) {
	var words []string
	var weights []float64
	var counts [3]int
	for w := range letterRuns(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
			return nil, 0, false
		}
		lw := lower(w)
		if abbreviation(lw) {
			continue
		}
		weight := 1.0
		if unicode.IsUpper(r) && !isFunctionWord(lw) {
			weight = capWeight
		}
		words = append(words, lw)
		weights = append(weights, weight)
		counts[wordAlphabet(lw)]++
	}
	abc, ok := mainAlphabet(counts)
	if !ok {
		return nil, 0, false
	}
	gs, ok := gramsOf(words, weights)
	if !ok {
		return nil, 0, false
	}
	sums, known, ok := q.sums(gs, abc, missLogProb)
	if !ok {
		return nil, 0, false
	}
	// the word lists' languages of each lowercase word (a name is
	// capitalized), and the words with a letter only one candidate writes
	var masks []uint32
	var uniqueWords map[string]int
	for j, w := range words {
		if weights[j] != 1 {
			continue
		}
		if q.words != nil {
			masks = append(masks, q.words.of(w))
		}
		if l := uniqueLetterLang(w); l != "" {
			if uniqueWords == nil {
				uniqueWords = map[string]int{}
			}
			uniqueWords[l]++
		}
	}
	// A language without a list (Catalan, Turkish: no running text to
	// count) takes for each word the share of the lists that hold it:
	// what a list would give it if it were one more list like the others
	// ("at" is in 9 of 14, "profit" in 2).
	shared := 0.0
	if q.words != nil && len(q.words.langs) > 0 {
		for _, m := range masks {
			shared += wordBonus * float64(bits.OnesCount32(m)) / float64(len(q.words.langs))
		}
	}
	for k := range q.langs {
		if q.abc[k] != abc {
			continue
		}
		if q.words != nil {
			if bit := q.wordBits[k]; bit == 0 {
				sums[k] += shared
			} else {
				for _, m := range masks {
					if m&bit != 0 {
						sums[k] += wordBonus
					}
				}
			}
		}
		if n := uniqueWords[q.codes[k]]; n > 0 {
			sums[k] += wordBonus * float64(n)
			known[k] = true
		}
		if set := funcWordSets[q.codes[k]]; set != nil {
			for _, w := range words {
				if set[w] {
					sums[k] += funcWordBonus
					known[k] = true
				}
			}
		}
		if !primary[q.codes[k]] {
			if funcWordSets[q.codes[k]] != nil {
				sums[k] -= rarePenalty / 2 // a language with function words of its own (ca, cs, uk, ro)
			} else {
				sums[k] -= rarePenalty
			}
		}
	}
	confs, best = softmax(sums, known)
	return confs, best, best >= 0
}

// uniqueLetters are letters that, among the Latin-script candidates, one
// language alone writes: Turkish ı and ğ, Romanian ș and ț (comma below),
// Hungarian ő and ű, Czech ř and ů. Lingua's trigram tables, which know them
// from a few borrowed words, left "Altın rekor kırdı" Norwegian and "Banca
// Națională a menținut dobânda" Czech; lingua's own rules weigh such
// letters, the quick scorer did not.
var uniqueLetters = map[rune]string{'ı': "tr", 'ğ': "tr", 'ș': "ro", 'ț': "ro", 'ő': "hu", 'ű': "hu", 'ř': "cs", 'ů': "cs"}

// uniqueLetterLang returns the language of the first letter of lowercase
// word w that uniqueLetters holds, or "".
func uniqueLetterLang(w string) string {
	for _, r := range w {
		if l, ok := uniqueLetters[r]; ok {
			return l
		}
	}
	return ""
}

// abbreviation reports whether lowercase word w is an abbreviation of two to
// four letters without a vowel ("bln", "mln", "pct", "mld", "mrd"): wire
// copy writes them in every language, and lingua's trigram tables, which
// know them from few texts, made "Volkswagen to invest $5 bln in Rivian
// venture" Italian and "Glencore posts $4.3 bln first-half loss" Norwegian.
// A word of one letter ("w", "z", "v") and longer ones ("prst") still count.
func abbreviation(w string) bool {
	n := 0
	for _, r := range w {
		if strings.ContainsRune("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęěůıаеёиоуыэюяіїє", r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// mainAlphabet returns the alphabet lingua would keep the candidates of
// (the one most words are written in; a word mixing alphabets counts for
// none), and false when quick cannot answer for these words.
func mainAlphabet(counts [3]int) (alphabet, bool) {
	abc := latinAlphabet
	if counts[cyrillicAlphabet] > counts[latinAlphabet] {
		abc = cyrillicAlphabet
	}
	if counts[abc] == 0 || counts[otherAlphabet] > 0 || counts[latinAlphabet] == counts[cyrillicAlphabet] {
		return 0, false
	}
	return abc, true
}

// letterRuns yields the runs of letters of s.
func letterRuns(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if unicode.IsLetter(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// lower lowercases w, without allocating when it is lowercase already.
func lower(w string) string {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return strings.ToLower(w)
		}
	}
	return w
}
