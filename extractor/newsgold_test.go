package extractor

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// TestNewsGoldFiles: every span of the news audit sets holds its text at
// its code-point offsets, spans do not overlap, and ids are unique, so the
// figures the README quotes from them count what they claim.
func TestNewsGoldFiles(t *testing.T) {
	for _, path := range []string{"testdata/news/gold.jsonl", "testdata/news2/gold.jsonl", "testdata/news3/gold.jsonl", "testdata/news4/gold.jsonl", "testdata/news5/gold.jsonl", "testdata/headlines/gold.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			var d struct {
				ID, Lang, Text string
				Entities       []struct {
					Type       string
					Start, End int
					Text       string
				}
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			if ids[d.ID] || d.ID == "" || d.Lang == "" {
				t.Errorf("%s:%d: id %q missing or repeated, or no lang", path, n, d.ID)
			}
			ids[d.ID] = true
			rs := []rune(d.Text)
			sort.Slice(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
			end := 0
			for _, e := range d.Entities {
				if e.Type != "PERSON" && e.Type != "ORGANIZATION" || e.Start < end || e.End <= e.Start || e.End > len(rs) || string(rs[e.Start:e.End]) != e.Text {
					t.Errorf("%s %s: bad span %+v", path, d.ID, e)
					continue
				}
				end = e.End
			}
		}
		f.Close()
		if len(ids) < 36 {
			t.Errorf("%s: %d documents", path, len(ids))
		}
	}
}
