// Package export aggregates mentions into entities: one record per entity
// key with its type, canonical name, aliases and their counts, languages,
// mention and document counts, first and last seen, and for MONEY the amount
// and currency. It writes them as JSON lines or CSV.
//
// Memory grows with the number of distinct entities (and their distinct
// aliases and languages), not with the number of mentions: each mention only
// bumps counters. Document counts are exact up to DocumentSetLimit documents
// per entity (a set of 64-bit hashes of document ids, which also drops the
// duplicates at-least-once delivery produces); past that limit the count goes
// on without deduplication and the record says documents_exact=false.
//
// It knows nothing of Kafka or files: the export command feeds it documents
// from entity topics or from result files.
package export
