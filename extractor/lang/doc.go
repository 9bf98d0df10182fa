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
//   - The text is split into paragraphs at line breaks. Each paragraph with at
//     least MinLetters letters is detected on a sample of at most SampleRunes
//     code points (cut at a word boundary); shorter ones take the language of
//     the paragraph before them (or after, at the start).
//   - A paragraph whose best language has confidence below MinConfidence is
//     "und". The document's language is the one with the largest share of
//     letters; its confidence is the letter-weighted mean of its paragraphs'.
//   - A hint (the document's "lang") is verified: when detection agrees or
//     cannot tell, the hint wins; when detection is sure (confidence >=
//     OverrideConfidence) of another language and gives the hint less than
//     HintFloor, detection wins. A hint outside the candidate set is kept only
//     when detection cannot tell.
//   - At most MaxParagraphs paragraphs are detected; the rest inherit, so the
//     cost per document is bounded whatever its length.
package lang
