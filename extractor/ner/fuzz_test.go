package ner

import (
	"bufio"
	"bytes"
	"context"
	"testing"
)

// FuzzModelDecode: any bytes in place of a model file's decompressed
// content (a damaged or foreign file) are refused or read, never a panic.
// The seeds are small models of my own, with their own gazetteer and
// against a shared one.
func FuzzModelDecode(f *testing.F) {
	train := synthSentences(1, 120)
	b, err := buildSharedGazetteer(append(append([]Sentence(nil), train...), synthSentences(9, 40)...), gazMaxTokens)
	if err != nil {
		f.Fatal(err)
	}
	g, err := readGazetteer(b)
	if err != nil {
		f.Fatal(err)
	}
	registerGazetteer(g)
	for _, shared := range []*sharedGaz{nil, g} {
		m, err := TrainModel(context.Background(), []TrainSet{{Name: "synth", Sentences: train}},
			TrainOptions{Lang: "en", Epochs: 2, Seed: 1, Bits: 12, Gazetteer: shared})
		if err != nil {
			f.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			f.Fatal(err)
		}
		raw, err := decompressFile(buf.Bytes())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
		f.Add(raw[:len(raw)/2])
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := &Model{}
		if err := m.decode(bufio.NewReader(bytes.NewReader(raw))); err != nil {
			return
		}
		m.Tag([]string{"Maria", "Schmidt", "of", "Nordwind", "Energy", "said", "so", "."})
	})
}
