package httpapi

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"entities/extractor/schema"
)

//go:embed openapi.json
var openAPITemplate []byte

// openAPI returns the OpenAPI document: the template with the input and
// output JSON Schemas of package schema put in, so the API is described by
// the very schemas the CLI and the pipeline are, and the server's limits.
func openAPI(cfg Config) ([]byte, error) {
	var doc map[string]any
	if err := json.Unmarshal(openAPITemplate, &doc); err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	for name, file := range map[string]string{"Document": "jsonschema/document.schema.json", "ResultLine": "jsonschema/result.schema.json"} {
		b, err := schema.JSONSchema.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var s map[string]any
		if err := json.Unmarshal(b, &s); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		delete(s, "$schema") // the document's jsonSchemaDialect says it
		schemas[name] = s
	}
	post := doc["paths"].(map[string]any)["/v1/extract"].(map[string]any)["post"].(map[string]any)
	body := post["requestBody"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
	body["oneOf"].([]any)[1].(map[string]any)["maxItems"] = cfg.MaxDocuments
	return json.MarshalIndent(doc, "", "  ")
}
