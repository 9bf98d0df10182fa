package lang

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"

	"entities/extractor/schema"
)

// Und is the code for a language that cannot be told.
const Und = "und"

// DefaultLanguages are the candidates by default: the languages the extractors
// have models or rules for, plus the most common languages of news, so that a
// Ukrainian or Czech article is called what it is rather than Russian or Polish.
var DefaultLanguages = []string{
	// extractors: NER models and money rules
	"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "tr",
	// other common news languages
	"ar", "zh", "ja", "ko", "hi", "id", "uk", "cs", "ro", "hu", "el",
	"da", "no", "fi", "he", "fa", "vi", "bg", "hr", "sk", "ca",
}

// Config chooses the detector's candidates and thresholds. The zero value is
// the documented default.
type Config struct {
	Languages       []string // ISO 639-1 candidates; nil means DefaultLanguages
	HighAccuracy    bool     // lingua's high-accuracy mode alone: far more memory and load time, and no word lists (on wire headlines 91.1% right against 98.3%)
	Preload         bool     // load every candidate's models in New instead of on first use
	SampleRunes     int      // code points of a document that lingua sees in all; default 400
	MinSampleRunes  int      // ... but at least this many per detected paragraph; default 120
	ChunkLetters    int      // consecutive short lines are joined until they hold this many letters; default 40
	MinLetters      int      // a paragraph with fewer letters inherits its neighbour's language; default 12
	MinConfidence   float64  // below this a paragraph is "und"; default 0.25
	HintLetters     int      // a hint loses only to a text with at least this many letters, most in a script its language is not written in; default 20
	MaxParagraphs   int      // paragraphs detected per document, evenly spread; default 4
	LowerRunes      int      // a first look at this many code points of a sample's words that do not start with a capital ...; default 40
	LowerConfidence float64  // ... settles the language when at least this sure; default 0.99
	QuickRunes      int      // then a look at this many code points of a sample; default 120
	QuickConfidence float64  // ... settles the language when at least this sure; default 0.95
	AgreeRunes      int      // a look at this many code points of a later paragraph's lowercase words ...; default 40
	AgreeConfidence float64  // ... settles it when that says the first paragraph's language this surely; default 0.8
	ShortLetters    int      // a paragraph with fewer letters takes the language of the longer ones when they have one; default 80
	NoWordLists     bool     // weigh no word lists (wordlists.go): to measure what they add
	WordLists       []byte   // a word-lists file (BuildWordLists) instead of the embedded words.zst
}

func (c Config) withDefaults() Config {
	if c.Languages == nil {
		c.Languages = DefaultLanguages
	}
	if c.SampleRunes <= 0 {
		c.SampleRunes = 400
	}
	if c.MinSampleRunes <= 0 {
		c.MinSampleRunes = 120
	}
	if c.ChunkLetters <= 0 {
		c.ChunkLetters = 40
	}
	if c.MinLetters <= 0 {
		c.MinLetters = 12
	}
	if c.MinConfidence <= 0 {
		c.MinConfidence = 0.25
	}
	if c.HintLetters <= 0 {
		c.HintLetters = 20
	}
	if c.ShortLetters <= 0 {
		c.ShortLetters = 80
	}
	if c.QuickRunes <= 0 {
		c.QuickRunes = 120
	}
	if c.QuickConfidence <= 0 {
		c.QuickConfidence = 0.95
	}
	if c.LowerRunes <= 0 {
		c.LowerRunes = 40
	}
	if c.LowerConfidence <= 0 {
		c.LowerConfidence = 0.99
	}
	if c.AgreeRunes <= 0 {
		c.AgreeRunes = 40
	}
	if c.AgreeConfidence <= 0 {
		c.AgreeConfidence = 0.8
	}
	if c.MaxParagraphs <= 0 {
		c.MaxParagraphs = 4
	}
	return c
}

// Segment is a stretch of a document in one language: code-point offsets, End exclusive.
type Segment struct {
	Start, End int
	Lang       string
}

