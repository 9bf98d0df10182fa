package lang

import (
	"flag"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// sentenceSets are the val sentence sets (sentenceValSets in wordlists_card.go).
var sentenceSets = sentenceValSets

// valSentences returns up to n sentences of minWords to maxWords words
// from a data file, spread evenly over it, each its tokens joined by spaces.
func valSentences(t *testing.T, path string, n, minWords, maxWords int) []string {
	t.Helper()
	return sampleSentences(readSentences(t, path), n, minWords, maxWords)
}

var (
	minWords = flag.Int("minwords", 10, "TestSentenceAccuracy: shortest sentence, in words")
	maxWords = flag.Int("maxwords", 40, "TestSentenceAccuracy: longest sentence, in words")
)

// TestSentenceAccuracy detects single sentences of 10 to 40 words (-minwords,
// -maxwords) without a
// hint: a small sample of every set by default (at least 90% right in every
// language), every sentence (up to 2,000 a set) with -val, where the issue's
// target applies: at least 95% right in every language.
func TestSentenceAccuracy(t *testing.T) {
	d := detector(t)
	perSet, floor := 40, 90.0
	if *valFlag {
		perSet, floor = 2000, 95.0
	}
	ok, n := map[string]int{}, map[string]int{}
	for _, set := range sentenceSets {
		wrong := map[string]int{}
		setOK, sents := 0, valSentences(t, set.path, perSet, *minWords, *maxWords)
		for _, s := range sents {
			if got := d.Detect(s, "").Lang; got == set.lang {
				setOK++
			} else {
				wrong[got]++
				if testing.Verbose() && *valFlag && wrong[got] <= 2 {
					t.Logf("  %s as %s: %.120s", set.lang, got, s)
				}
			}
		}
		ok[set.lang] += setOK
		n[set.lang] += len(sents)
		t.Logf("%-34s %-2s %5.1f%% of %4d  wrong: %v", set.path, set.lang, pct(setOK, len(sents)), len(sents), topWrong(wrong))
	}
	langs := make([]string, 0, len(n))
	for l := range n {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		p := pct(ok[l], n[l])
		t.Logf("%s %5.1f%% (%d sentences)", l, p, n[l])
		if p < floor {
			t.Errorf("%s: %.1f%% of sentences right, want at least %.0f%%", l, p, floor)
		}
	}
}

// topWrong lists the wrong answers, most frequent first.
func topWrong(m map[string]int) string {
	type kv struct {
		k string
		v int
	}
	var s []kv
	for k, v := range m {
		s = append(s, kv{k, v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v || s[i].v == s[j].v && s[i].k < s[j].k })
	var b strings.Builder
	for i, x := range s {
		if i == 6 {
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.k + ":" + strconv.Itoa(x.v))
	}
	return b.String()
}

// TestShortSentenceAccuracy reports (-val only, no target) how single val
// sentences of 3 to 9 words fare: headlines, sports results, captions.
func TestShortSentenceAccuracy(t *testing.T) {
	if !*valFlag {
		t.Skip("run with -val")
	}
	d := detector(t)
	ok, n := map[string]int{}, map[string]int{}
	for _, set := range sentenceSets {
		for _, s := range valSentences(t, set.path, 2000, 3, 9) {
			if d.Detect(s, "").Lang == set.lang {
				ok[set.lang]++
			}
			n[set.lang]++
		}
	}
	langs := make([]string, 0, len(n))
	for l := range n {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		t.Logf("%s %5.1f%% (%d sentences of 3-9 words)", l, pct(ok[l], n[l]), n[l])
	}
}
