// Package lang tells which language a document is written in, with
// github.com/pemistahl/lingua-go.
//
// It owns the choice of candidate languages, the bounded text sample that
// lingua sees (lingua's time grows with text length times candidates), the
// confidence threshold below which the answer is "und", the verification of a
// caller's language hint, and per-paragraph detection of mixed documents. It
// does not know what is extracted in which language: the extractor decides that.
//
// Rules, in order:
//   - The text is split into paragraphs at line breaks; consecutive lines
//     with fewer than ChunkLetters letters are joined, and a blank line always
//     ends a paragraph. Paragraphs with at least MinLetters letters are
//     candidates; at most MaxParagraphs of them, evenly spread, are detected,
//     each on a sample of SampleRunes/n code points (at least MinSampleRunes),
//     cut at a word boundary. A paragraph is first judged on about LowerRunes
//     code points of its words that do not start with a capital (names
//     mislead more than they inform), settled when at least LowerConfidence
//     sure, else on QuickRunes code points of it (see weigh below). Only the first
//     detected paragraph gets all that: a later one gets a look at
//     AgreeRunes code points of its words that do not start with a capital
//     and keeps the first paragraph's language when that look names it at
//     least AgreeConfidence sure (most documents are in one language);
//     otherwise it is detected like the first. That look weighs
//     fewer candidates, since lingua's cost grows with them: the eleven
//     languages the extractors know plus the language's close relatives
//     (Catalan for Spanish, Ukrainian for Russian, Danish for Swedish: see
//     agreeFamilies and TestCloseRelativeParagraph). A paragraph in a
//     language outside that set passes only if lingua finds it closer to the
//     document's language than to all eleven; that risk is not measured (the
//     val data has eight languages), and it is the price of ~0.1 ms a look. The
//     paragraphs that are not detected take the language of the paragraph
//     before them (or after, at the start). So the cost per document is bounded
//     whatever its length: see BenchmarkDetect2KB. TestValAccuracy (-val)
//     measures accuracy on the NER val text, also in mixed documents.
//   - Text in Latin or Cyrillic letters is scored by quick.weigh over
//     lingua's own trigram tables (low-accuracy mode, in float64, without
//     lingua's per-call cost of ~0.1 ms; the default candidates' tables are
//     embedded as sorted arrays, quickgrams.zst, read in a few milliseconds
//     where decoding lingua's zipped tables into its maps took ~0.15 s; lingua
//     loads its own only when it is asked to score a text): capitalized words that are no
//     function word (likely names) weigh 0.3, every function word of a
//     language (words.go, small lists written for this package) adds 2 nats to it,
//     every word of a language's list of frequent words (wordlists.go,
//     words.zst, built by `entities train` from the training text) adds 4
//     (a language without a list, for each word, the share of the lists
//     that hold it), a lowercase word with a letter one candidate alone
//     writes (uniqueLetters) adds 4 to it, wire
//     abbreviations without a vowel ("bln", "pct") count for none, and a
//     language that is not primary (the extractors' languages, Danish and
//     Norwegian) starts 6 nats behind (3 for Catalan, Czech, Ukrainian and
//     Romanian, which have function words too), so that a short English text does not
//     come out Indonesian. A text found Danish, Norwegian or Swedish is
//     settled among those four (with Nynorsk) by lingua's high-accuracy
//     tables, loaded on first need. Norwegian, Bokmål or Nynorsk, is
//     reported as "no". Other scripts, and confirming looks, go to lingua
//     (first to the plain quick scorer, where it is sure). Single val
//     sentences of 10-40 words are 99.1-100% right in every language
//     (TestSentenceAccuracy -val), wire headlines of 3-10 words 98.3%
//     (TestHeadlineAccuracy).
//   - A paragraph whose best language has confidence below MinConfidence is
//     "und". A paragraph of fewer than ShortLetters letters whose language,
//     less than 0.9 sure, differs from the one language of the longer
//     paragraphs takes that language (absorbShort: a headline over its
//     article). The document's language is the one with the largest share of
//     letters; its confidence is the letter-weighted mean of its paragraphs'.
//     Languages lists the shares when there is more than one.
//   - A hint (the document's "lang") wins, unless the text has at least
//     HintLetters letters and most of them are in a script the hint's
//     language is not written in (a "de" hint on Cyrillic text): a caller
//     who names the language usually knows it, and detection is least sure
//     on the short texts where a hint matters.
//
// Low-accuracy mode over DefaultLanguages is the default: high-accuracy mode
// for all languages takes ~1.9 GB and ~10 s to load, and on news-length
// paragraphs it rarely changes the answer. Config.HighAccuracy turns it on.
package lang
