package lang

import (
	"errors"
	"flag"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var valFlag = flag.Bool("val", false, "measure detection accuracy on the NER val splits (needs the data folder)")

// dataDir is the shared data folder as seen from this package.
var dataDir = filepath.Join("..", "..", "..", "shared", "data")

// valSets are the val splits used to measure accuracy, by language.
var valSets = []struct{ set, lang string }{
	{"conll/en", "en"}, {"conll/de", "de"}, {"conll/es", "es"}, {"conll/nl", "nl"},
	{"wikiann/en", "en"}, {"wikiann/de", "de"}, {"wikiann/es", "es"}, {"wikiann/fr", "fr"},
	{"wikiann/nl", "nl"}, {"wikiann/pl", "pl"}, {"wikiann/pt", "pt"}, {"wikiann/ru", "ru"},
}

// valChunks returns up to n chunks of three consecutive val sentences of
// set, each its tokens joined by spaces.
func valChunks(t *testing.T, set string, n int) []string {
	t.Helper()
	var chunks, chunk []string
	for _, sent := range readSentences(t, filepath.Join("ner", set, "val.tsv")) {
		if len(chunks) == n {
			break
		}
		if chunk = append(chunk, strings.Join(sent, " ")); len(chunk) == 3 {
			chunks = append(chunks, strings.Join(chunk, " "))
			chunk = chunk[:0]
		}
	}
	return chunks
}

// readSentences returns the sentences of a data file as tokens: a file of
// one token a line (tab and tag after it, a blank line between sentences),
// or, for .txt, one tokenized sentence a line. It skips the test when the
// file is missing.
func readSentences(t *testing.T, path string) [][]string {
	t.Helper()
	out, err := readTokenSentences(filepath.Join(dataDir, path))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no val data: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestValAccuracy measures language detection on text from the NER val
// splits (CoNLL news, WikiANN's title-like Wikipedia sentences), with -val
// only. It reports three figures:
//
//   - chunks: one chunk of three sentences at a time (300 per set);
//   - paragraphs: documents of four such chunks as paragraphs, one language,
//     scored per paragraph;
//   - mixed: the same documents with one paragraph (in turn the first,
//     second, ...) replaced by a chunk of another set in another language,
//     scored on the paragraph of the other language (was it noticed and
//     named right) and on the rest.
func TestValAccuracy(t *testing.T) {
	if !*valFlag {
		t.Skip("run with -val")
	}
	d := detector(t)
	const perSet = 300
	chunks := make([][]string, len(valSets))
	for i, vs := range valSets {
		chunks[i] = valChunks(t, vs.set, perSet)
	}
	var chunkOK, chunkN int
	var paraOK, paraN int
	var foreignOK, foreignN, hostOK, hostN int
	for i, vs := range valSets {
		ok := 0
		for _, c := range chunks[i] {
			if d.Detect(c, "").Lang == vs.lang {
				ok++
			}
		}
		chunkOK += ok
		chunkN += len(chunks[i])

		pOK, pN := 0, 0
		fOK, fN := 0, 0
		for k := 0; k+4 <= len(chunks[i]); k += 4 {
			paras := chunks[i][k : k+4]
			got := paragraphLangs(d, paras)
			for _, l := range got {
				if l == vs.lang {
					pOK++
				}
				pN++
			}
			// the mixed twin: another language's chunk at position k/4 % 4
			j := (i + 1 + k/4) % len(valSets)
			for valSets[j].lang == vs.lang {
				j = (j + 1) % len(valSets)
			}
			pos := (k / 4) % 4
			mixed := append([]string(nil), paras...)
			mixed[pos] = chunks[j][(k/4)%len(chunks[j])]
			got = paragraphLangs(d, mixed)
			for p, l := range got {
				if p == pos {
					if l == valSets[j].lang {
						fOK++
					}
					fN++
					continue
				}
				if l == vs.lang {
					hostOK++
				}
				hostN++
			}
		}
		paraOK += pOK
		paraN += pN
		foreignOK += fOK
		foreignN += fN
		t.Logf("%-11s chunks %5.1f%%  paragraphs %5.1f%%  other-language paragraph %5.1f%%",
			vs.set, pct(ok, len(chunks[i])), pct(pOK, pN), pct(fOK, fN))
	}
	t.Logf("ALL         chunks %5.1f%% (%d)  paragraphs %5.1f%% (%d)  mixed: other-language paragraph %5.1f%% (%d), the rest %5.1f%% (%d)",
		pct(chunkOK, chunkN), chunkN, pct(paraOK, paraN), paraN, pct(foreignOK, foreignN), foreignN, pct(hostOK, hostN), hostN)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// paragraphLangs detects a document made of paras (blank lines between)
// and returns the language of the segment at each paragraph's start.
func paragraphLangs(d *Detector, paras []string) []string {
	text := strings.Join(paras, "\n\n")
	det := d.Detect(text, "")
	out := make([]string, len(paras))
	pos := 0
	for i, p := range paras {
		for _, s := range det.Segments {
			if s.Start <= pos && pos < s.End {
				out[i] = s.Lang
			}
		}
		pos += utf8.RuneCountInString(p) + 2
	}
	return out
}
