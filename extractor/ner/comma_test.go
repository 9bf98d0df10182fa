package ner

import "testing"

// TestNoCommaInPerson: a comma between a name and a surname, a lowercase
// word or nothing cannot be inside a PERSON; before a capitalized given name
// or an unknown capitalized word (the inverted "Surname, Given") it can.
func TestNoCommaInPerson(t *testing.T) {
	const capital = 1 << 4
	cases := []struct {
		tokens  []string
		names   []uint8
		allowed bool // whether the comma may take a PERSON label
	}{
		{[]string{"Tkachenko", ",", "Moroz", ")"}, []uint8{nameSurname | capital, 0, nameSurname | capital, 0}, false},
		{[]string{"Hallberg", ",", "said"}, []uint8{nameSurname | capital, 0, 0}, false},
		{[]string{"Hallberg", ","}, []uint8{nameSurname | capital, 0}, false},
		{[]string{",", "Ingrid"}, []uint8{0, nameGiven | capital}, false},
		{[]string{"Hallberg", ",", "Ingrid"}, []uint8{nameSurname | capital, 0, nameGiven | capital}, true},
		{[]string{"Hallberg", ",", "Ingrid"}, []uint8{nameSurname | capital, 0, nameGiven | nameSurname | capital}, true},
		{[]string{"Okonkwo", ",", "Chidubem"}, []uint8{0, 0, 0}, true},
	}
	for _, c := range cases {
		n := len(c.tokens)
		emit := make([]float32, n*numLabels)
		noCommaInPerson(c.tokens, c.names, emit)
		for i, tok := range c.tokens {
			for y := 1; y < numLabels; y++ {
				blocked := emit[i*numLabels+y] == negInf
				want := tok == "," && !c.allowed && labelType(y) == 0
				if blocked != want {
					t.Errorf("%q: token %d label %d blocked %v, want %v", c.tokens, i, y, blocked, want)
				}
			}
		}
	}
}