// Detection is the answer for one document.
type Detection struct {
	Lang       string             // ISO 639-1, or Und
	Confidence float64            // 0..1
	Languages  []schema.LangShare // shares by letters, largest first; set only when more than one language
	Segments   []Segment          // the paragraphs with their languages, covering the text in order
}

// Detector detects languages. It is safe for concurrent use; build one per
// process and share it (lingua's models load lazily, once).
type Detector struct {
	cfg       Config
	lingua    lingua.LanguageDetector
	supported map[string]bool
	// nordic: at least two of Danish, Norwegian and Swedish are candidates
	// (see nordicChoice)
	nordic bool
	// agree holds, per candidate language, a detector over fewer
	// candidates (see agreeLanguages) for the short look that confirms a
	// later paragraph keeps the document's language. lingua's cost per call
	// grows with the candidates; its models are shared by all detectors.
	agree map[string]lingua.LanguageDetector
	// quick scorers over the same candidates as lingua and agree, with
	// lingua's tables (see quick); nil when they cannot be built.
	quick      *quick
	agreeQuick map[string]*quick
	// primed: lingua's tables of the candidates of each alphabet quick
	// scores are loaded (see prime)
	primed [cyrillicAlphabet + 1]sync.Once
	// detected counts documents up to logTableAfter, when the log table
	// is built (see logTable).
	detected atomic.Int64
}

// logTableAfter is the number of documents detected without the log table:
// it costs ~35 ms of CPU and 24 MB to build (BenchmarkLogTable), more than
// a few documents' detection saves, so a process that detects one document (an
// extract of one file) never builds it, and one that detects a stream builds
// it while its other goroutines go on without it. Scores are the same
// either way.
const logTableAfter = 16

// agreeCore are the candidates of every confirming look: the languages the
// extractors know, one or more of every large family.
var agreeCore = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "tr"}

// agreeFamilies: a confirming look for a language also weighs its close
// relatives, the languages a paragraph is most easily mistaken for
// (Catalan in a Spanish document, Ukrainian in a Russian one).
var agreeFamilies = [][]string{
	{"en", "de", "nl", "sv", "da", "nb"},
	{"fr", "es", "it", "pt", "ro", "ca"},
	{"pl", "cs", "sk", "hr", "uk", "ru", "bg"},
	{"fi", "hu"},
	{"ar", "fa", "he"},
	{"zh", "ja", "ko"},
	{"hi"}, {"id", "vi"}, {"el"}, {"tr"},
}

