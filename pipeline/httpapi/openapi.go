package httpapi

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

	"entities/extractor/schema"
)

//go:embed openapi.json
var openAPITemplate []byte

// openAPI returns the OpenAPI document: the template with the input and
// output JSON Schemas of package schema put in, so the API is described by
// the very schemas the CLI and the pipeline are, and with the server's limits.
// The schemas' $defs become named components (Result, Mention, Failure...)
// and their $ids go, so every reference is a plain pointer into this one
// document that any OpenAPI tool resolves.
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
		delete(s, "$id")
		if defs, ok := s["$defs"].(map[string]any); ok {
			for def, v := range defs {
				comp := componentName(def)
				if _, dup := schemas[comp]; dup {
					return nil, fmt.Errorf("%s: $defs/%s clashes with component %s", file, def, comp)
				}
				schemas[comp] = v
			}
			delete(s, "$defs")
		}
		schemas[name] = s
	}
	rewriteRefs(schemas)
	post := doc["paths"].(map[string]any)["/v1/extract"].(map[string]any)["post"].(map[string]any)
	body := post["requestBody"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
	body["oneOf"].([]any)[1].(map[string]any)["maxItems"] = cfg.MaxDocuments
	return json.MarshalIndent(doc, "", "  ")
}

func componentName(def string) string {
	if def == "" {
		return def
	}
	return strings.ToUpper(def[:1]) + def[1:]
}

// rewriteRefs points the schemas' "#/$defs/x" references at their components.
func rewriteRefs(v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if ref, ok := x.(string); ok && k == "$ref" && strings.HasPrefix(ref, "#/$defs/") {
				v[k] = "#/components/schemas/" + componentName(strings.TrimPrefix(ref, "#/$defs/"))
				continue
			}
			rewriteRefs(x)
		}
	case []any:
		for _, x := range v {
			rewriteRefs(x)
		}
	}
}
