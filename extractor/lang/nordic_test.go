package lang

import (
	"math"
	"strings"
	"testing"
)

// nordicSamples are sentences of my own in the nordic languages and their
// neighbours, short (all n-grams) and joined (trigrams only), and a few the
// scorer must leave to lingua (other alphabets) or settle by lingua's rules.
var nordicSamples = []string{
	"byrådet besluttede tirsdag at den nye bro åbner til foråret efter flere års forsinkelser",
	"bystyret vedtok tirsdag at den nye brua åpner til våren etter flere års forsinkelser",
	"bystyret vedtok tysdag at den nye brua opnar til våren etter fleire års forseinkingar",
	"kommunfullmäktige beslutade i tisdags att den nya bron öppnar i vår efter flera års förseningar",
	"Mette Frederiksen og Jonas Gahr Støre mødtes i København",
	"Ulf Kristersson träffade Jonas Gahr Støre i Oslo",
	"hun sa at det var for sent",
	"han sade att det var för sent",
	"øl og æbler på gården", // every word names Danish or Norwegian
	"än så länge, sa hon",   // Swedish letters in most words
	"the city council agreed on tuesday that the new bridge will open",
	"Nordisk råd møder Северный совет", // mixed alphabets, most Latin
	"Nordisk råd Северный совет",       // as many words in each
	"Северный совет møder i Oslo?",     // most Cyrillic
	"råd møder Северный совет αβγ",     // tied for most: lingua picks at random
	"",
	"!!! 123",
}

// TestNordicMatchesLingua: the nordic scorer names the language lingua's
// high-accuracy detector over the nordic languages names, as surely (to
// 1e-9); it declines only where lingua answers at random. With -val it checks sentences and three-sentence
// chunks of the Danish, Norwegian and Swedish val text too.
func TestNordicMatchesLingua(t *testing.T) {
	loadNordic()
	if nordicScorer == nil {
		t.Fatal("no nordic scorer: lingua's detector is not as this package expects (another lingua version?)")
	}
	looks := append([]string(nil), nordicSamples...)
	looks = append(looks, strings.Join(nordicSamples[:4], " "), strings.Join(nordicSamples[4:8], " "))
	if *valFlag {
		for _, set := range sentenceSets {
			if set.lang != "da" && set.lang != "no" && set.lang != "sv" {
				continue
			}
			sents := valSentences(t, set.path, 600, 3, 60)
			looks = append(looks, sents...)
			for i := 0; i+3 <= len(sents); i += 3 {
				looks = append(looks, sample(strings.Join(sents[i:i+3], " "), 400))
			}
		}
	}
	answered := 0
	for _, look := range looks {
		l, c, ok := nordicScorer.top(look)
		ll, lc := top(nordicDet, look)
		if !ok {
			if !strings.Contains(look, "αβγ") {
				t.Errorf("declined %q", look)
			}
			continue
		}
		answered++
		if l != ll || math.Abs(c-lc) > 1e-9 {
			t.Errorf("%q: scorer says %s %.12f, lingua %s %.12f", look, l, c, ll, lc)
		}
	}
	t.Logf("%d of %d looks answered", answered, len(looks))
}
