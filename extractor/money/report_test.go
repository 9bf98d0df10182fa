package money

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestReport prints, for the dev set and the held-out set, detection F1
// (strict spans) and value accuracy (amount, upper bound and currency all
// right, over the amounts found) per language and per kind, as Markdown:
//
//	go test ./extractor/money -run TestReport -v
//
// It fails nothing: TestDevSet holds the dev set to its thresholds.
func TestReport(t *testing.T) {
	for _, name := range []string{"dev.src", "heldout.src"} {
		docs := readSource(t, name)
		var out strings.Builder
		fmt.Fprintf(&out, "\n%s (%d sentences)\n\n", name, len(docs))
		for _, by := range []struct {
			title string
			key   func(devDoc) string
		}{
			{"lang", func(d devDoc) string { return d.Lang }},
			{"kind", func(d devDoc) string { return cmpOr(d.Kind, "-") }},
		} {
			scores := scoreDocs(t, docs, by.key)
			var all devScore
			keys := make([]string, 0, len(scores))
			for k, s := range scores {
				keys = append(keys, k)
				all.gold += s.gold
				all.pred += s.pred
				all.tp += s.tp
				all.normOK += s.normOK
			}
			sort.Strings(keys)
			fmt.Fprintf(&out, "| %s | gold | found | right span | F1 | value acc. |\n| --- | ---: | ---: | ---: | ---: | ---: |\n", by.title)
			for _, k := range append(keys, "ALL") {
				s := all
				if k != "ALL" {
					s = *scores[k]
				}
				fmt.Fprintf(&out, "| %s | %d | %d | %d | %.2f | %.2f |\n", k, s.gold, s.pred, s.tp, s.f1(), s.norm())
			}
			out.WriteString("\n")
		}
		t.Log(out.String())
	}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
