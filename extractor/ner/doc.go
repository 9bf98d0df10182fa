// Package ner finds PERSON and ORGANIZATION mentions in tokenized text with
// the project's own sequence taggers: structured averaged perceptrons over
// BILOU tags with first-order Viterbi decoding, one model per language (cs da
// de en es fr it nl no pl pt ru sv uk; each the average of three perceptrons
// trained on different orders of the data) and a multilingual model ("xx")
// for every other language and for "und".
//
// Find tags a document one sentence at a time (text.SentencesIn), then makes it
// consistent: a name found in one sentence is also tagged where it recurs
// untagged in another. TagTokens tags one pre-tokenized sentence (for scoring
// on gold tokens).
//
// The package owns the models end to end: feature extraction, decoding, the
// embedded model files under models/ (zstd-compressed, decoded lazily once
// per language and shared read-only by all goroutines), their cards
// (models/MODELS.md) and the trainer that builds them from the token-per-line
// data (Train, run by `entities train`).
//
// It does not tokenize (extractor/text does), detect languages
// (extractor/lang), resolve or link names (extractor/resolve), or know about
// money. Taggers are trained on PER, ORG, LOC and MISC so they can tell
// locations and other names apart from organizations, but only PERSON and
// ORGANIZATION leave the package.
package ner
