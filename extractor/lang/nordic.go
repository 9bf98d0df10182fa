package lang

import (
	"sync"

	"github.com/pemistahl/lingua-go"
)

// nordic are the languages that trigrams and function words tell apart
// worst: Danish, Norwegian (Bokmål and Nynorsk) and Swedish. A text found to
// be in one of them is settled by lingua's high-accuracy mode (n-grams up
// to five letters) over just these, loaded on first need (~15 MB).
var nordic = []lingua.Language{lingua.Danish, lingua.Bokmal, lingua.Nynorsk, lingua.Swedish}

var (
	nordicOnce sync.Once
	nordicDet  lingua.LanguageDetector
)

// settleNordic returns lang and conf, or, when lang is Danish, Norwegian or
// Swedish and at least two of those are candidates, the one of them that
// lingua's high-accuracy mode finds most likely in text.
func (d *Detector) settleNordic(text, lang string, conf float64) (string, float64) {
	if lang != "da" && lang != "nb" && lang != "sv" {
		return lang, conf
	}
	n := 0
	for _, l := range []string{"da", "nb", "sv"} {
		if d.supported[l] {
			n++
		}
	}
	if n < 2 {
		return lang, conf
	}
	nordicOnce.Do(func() {
		nordicDet = lingua.NewLanguageDetectorBuilder().FromLanguages(nordic...).Build()
	})
	l, c := top(nordicDet, sample(text, d.cfg.SampleRunes))
	if l == "nn" {
		l = "nb"
	}
	if l == Und || !d.supported[l] {
		return lang, conf
	}
	return l, min(conf, c)
}
