package ner

import (
	"reflect"
	"testing"
)

// TestEmbeddedTables: the embedded LexiconFile and GazKeysFile are the
// tables a process would build from the embedded name lists, clusters and
// gazetteer, and every embedded model was trained against those files, so
// it reads them instead of building them.
func TestEmbeddedTables(t *testing.T) {
	read := func(name string) []byte {
		b, err := modelFiles.ReadFile("models/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	nx, err := readNames(read(NamesFile))
	if err != nil {
		t.Fatal(err)
	}
	cl, err := readClusters(read(ClustersFile))
	if err != nil {
		t.Fatal(err)
	}
	g, err := readGazetteer(read(GazetteerFile))
	if err != nil {
		t.Fatal(err)
	}
	lex := embeddedLexicon()
	if lex == nil {
		t.Fatal("no readable embedded " + LexiconFile)
	}
	if lex.sum != nx.sum || lex.clusters != cl.sum {
		t.Fatalf("lexicon built from names %s and clusters %s; the embedded files are %s and %s", lex.sum, lex.clusters, nx.sum, cl.sum)
	}
	if !reflect.DeepEqual(lex.words, mergeShared(nx, cl).words) {
		t.Fatal("the embedded lexicon's table differs from the one built from the files")
	}
	keys, err := readGazKeys(stringBytes(gazKeysTab))
	if err != nil {
		t.Fatal(err)
	}
	if keys.sum != g.sum || !reflect.DeepEqual(keys.all, g.all) {
		t.Fatalf("gazetteer keys of %s (%d), the embedded gazetteer is %s (%d keys)", keys.sum, keys.all.len(), g.sum, g.all.len())
	}
	for _, lang := range append(append([]string(nil), Languages...), MultiLang) {
		m, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if m.Card.Names != lex.sum || m.Card.Clusters != lex.clusters || m.Card.Gazetteer != keys.sum {
			t.Errorf("%s: trained with names %s, clusters %s and gazetteer %s, not the embedded tables'", lang, m.Card.Names, m.Card.Clusters, m.Card.Gazetteer)
		} else if m.lex.names != lex || m.lex.sharedGaz.seqs != 0 {
			t.Errorf("%s: built a table the embedded ones have", lang)
		}
	}
}
