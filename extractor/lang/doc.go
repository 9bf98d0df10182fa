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
//     cut at a word boundary; lingua first sees only LowerRunes code points of
//     its words that do not start with a capital (names mislead it more than
//     they inform it) and settles when at least LowerConfidence sure, then
//     QuickRunes code points of it, settling when at least QuickConfidence
//     sure, and reads the rest only when both leave it unsure. Only the first
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
//   - Every look that may settle a language is first scored by quick:
//     lingua's low-accuracy computation over lingua's own trigram tables, in
//     float64 and without lingua's per-call cost (exact-decimal softmax,
//     regexps per character, a goroutine: ~0.1 ms a call). Its answer is used
//     only when it is sure enough to settle; otherwise lingua itself looks.
//     On val looks the two disagree on 0.04% of the sure answers
//     (TestQuickMatchesLingua -val): lingua's rules for letters unique to a
//     few languages, which quick lacks.
//   - A paragraph whose best language has confidence below MinConfidence is
//     "und". The document's language is the one with the largest share of
//     letters; its confidence is the letter-weighted mean of its paragraphs'.
//     Languages lists the shares when there is more than one.
//   - A hint (the document's "lang") is verified: when detection agrees or
//     cannot tell, the hint wins; when detection is sure (confidence >=
//     OverrideConfidence) of another language and gives the hint less than
//     HintFloor, detection wins. A hint outside the candidate set is kept only
//     when detection cannot tell.
//
// Low-accuracy mode over DefaultLanguages is the default: high-accuracy mode
// for all languages takes ~1.9 GB and ~10 s to load, and on news-length
// paragraphs it rarely changes the answer. Config.HighAccuracy turns it on.
package lang
