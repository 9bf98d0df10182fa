// Package ner finds PERSON and ORGANIZATION mentions in tokenized text with
// the project's own sequence taggers: structured averaged perceptrons over
// BILOU tags with first-order Viterbi decoding, one model per language (en de
// es nl fr pl pt ru) and a multilingual model ("xx") for every other language
// and for "und".
//
// The package owns the models end to end: feature extraction, decoding, the
// embedded model files under models/ (compressed, loaded lazily once per
// language and shared read-only by all goroutines) and the trainer that
// builds them from the token-per-line data (Train, used by `entities train`).
//
// It does not tokenize (extractor/text does), detect languages
// (extractor/lang), resolve or link names (extractor/resolve), or know about
// money. Taggers are trained on PER, ORG, LOC and MISC so they can tell
// locations and other names apart from organizations, but only PERSON and
// ORGANIZATION leave the package.
package ner
