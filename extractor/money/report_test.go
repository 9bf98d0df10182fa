package money

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestReport prints, for the dev set and the held-out set, detection F1
// (strict spans, and overlapping spans) and value accuracy (amount, upper
// bound and currency all right; over the amounts found with the right span,
// and over all gold amounts) per language, per kind, and per language and
// kind, as Markdown:
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
			all := *scoreDocs(t, docs, func(devDoc) string { return "ALL" })["ALL"]
			keys := make([]string, 0, len(scores))
			for k := range scores {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintf(&out, "| %s | gold | found | right span | F1 | overlap F1 | value acc. (right spans) | value acc. (all gold) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n", by.title)
			for _, k := range append(keys, "ALL") {
				s := all
				if k != "ALL" {
					s = *scores[k]
				}
				fmt.Fprintf(&out, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f |\n", k, s.gold, s.pred, s.tp, s.f1(), s.overlapF1(), s.norm(), s.valueAll())
			}
			out.WriteString("\n")
		}
		// Language by kind: "F1 / value accuracy (all gold)", "–" where there is no amount.
		cells := scoreDocs(t, docs, func(d devDoc) string { return d.Lang + "\t" + cmpOr(d.Kind, "-") })
		var langs, kinds []string
		seenL, seenK := map[string]bool{}, map[string]bool{}
		for k := range cells {
			l, kd, _ := strings.Cut(k, "\t")
			if !seenL[l] {
				seenL[l] = true
				langs = append(langs, l)
			}
			if !seenK[kd] {
				seenK[kd] = true
				kinds = append(kinds, kd)
			}
		}
		sort.Strings(langs)
		sort.Strings(kinds)
		fmt.Fprintf(&out, "| F1 / value | %s |\n|---%s|\n", strings.Join(kinds, " | "), strings.Repeat("|---", len(kinds)))
		for _, l := range langs {
			fmt.Fprintf(&out, "| %s |", l)
			for _, kd := range kinds {
				c := cells[l+"\t"+kd]
				if c == nil || c.gold+c.pred == 0 {
					out.WriteString(" – |")
					continue
				}
				fmt.Fprintf(&out, " %.2f / %.2f |", c.f1(), c.valueAll())
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
