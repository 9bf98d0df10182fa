package lang

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/pemistahl/lingua-go"
	"github.com/pemistahl/lingua-go/serialization"
	"google.golang.org/protobuf/proto"
)

// linguaTable builds a table as lingua's loadLanguageModels does: protobuf's
// decoder, then every n-gram of every set with the set's probability.
// It returns nil when lingua has no such table (Chinese has no bigrams).
func linguaTable(t *testing.T, l lingua.Language, n int) map[string]float64 {
	t.Helper()
	path := fmt.Sprintf("language-models/%s/%ss.pb.bin.zip", strings.ToLower(l.IsoCode639_1().String()), ngramNames[n])
	zipped, err := linguaModels.ReadFile(path)
	if err != nil {
		return nil
	}
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	raw, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	var model serialization.SerializableLanguageModel
	if err := proto.Unmarshal(raw, &model); err != nil {
		t.Fatal(err)
	}
	out := make(map[string]float64, model.TotalNgrams)
	for _, set := range model.NgramSets {
		for _, g := range set.Ngrams {
			out[g] = set.Probability
		}
	}
	return out
}

// TestDecodeTableMatchesLingua: decodeTable builds the very map lingua
// builds, for every n-gram length of languages in several alphabets (all
// default candidates with -val).
func TestDecodeTableMatchesLingua(t *testing.T) {
	codes := []string{"da", "nb", "nn", "sv", "de", "ru", "zh", "ar", "tr", "vi"}
	if *valFlag {
		codes = append(codes, DefaultLanguages...)
	}
	for _, code := range codes {
		l := fromCode(code)
		for n := 1; n <= 5; n++ {
			want := linguaTable(t, l, n)
			got, err := decodeTable(l, n)
			if want == nil {
				if err == nil {
					t.Errorf("%s %d: decoded a table lingua does not have", code, n)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s %d: %v", code, n, err)
			}
			if len(got) != len(want) || len(got) == 0 {
				t.Fatalf("%s %d: %d n-grams, lingua %d", code, n, len(got), len(want))
			}
			for g, p := range want {
				if q, ok := got[g]; !ok || q != p {
					t.Fatalf("%s %d: %q %v, lingua %v", code, n, g, q, p)
				}
			}
		}
	}
}
