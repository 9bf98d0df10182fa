package extractortest

import (
	"testing"

	"entities/extractor/schema"
)

func TestLowercaseEdge(t *testing.T) {
	for _, tt := range []struct {
		typ        schema.Type
		lang, text string
		want       string
	}{
		{schema.Person, "fr", "Luca de Meo", ""},
		{schema.Person, "fr", "de Meo", ""},
		{schema.Person, "nl", "Marieke van den Berg", ""},
		{schema.Person, "de", "von Hartenstein", ""},
		{schema.Organization, "it", "Banca d'Italia", ""},
		{schema.Organization, "pl", "mBank", ""},
		{schema.Organization, "en", "Bank of America", ""},
		{schema.Organization, "fr", "général", "général"},
		{schema.Organization, "fr", "le groupe Renault", "le"},
		{schema.Person, "de", "Thomas Albrecht von", "von"},
		{schema.Organization, "fr", "Banque de France et", "et"},
		{schema.Organization, "pt", "Banco Africano de Desenvolvimento e pela", "pela"},
		{schema.Organization, "pl", "prezydent", "prezydent"},
		{schema.Person, "ru", "Андрей Смирнов заявил", "заявил"},
		{schema.Money, "nl", "590.000 dollar", ""},
		// sentence-case organization names
		{schema.Organization, "ru", "Федеральная антимонопольная служба", ""},
		{schema.Organization, "uk", "Європейського банку реконструкції та розвитку", ""},
		{schema.Organization, "fr", "Force ouvrière", ""},
		{schema.Organization, "no", "Statens vegvesen", ""},
		{schema.Organization, "en", "Force ouvrière", "ouvrière"},
		{schema.Person, "ru", "Андрей смирнов", "смирнов"},
		{schema.Organization, "fr", "Douai les représentants de la CGT et du conseil régional", "régional"},
		{schema.Organization, "ru", "банка", "банка"},
	} {
		if got := LowercaseEdge(schema.Mention{Type: tt.typ, Text: tt.text}, tt.lang); got != tt.want {
			t.Errorf("LowercaseEdge(%s %s %q) = %q, want %q", tt.lang, tt.typ, tt.text, got, tt.want)
		}
	}
}
