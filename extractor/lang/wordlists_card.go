package lang

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// sentenceValSets are running-text val sentences of every language the extractors
// know (and Danish, Norwegian, Czech, Ukrainian), from ../shared/data: the
// NER and POS files (one token a line) and Italian Wikinews (one sentence a
// line). TestSentenceAccuracy reads them, and the word lists' card reports
// on them.
var sentenceValSets = []struct{ path, lang string }{
	{"ner/conll/en/val.tsv", "en"}, {"ner/uner/en/val.tsv", "en"},
	{"ner/conll/de/val.tsv", "de"}, {"ner/germeval/de/val.tsv", "de"},
	{"ner/conll/es/val.tsv", "es"}, {"upos/UD_Spanish-GSD/val.tsv", "es"},
	{"upos/UD_French-GSD/val.tsv", "fr"},
	{"text/it/wikinews.txt", "it"},
	{"ner/conll/nl/val.tsv", "nl"}, {"upos/UD_Dutch-Alpino/val.tsv", "nl"},
	{"ner/uner/pt/val.tsv", "pt"},
	{"ner/slavicner/pl/val.tsv", "pl"},
	{"ner/factrueval/ru/val.tsv", "ru"}, {"ner/slavicner/ru/val.tsv", "ru"},
	{"ner/webbnyheter/sv/val.tsv", "sv"}, {"ner/uner/sv/val.tsv", "sv"},
	{"ner/uner/da/val.tsv", "da"},
	{"ner/uner/nb/train.tsv", "no"}, {"ner/uner/nn/train.tsv", "no"}, // no val split
	{"ner/slavicner/cs/val.tsv", "cs"}, {"ner/slavicner/uk/val.tsv", "uk"},
}

// readTokenSentences returns the sentences of a data file as tokens: a file
// of one token a line (tab and tag after it, a blank line between
// sentences), or, for .txt, one tokenized sentence a line.
func readTokenSentences(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var sent []string
	flush := func() {
		if len(sent) > 0 {
			out = append(out, sent)
			sent = nil
		}
	}
	lines := strings.HasSuffix(path, ".txt")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case lines:
			sent = strings.Fields(l)
			flush()
		case strings.TrimSpace(l) == "" || strings.HasPrefix(l, "-DOCSTART-"):
			flush()
		default:
			tok, _, _ := strings.Cut(l, "\t")
			sent = append(sent, tok)
		}
	}
	flush()
	return out, sc.Err()
}

// sampleSentences returns up to n of sents with minWords to maxWords words,
// spread evenly, each its tokens joined by spaces.
func sampleSentences(sents [][]string, n, minWords, maxWords int) []string {
	var all []string
	for _, toks := range sents {
		words := 0
		for _, tok := range toks {
			if strings.IndexFunc(tok, unicode.IsLetter) >= 0 {
				words++
			}
		}
		if words >= minWords && words <= maxWords {
			all = append(all, strings.Join(toks, " "))
		}
	}
	if len(all) <= n {
		return all
	}
	out := make([]string, n)
	for i := range out {
		out[i] = all[i*len(all)/n]
	}
	return out
}

// WordListScore is the share of val sentences of one language detected
// right without and with the word lists.
type WordListScore struct {
	Lang          string
	MinWords      int
	MaxWords      int
	Sentences     int
	Without, With float64
}