// agreeLanguages returns the candidates of a confirming look for lang,
// among the detector's candidates: agreeCore, lang and its family.
func agreeLanguages(lang string, candidates map[string]bool) []string {
	want := map[string]bool{lang: true}
	for _, l := range agreeCore {
		want[l] = true
	}
	for _, f := range agreeFamilies {
		if slices.Contains(f, lang) {
			for _, l := range f {
				want[l] = true
			}
		}
	}
	var out []string
	for l := range want {
		if candidates[l] {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// New builds a Detector. It fails on a language code lingua does not know.
func New(cfg Config) (*Detector, error) {
	cfg = cfg.withDefaults()
	var langs []lingua.Language
	var codes []string // lingua's codes, lowercase, each once ("nb" for "no")
	supported := make(map[string]bool, len(cfg.Languages))
	for _, code := range cfg.Languages {
		l := fromCode(code)
		if l == lingua.Unknown {
			return nil, fmt.Errorf("lang: unsupported language %q", code)
		}
		if code = linguaCode(strings.ToLower(code)); !supported[code] {
			langs = append(langs, l)
			codes = append(codes, code)
			supported[code] = true
		}
	}
	cfg.Languages = codes
	if len(langs) < 2 {
		return nil, fmt.Errorf("lang: need at least two candidate languages, got %d", len(langs))
	}
	b := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...)
	if cfg.HighAccuracy {
		highAccuracyUsed.Store(true)
	} else {
		b = b.WithLowAccuracyMode()
	}
	if cfg.Preload {
		b = b.WithPreloadedLanguageModels()
	}
	d := &Detector{cfg: cfg, lingua: b.Build(), supported: supported, agree: map[string]lingua.LanguageDetector{}, agreeQuick: map[string]*quick{}}
	n := 0
	for _, l := range []string{"da", "nb", "sv"} {
		if supported[l] {
			n++
		}
	}
	d.nordic = n >= 2
	for code := range supported {
		ls := agreeLanguages(code, supported)
		if len(ls) < 2 || len(ls) >= len(supported) {
			continue // the main detector is as cheap
		}
		ll := make([]lingua.Language, len(ls))
		for i, c := range ls {
			ll[i] = fromCode(c)
		}
		ab := lingua.NewLanguageDetectorBuilder().FromLanguages(ll...)
		if !cfg.HighAccuracy {
			ab = ab.WithLowAccuracyMode()
		}
		d.agree[code] = ab.Build()
		if !cfg.HighAccuracy { // quick scores as the low-accuracy mode does
			d.agreeQuick[code] = newQuick(d.agree[code], ls)
		}
	}
	if !cfg.HighAccuracy {
		d.quick = newQuick(d.lingua, d.cfg.Languages)
	}
	if !cfg.NoWordLists && d.quick != nil { // lingua's high-accuracy mode alone weighs no lists
		w, err := embeddedWordLists()
		if cfg.WordLists != nil {
			w, err = readWordLists(cfg.WordLists)
		}
		if err != nil {
			return nil, err
		}
		d.quick.useWords(w)
		for _, q := range d.agreeQuick {
			q.useWords(w)
		}
	}
	return d, nil
}

var (
	defaultOnce sync.Once
	defaultDet  *Detector
	defaultErr  error
)

// Default returns the process-wide detector with the default Config.
func Default() (*Detector, error) {
	defaultOnce.Do(func() { defaultDet, defaultErr = New(Config{}) })
	return defaultDet, defaultErr
}

// Languages returns the candidate languages, as Detect reports them
// (Norwegian as "no").
func (d *Detector) Languages() []string {
	out := make([]string, len(d.cfg.Languages))
	for i, l := range d.cfg.Languages {
		out[i] = reported(l)
	}
	return out
}

// Supports reports whether code is a candidate language.
func (d *Detector) Supports(code string) bool { return d.supported[linguaCode(strings.ToLower(code))] }

// Norwegian is reported as "no", whether lingua finds Bokmål ("nb") or
// Nynorsk ("nn"): downstream, the two are one language.
const norwegian = "no"

// reported returns the code Detect reports for a lingua code.
func reported(code string) string {
	if code == "nb" || code == "nn" {
		return norwegian
	}
	return code
}

// linguaCode returns lingua's code for a reported one.
func linguaCode(code string) string {
	if code == norwegian {
		return "nb"
	}
	return code
}

func fromCode(code string) lingua.Language {
	code = linguaCode(strings.ToLower(code))
	iso := lingua.GetIsoCode639_1FromValue(strings.ToUpper(code))
	if iso == lingua.UnknownIsoCode639_1 {
		return lingua.Unknown
	}
	return lingua.GetLanguageFromIsoCode639_1(iso)
}

func toCode(l lingua.Language) string {
	if l == lingua.Unknown {
		return Und
	}
	return strings.ToLower(l.IsoCode639_1().String())
}

type paragraph struct {
	start, end int // code points
	startB     int // byte offset of text in the document
	text       string
	letters    int
	lang       string
	conf       float64
}

// Detect detects the language of s. hint is the caller's claim ("" for none).
func (d *Detector) Detect(s, hint string) Detection {
	hint = reported(strings.ToLower(hint)) // Norwegian is "no", whichever form the caller names
	if d.quick != nil && d.detected.Load() < logTableAfter && d.detected.Add(1) == logTableAfter {
		d.useLogTable()
	}
	paras := split(s, d.cfg.ChunkLetters)
	var cand []int
	for i := range paras {
		if paras[i].letters >= d.cfg.MinLetters {
			cand = append(cand, i)
		}
	}
	if len(cand) > d.cfg.MaxParagraphs {
		// Evenly spread picks keep the cost bounded and still see every part
		// of a long document.
		picked := make([]int, d.cfg.MaxParagraphs)
		for k := range picked {
			picked[k] = cand[k*(len(cand)-1)/(d.cfg.MaxParagraphs-1)]
		}
		cand = picked
	}
	per := d.cfg.SampleRunes
	if len(cand) > 1 {
		per = max(d.cfg.SampleRunes/len(cand), d.cfg.MinSampleRunes)
	}
	detected := len(cand)
	ref := -1 // the first paragraph detected in full
	for _, i := range cand {
		p := &paras[i]
		if ref >= 0 && d.agrees(p.text, paras[ref].lang) {
			// The reference's language is also this paragraph's best on a
			// short look: mixed documents are rare, so this spares most
			// paragraphs their full detection.
			p.lang, p.conf = paras[ref].lang, paras[ref].conf
			continue
		}
		p.lang, p.conf = d.best(sample(p.text, per))
		if p.conf < d.cfg.MinConfidence {
			p.lang = Und
		}
		if ref < 0 && p.lang != Und {
			ref = i
		}
	}
	if detected == 0 && len(paras) > 0 {
		// Only short paragraphs: judge them together.
		all := &paras[0]
		all.lang, all.conf = d.best(sample(s, d.cfg.SampleRunes))
		if all.conf < d.cfg.MinConfidence {
			all.lang = Und
		}
	}
	inherit(paras)
	absorbShort(paras, d.cfg.ShortLetters)
	for i := range paras {
		paras[i].lang = reported(paras[i].lang)
	}

	shares := map[string]int{}
	confSum := map[string]float64{}
	total := 0
	for _, p := range paras {
		shares[p.lang] += p.letters
		confSum[p.lang] += p.conf * float64(p.letters)
		total += p.letters
	}
	det := Detection{Lang: Und}
	if total > 0 {
		best := Und
		for l, n := range shares {
			if l != Und && (best == Und || n > shares[best] || (n == shares[best] && l < best)) {
				best = l
			}
		}
		if best != Und {
			det.Lang = best
			det.Confidence = round3(confSum[best] / float64(shares[best]))
		}
		if len(shares) > 1 {
			for l, n := range shares {
				det.Languages = append(det.Languages, schema.LangShare{Lang: l, Share: round3(float64(n) / float64(total))})
			}
			sort.Slice(det.Languages, func(i, j int) bool {
				a, b := det.Languages[i], det.Languages[j]
				return a.Share > b.Share || (a.Share == b.Share && a.Lang < b.Lang)
			})
		}
	}
	for _, p := range paras {
		det.Segments = append(det.Segments, Segment{Start: p.start, End: p.end, Lang: p.lang})
	}
	if hint != "" {
		d.applyHint(&det, s, hint)
	}
	return det
}

// applyHint lets the caller's hint win over detection, unless the text
// has at least HintLetters letters and most of them are in a script the
// hint's language is not written in (a "de" hint on Russian text).
// Detection is unsure on short texts, and a caller who names the language
// usually knows it.
func (d *Detector) applyHint(det *Detection, s, hint string) {
	if hint == det.Lang || contradicts(s, hint, d.cfg.HintLetters) {
		return
	}
	if c, ok := d.confidence(s, hint); ok {
		det.Confidence = round3(c)
	}
	// A mixed document with paragraphs in the hint's language: the hint
	// names the main language, and each paragraph keeps its own (before,
	// an English paragraph of a German-hinted text was read as German, and
	// the shares named German twice).
	if slices.ContainsFunc(det.Languages, func(l schema.LangShare) bool { return l.Lang == hint }) {
		det.Lang = hint
		return
	}
	for i := range det.Segments {
		if det.Segments[i].Lang == det.Lang || det.Segments[i].Lang == Und {
			det.Segments[i].Lang = hint
		}
	}
	for i := range det.Languages {
		if det.Languages[i].Lang == det.Lang {
			det.Languages[i].Lang = hint
		}
	}
	det.Lang = hint
}

// confidence returns how likely lang is for s, when it is a candidate.
func (d *Detector) confidence(s, lang string) (float64, bool) {
	if !d.Supports(lang) {
		return 0, false
	}
	lang = linguaCode(lang)
	text := sample(s, d.cfg.QuickRunes)
	if d.quick != nil {
		if confs, _, ok := d.quick.weights(text); ok {
			for k, c := range d.quick.codes {
				if c == lang {
					return confs[k], true
				}
			}
		}
	}
	d.primeFor(text)
	return d.lingua.ComputeLanguageConfidence(text, fromCode(lang)), true
}

// best returns the most likely language of text and its confidence. Text
// quick can score is settled by quick.weigh, on a few of its lowercase
// words when that is sure, else on a short prefix. Other text goes to
// lingua, whose cost grows with the text: it first looks at a few of its
// lowercase words, then at a short prefix, and reads the whole sample only
// when both leave it unsure.
func (d *Detector) best(text string) (string, float64) {
	if d.quick != nil {
		// a first look at a few lowercase words settles most texts
		if words := lowerWords(text, d.cfg.LowerRunes); utf8.RuneCountInString(words) >= d.cfg.LowerRunes/2 {
			if l, c, ok := d.quick.weigh(words); ok && c >= d.cfg.LowerConfidence {
				return d.settleNordic(text, l, c)
			}
		}
		if l, c, ok := d.quick.weigh(sample(text, d.cfg.QuickRunes)); ok {
			return d.settleNordic(text, l, c)
		}
	}
	if words := lowerWords(text, d.cfg.LowerRunes); len(words) < len(text) && utf8.RuneCountInString(words) >= d.cfg.LowerRunes/2 {
		if l, c := d.sure(d.quick, d.lingua, words, d.cfg.LowerConfidence); l != "" {
			return l, c
		}
	}
	if short := sample(text, d.cfg.QuickRunes); len(short) < len(text) {
		if l, c := d.sure(d.quick, d.lingua, short, d.cfg.QuickConfidence); l != "" {
			return l, c
		}
	} else if d.quick != nil {
		// text is the short look: quick may settle it as surely
		if l, c, ok := d.quick.top(text); ok && c >= d.cfg.QuickConfidence {
			return l, c
		}
	}
	return d.linguaTop(d.lingua, text)
}

// sure returns the most likely language of text and its confidence when it
// is at least min, else "": from the quick scorer when that is sure, else
// from lingua.
func (d *Detector) sure(q *quick, det lingua.LanguageDetector, text string, min float64) (string, float64) {
	if q != nil {
		if l, c, ok := q.top(text); ok && c >= min {
			return l, c
		}
	}
	if l, c := d.linguaTop(det, text); c >= min {
		return l, c
	}
	return "", 0
}

// linguaTop returns det's most likely language of text and its confidence
// (see top), with lingua's tables for text loaded first (primeFor).
func (d *Detector) linguaTop(det lingua.LanguageDetector, text string) (string, float64) {
	d.primeFor(text)
	return top(det, text)
}

// primeFor has lingua load the tables it reads for text before it scores
// it: those of the candidates of each alphabet text has letters of (see
// prime), once per alphabet. Quick reads tables of its own (see ngrams):
// a document quick settles never loads lingua's.
func (d *Detector) primeFor(text string) {
	if d.quick == nil {
		return
	}
	var latin, cyrillic bool
	for _, r := range text {
		switch {
		case r < 0x80:
			latin = latin || ('a' <= r|0x20 && r|0x20 <= 'z')
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic = true
		}
	}
	if latin {
		d.primeAlphabet(latinAlphabet)
	}
	if cyrillic {
		d.primeAlphabet(cyrillicAlphabet)
	}
}

// PrimeLingua has lingua load its tables of every candidate in Latin and
// Cyrillic letters now, as the first text it scores in them would: for a
// process that should not pay that (~0.15 s of CPU for the Latin ones) on a
// document, such as a worker warming up.
func (d *Detector) PrimeLingua() {
	if d.quick == nil {
		return
	}
	d.primeAlphabet(latinAlphabet)
	d.primeAlphabet(cyrillicAlphabet)
}

// primeAlphabet has lingua load its tables of the candidates of alphabet a
// (see prime), once.
func (d *Detector) primeAlphabet(a alphabet) {
	if a == latinAlphabet || a == cyrillicAlphabet {
		d.primed[a].Do(func() { d.prime(a) })
	}
}

// prime has lingua load its trigram, bigram and letter tables of the
// candidates of alphabet a, decoded here (see decodeTable), or, when they
// cannot be, by lingua itself for a word of a rare letter, which misses
// every trigram and bigram.
func (d *Detector) prime(a alphabet) {
	var ls []lingua.Language
	var codes []string
	for k, l := range d.quick.langs {
		if d.quick.abc[k] == a && !slices.Contains(ls, l) {
			ls = append(ls, l)
			codes = append(codes, d.quick.codes[k])
		}
	}
	var jobs []func()
	for _, l := range ls {
		jobs = append(jobs, func() {
			loadTable(d.quick.uni, l, 1)
			loadTable(d.quick.bi, l, 2)
			loadTable(d.quick.tri, l, 3)
		})
	}
	onEveryCore(jobs)
	if !loaded([]*sync.Map{d.quick.uni, d.quick.bi, d.quick.tri}, ls) {
		linguaLoad(codes)
	}
}

// useLogTable builds the log table of the quick scorers' languages and has
// them score with it.
func (d *Detector) useLogTable() {
	if t := newLogTable(d.quick); t != nil {
		d.quick.useLogTable(t)
		for _, q := range d.agreeQuick {
			q.useLogTable(t)
		}
		// the scorers no longer read the n-gram tables (~12 MB): a scorer
		// that still needs one reads it again
		gramsByLang.Clear()
	}
}

// linguaLoad has lingua load the trigram, bigram and letter tables of the
// candidates in Latin and Cyrillic letters, as a word of a rare letter
// does (see prime), on every core: lingua loads a detector's languages one
// after the other, so each core gets a detector over its share of them.
// prime falls back on it when loadTable cannot decode lingua's tables.
func linguaLoad(codes []string) {
	var latin, cyrillic []lingua.Language
	for _, c := range codes {
		switch alphabetOf(c) {
		case latinAlphabet:
			latin = append(latin, fromCode(c))
		case cyrillicAlphabet:
			cyrillic = append(cyrillic, fromCode(c))
		}
	}
	var wg sync.WaitGroup
	load := func(ls []lingua.Language, word string) {
		if len(ls) < 2 {
			return // lingua's rules answer for a single language without its tables
		}
		wg.Go(func() {
			lingua.NewLanguageDetectorBuilder().FromLanguages(ls...).WithLowAccuracyMode().Build().ComputeLanguageConfidenceValues(word)
		})
	}
	shares := max(1, min(runtime.GOMAXPROCS(0), len(latin)/2)) // at least two languages each
	for j := range shares {
		var ls []lingua.Language
		for i := j; i < len(latin); i += shares {
			ls = append(ls, latin[i])
		}
		load(ls, "ɋɋɋ")
	}
	load(cyrillic, "ӂӂӂ")
	wg.Wait()
}

// agrees reports whether lang is the most likely language of a short
// look at text.
func (d *Detector) agrees(text, lang string) bool {
	look := lowerWords(text, d.cfg.AgreeRunes)
	if utf8.RuneCountInString(look) < d.cfg.AgreeRunes/2 {
		return false
	}
	det, q := d.lingua, d.quick
	if a, ok := d.agree[lang]; ok {
		det, q = a, d.agreeQuick[lang]
	}
	if q != nil {
		l, c, ok := q.top(look)
		if ok && l == lang && c >= d.cfg.AgreeConfidence {
			return true
		}
		if ok && d.nordicChoice(lang) && d.nordicChoice(l) {
			// Danish, Norwegian and Swedish look alike at low accuracy:
			// the scorer that settles them in full detection (see
			// settleNordic) settles the short look too
			nl, nc := d.settleNordic(look, l, 1)
			return nl == lang && nc >= d.cfg.AgreeConfidence
		}
	}
	l, c := d.linguaTop(det, look)
	return l == lang && c >= d.cfg.AgreeConfidence
}

// top returns det's most likely language of text and its confidence.
func top(det lingua.LanguageDetector, text string) (string, float64) {
	vals := det.ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return Und, 0
	}
	return toCode(vals[0].Language()), vals[0].Value()
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// split cuts s into paragraphs at line breaks, with code-point offsets. A
// line with fewer than chunk letters is joined with the next one (so a
// one-line-per-sentence text is judged on more than a sentence at a time), and
// a line without letters joins the paragraph before it: the paragraphs cover s.
func split(s string, chunk int) []paragraph {
	var out []paragraph
	cp, startCP, startB, letters := 0, 0, 0, 0
	flush := func(endB int) {
		if letters > 0 || len(out) == 0 {
			out = append(out, paragraph{start: startCP, end: cp, startB: startB, text: s[startB:endB], letters: letters})
		} else {
			last := &out[len(out)-1]
			last.end, last.text = cp, s[last.startB:endB]
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
		cp++
		if r == '\n' && (letters == 0 || letters >= chunk || strings.HasPrefix(s[i+1:], "\n")) {
			flush(i + 1)
			startCP, startB, letters = cp, i+1, 0
		}
	}
	if startB < len(s) {
		flush(len(s))
	}
	return out
}

// absorbShort gives a paragraph of fewer than short letters, detected less
// than shortConfidence sure, the language of the document's longer
// paragraphs when they all have one language and it differs: a headline of
// a few words is where detection errs, and a headline in another language
// than its article is rarer than that error. The threshold was chosen on
// val documents; a headline detected surely in another language keeps it
// ("Masp inaugura retrospectiva de Tarsila do Amaral" over a Portuguese
// article is Spanish at 0.905).
func absorbShort(paras []paragraph, short int) {
	const shortConfidence = 0.9
	main := ""
	for _, p := range paras {
		if p.letters < short || p.lang == Und || p.lang == "" {
			continue
		}
		if main != "" && p.lang != main {
			return // a mixed document: its short paragraphs may be mixed too
		}
		main = p.lang
	}
	if main == "" {
		return
	}
	for i := range paras {
		if paras[i].letters < short && paras[i].lang != main && paras[i].conf < shortConfidence {
			paras[i].lang = main
		}
	}
}

// inherit gives paragraphs that were not detected the language of their
// neighbour: the previous one, or the next one at the start.
func inherit(paras []paragraph) {
	prev := ""
	for i := range paras {
		if paras[i].lang != "" {
			prev = paras[i].lang
		} else if prev != "" {
			paras[i].lang = prev
		}
	}
	next := Und
	for i := len(paras) - 1; i >= 0; i-- {
		if paras[i].lang != "" {
			next = paras[i].lang
		} else {
			paras[i].lang = next
		}
	}
}

// lowerWords returns the words of s that do not start with a capital letter,
// about n code points of them. Names say little about the language
// around them (a French paragraph that opens with "Barry Gibb, Maurice
// Gibb" looks English for a while), and common words say much.
func lowerWords(s string, n int) string {
	var b strings.Builder
	count := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || !unicode.IsLetter(r) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
			count++
		}
		b.WriteString(w)
		if count += utf8.RuneCountInString(w); count >= n {
			break
		}
	}
	return b.String()
}

// sample returns at most n code points of s, cut at a word boundary.
func sample(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, count := len(s), 0
	for i := range s {
		if count == n {
			cut = i
			break
		}
		count++
	}
	if j := strings.LastIndexAny(s[:cut], " \t\n"); j > cut/2 {
		cut = j
	}
	return s[:cut]
}
