package pipeline_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Short news-like documents made from templates, for tests that need many
// documents. The sentences are written for these tests.
var (
	genFirst = []string{"Anna", "Jonas", "Claire", "Mateo", "Giulia", "Pieter", "Agnieszka", "Oskar", "Elena", "Tomasz", "Ingrid", "Rafael"}
	genLast  = []string{"Lindqvist", "Moreau", "Brandt", "Kowalczyk", "Ferreira", "Van Dijk", "Rossi", "Okafor", "Haddad", "Novak", "Sato", "Whitmore"}
	genOrg   = []string{"Nordstrand Logistics", "Helvion Pharma", "Castellane Bank", "Orbis Telecom", "Valmont Energy", "Brightwater Foods", "Kestrel Aerospace", "Ostrava Steel"}
	genTmpl  = map[string][]string{
		"en": {
			"%[1]s, chief executive of %[2]s, said on Monday that the company would invest $%[3]d,000 in a new plant.",
			"%[2]s agreed to pay %[3]d million euros to settle the dispute, its lawyer %[1]s told reporters in London.",
		},
		"de": {
			"Die Firma %[2]s hat im Quartal %[3]d.000 Euro verloren, sagte Finanzchef %[1]s am Dienstag in Hamburg.",
			"%[1]s, Vorstand von %[2]s, kündigte Investitionen von %[3]d Mio. Euro an.",
		},
		"fr": {
			"Le groupe %[2]s a annoncé un bénéfice de %[3]d millions d'euros, a déclaré son directeur %[1]s à Lyon.",
		},
		"es": {
			"La empresa %[2]s ganó %[3]d millones de euros, según su presidente %[1]s.",
		},
	}
	genLangs = []string{"en", "de", "fr", "es", "en", "de"}
)

// genDocument returns the text and language of the i-th generated document;
// the same i always gives the same document.
func genDocument(i int) (text, lang string) {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	lang = genLangs[r.IntN(len(genLangs))]
	var b strings.Builder
	genSentences(&b, r, lang, 2)
	return b.String(), lang
}

// newsDocument returns a document of at least size bytes in one language,
// in paragraphs of a few sentences.
func newsDocument(i, size int) (text, lang string) {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	lang = genLangs[r.IntN(len(genLangs))]
	var b strings.Builder
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		genSentences(&b, r, lang, 3)
	}
	return b.String(), lang
}

func genSentences(b *strings.Builder, r *rand.Rand, lang string, n int) {
	ts := genTmpl[lang]
	for s := 0; s < n; s++ {
		if s > 0 {
			b.WriteByte(' ')
		}
		person := genFirst[r.IntN(len(genFirst))] + " " + genLast[r.IntN(len(genLast))]
		fmt.Fprintf(b, ts[r.IntN(len(ts))], person, genOrg[r.IntN(len(genOrg))], 2+r.IntN(900))
	}
}