// MeasureWordLists detects the val sentences of sentenceValSets under data, short
// (3-8 words) and of 10-40 words, up to 2,000 a set, without and with the
// word lists file, and returns the share right per language and length.
func MeasureWordLists(data string, file []byte) ([]WordListScore, error) {
	without, err := New(Config{NoWordLists: true})
	if err != nil {
		return nil, err
	}
	with, err := New(Config{WordLists: file})
	if err != nil {
		return nil, err
	}
	var out []WordListScore
	for _, r := range [][2]int{{3, 8}, {10, 40}} {
		at := map[string]int{}
		for _, set := range sentenceValSets {
			sents, err := readTokenSentences(filepath.Join(data, set.path))
			if err != nil {
				return nil, err
			}
			k, ok := at[set.lang]
			if !ok {
				k = len(out)
				at[set.lang] = k
				out = append(out, WordListScore{Lang: set.lang, MinWords: r[0], MaxWords: r[1]})
			}
			for _, s := range sampleSentences(sents, 2000, r[0], r[1]) {
				out[k].Sentences++
				if without.Detect(s, "").Lang == set.lang {
					out[k].Without++
				}
				if with.Detect(s, "").Lang == set.lang {
					out[k].With++
				}
			}
		}
	}
	for k := range out {
		out[k].Without /= float64(max(1, out[k].Sentences))
		out[k].With /= float64(max(1, out[k].Sentences))
	}
	return out, nil
}

// wordListLicences are the licences of the sources, by set, as
// ../shared/data/README.md gives them.
var wordListLicences = map[string]string{
	"conll": "CoNLL-2002/2003, research use (conll/it: machine-translated CoNLL-2003)", "germeval": "GermEval 2014, CC BY 4.0",
	"smartdata": "DFKI SmartData, CC BY 4.0", "mobie": "DFKI MobIE, CC BY 4.0", "ler": "LER, CC BY 4.0",
	"europeana": "Europeana Newspapers, CC0", "uner": "Universal NER, CC BY-SA 4.0", "factrueval": "factRuEval-2016, MIT",
	"wikiner": "WikiNER, CC BY", "webbnyheter": "Språkbanken Webbnyheter, CC BY 4.0", "lener": "LeNER-Br, MIT",
	"slavicner": "SlavicNER (BSNLP), research use", "btc": "Broad Twitter Corpus, CC BY 4.0", "wnut17": "WNUT-17, CC BY 4.0",
	"sec": "SEC filings NER, CC BY 3.0", "text": "public-domain novels (via the KIND corpus)",
}

// WriteWordListsCard writes the word lists' model card to path.
func WriteWordListsCard(path, command string, size, fileBytes int, srcs []WordListSource, scores []WordListScore) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Language-identification word lists (words.zst)\n\n")
	fmt.Fprintf(&b, "Written by `%s`; do not edit.\n\n", command)
	fmt.Fprintf(&b, "The %d most frequent lowercase words of each language's running text (ties in byte order), %d bytes\n", size, fileBytes)
	b.WriteString("compressed. Language detection adds a bonus to a language for every word of a text that is in its list\n")
	b.WriteString("(see extractor/lang/wordlists.go). Capitalized words and words with digits or other signs are not counted.\n\n")
	b.WriteString("## Sources\n\nThe training split of every labelled set but WikiANN (title fragments), and the Italian novels. No val\n")
	b.WriteString("split is used. Nynorsk counts as Norwegian (`nb`). Turkish has no running text here, so no list.\n\n")
	b.WriteString("| lang | file | lowercase words counted | licence |\n| --- | --- | --- | --- |\n")
	for _, s := range srcs {
		rel := filepath.ToSlash(s.Path)
		if i := strings.Index(rel, "/ner/"); i >= 0 {
			rel = rel[i+1:]
		} else if i := strings.Index(rel, "/text/"); i >= 0 {
			rel = rel[i+1:]
		}
		set := strings.Split(rel, "/")[1]
		if strings.HasPrefix(rel, "text/") {
			set = "text"
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %s |\n", s.Lang, rel, s.Tokens, wordListLicences[set])
	}
	b.WriteString("\n## Val\n\nShare of val sentences detected right without a hint, without and with the word lists (up to 2,000\n")
	b.WriteString("sentences a set, evenly spread; the sets of `TestSentenceAccuracy`).\n\n")
	b.WriteString("| lang | words | sentences | without | with |\n| --- | --- | --- | --- | --- |\n")
	for _, s := range scores {
		fmt.Fprintf(&b, "| %s | %d-%d | %d | %.1f%% | %.1f%% |\n", s.Lang, s.MinWords, s.MaxWords, s.Sentences, 100*s.Without, 100*s.With)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
