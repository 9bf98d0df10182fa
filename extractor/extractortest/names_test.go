package extractortest

import (
	"testing"

	"entities/extractor/schema"
)

func TestLowercaseEdge(t *testing.T) {
	for _, tt := range []struct {
		typ  schema.Type
		text string
		want string
	}{
		{schema.Person, "Luca de Meo", ""},
		{schema.Person, "de Meo", ""},
		{schema.Person, "Marieke van den Berg", ""},
		{schema.Person, "von Hartenstein", ""},
		{schema.Organization, "Banca d'Italia", ""},
		{schema.Organization, "mBank", ""},
		{schema.Organization, "Bank of America", ""},
		{schema.Organization, "général", "général"},
		{schema.Organization, "le groupe Renault", "le"},
		{schema.Person, "Thomas Albrecht von", "von"},
		{schema.Organization, "Banque de France a", "a"},
		{schema.Organization, "prezydent", "prezydent"},
		{schema.Person, "Андрей Смирнов заявил", "заявил"},
		{schema.Money, "590.000 dollar", ""},
	} {
		if got := LowercaseEdge(schema.Mention{Type: tt.typ, Text: tt.text}); got != tt.want {
			t.Errorf("LowercaseEdge(%s %q) = %q, want %q", tt.typ, tt.text, got, tt.want)
		}
	}
}
