package schema

import "embed"

// JSONSchema holds the JSON Schema (draft 2020-12) files of the input
// document (jsonschema/document.schema.json) and the result line
// (jsonschema/result.schema.json), for validators and the HTTP API's OpenAPI.
//
//go:embed jsonschema/*.json
var JSONSchema embed.FS
