package ner

import "fmt"

// featureProbe is text of my own that passes through every part of feature
// extraction: capitals, all-caps, accents and their ASCII skeleton, digits,
// hyphens and apostrophes, brackets and quotes, invisible formatting (a soft
// hyphen, a direction mark, a zero-width joiner), Cyrillic and Greek, a
// German compound, names of the lists and the gazetteers, and a line without
// final punctuation, as headlines are.
var featureProbe = [][]string{
	{"Die", "Nordwind", "Energie", "AG", "aus", "Lübeck", "meldet", "1,5", "Mio.", "Euro", "Gewinn", "."},
	{"\u200eOlaf", "Scholz", "traf", "Mer\u00adkel", "und", "die", "Bundes\u200dregierung", "in", "Berlin", "."},
	{"EXCLUSIVE", ":", "U.S.", "REGULATOR", "SUES", "GOLDMAN", "SACHS"},
	{"Jean-Pierre", "O'Neill", "(", "IBM", ")", "told", "\"", "Reuters", "\"", "on", "Monday", "."},
	{"Президент", "Сбербанка", "Герман", "Греф", "заявил", "«", "Интерфаксу", "»", "."},
	{"Ο", "Κυριάκος", "Μητσοτάκης", "και", "η", "Τράπεζα", "της", "Ελλάδος"},
	{"Banco", "Santander", "compra", "el", "50", "%", "de", "Grupo", "Ferrovial", "por", "2.300", "millones"},
	{"Grne", "Gr?ne", "Grüne", "Sveriges", "riksbank", "höjer", "räntan", "till", "4,25", "procent"},
}

// FeatureChecksum hashes the features that the current code extracts from
// featureProbe with the model's own tables. Training records it in the card
// (Card.Features); a model for which the code now gives another checksum was
// trained on other features than it is tagged with, and must be retrained.
func (m *Model) FeatureChecksum() string {
	var b sentFeatures
	h := uint64(fnvOffset)
	for _, toks := range featureProbe {
		extract(&b, toks, &m.lex, &m.lex.gaz, m.bits)
		for i := range toks {
			h = hashByte(h, 0xff) // token boundary
			for _, f := range b.feats[b.off[i]:b.off[i+1]] {
				h = hashByte(hashByte(hashByte(hashByte(h, byte(f)), byte(f>>8)), byte(f>>16)), byte(f>>24))
			}
			h = hashByte(h, byte(b.lexEnd[i]-b.off[i]))
		}
	}
	return fmt.Sprintf("%016x", h)
}
