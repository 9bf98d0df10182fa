// Package schema defines the types that travel through the whole product: the
// input Document, the Mention found in it, and the per-document Result, plus
// the error codes that bad input is reported with (CLI error lines, the
// dead-letter topic, HTTP errors). It is a leaf: every other package may import
// it, it imports nothing of the project. docs/schema.md is its user-facing twin.
package schema
