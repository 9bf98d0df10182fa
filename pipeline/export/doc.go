// Package export aggregates mentions into entities: one record per entity
// key with its type, canonical name, aliases and their counts, languages,
// mention and document counts, first and last seen, and for MONEY the amount
// and currency. It writes them as JSON lines or CSV.
//
// Mention and document counts do not depend on duplicates: a mention is
// identified by a 64-bit hash of its document id and entity key and its
// offsets, and one
// seen before (at-least-once delivery, a re-run over the same input) is not
// counted again; a document counts for an entity when it adds one of its
// mentions. documents_exact is therefore always true (it was false past 4,096
// documents per entity before). Memory grows with the number of distinct
// entities (and their aliases and languages) and with the distinct mentions,
// about 58 bytes each, not with duplicates.
//
// It knows nothing of Kafka or files: the export command feeds it documents
// from entity topics or from result files.
package export
