// Package resolve gives names canonical forms and stable keys. SKELETON: the resolve helper replaces this file.
package resolve

import (
	"strings"

	"entities/extractor/schema"
)

// Link fills Key, Canonical and LegalForm of the PERSON and ORGANIZATION
// mentions of one document (sorted by Start), linking later short forms to
// earlier full names. lang is the document language.
func Link(ms []schema.Mention, lang string) {
	for i := range ms {
		switch ms[i].Type {
		case schema.Person:
			ms[i].Canonical = ms[i].Text
			ms[i].Key = "person:" + strings.ToLower(ms[i].Text)
		case schema.Organization:
			ms[i].Canonical = ms[i].Text
			ms[i].Key = "organization:" + strings.ToLower(ms[i].Text)
		}
	}
}
