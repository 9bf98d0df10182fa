// Package extractor turns one document into its mentions: it detects the
// language (lang), tokenizes (text), tags people and organizations (ner), finds
// amounts of money (money) and gives every mention a canonical form and key
// (resolve). It is pure: text in, mentions out, no Kafka and no I/O beyond the
// models embedded in its subpackages. The pipeline, the CLI and the HTTP
// server all call it through the Extractor interface.
package extractor
