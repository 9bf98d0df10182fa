package text_test

import (
	"fmt"

	"entities/extractor/text"
)

func ExampleTokenize() {
	for _, t := range text.Tokenize("Dr. Kvasov's firm paid $587,000 to l'ONU.") {
		fmt.Printf("%q %d-%d\n", t.Text, t.Start, t.End)
	}
	// Output:
	// "Dr." 0-3
	// "Kvasov" 4-10
	// "'s" 10-12
	// "firm" 13-17
	// "paid" 18-22
	// "$" 23-24
	// "587,000" 24-31
	// "to" 32-34
	// "l'" 35-37
	// "ONU" 37-40
	// "." 40-41
}

func ExampleSplit() {
	for _, sent := range text.Split("Acme Inc. hired J. R. Smith. Er beginnt am 3. Mai.\n\nNew paragraph") {
		fmt.Println(len(sent), sent[0].Text, sent[len(sent)-1].Text)
	}
	// Output:
	// 7 Acme .
	// 6 Er .
	// 2 New paragraph
}
