package export

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"entities/extractor/resolve"
	"entities/extractor/schema"
)

func TestTmpMerge(t *testing.T) {
	lang := os.Getenv("LANG_")
	if lang == "" {
		t.Skip()
	}
	var a Aggregator
	docs := 0
	for _, f := range strings.Split(os.Getenv("FILES"), ",") {
		fh, err := os.Open("../../../shared/data/ner/" + f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var ms []schema.Mention
		pos, sents := 0, 0
		var cur []string
		typ := ""
		curStart := 0
		flushSpan := func() {
			tt := map[string]schema.Type{"ORG": schema.Organization, "PER": schema.Person}[typ]
			if tt != "" {
				s := strings.Join(cur, " ")
				ms = append(ms, schema.Mention{Type: tt, Text: s, Start: curStart, End: curStart + utf8.RuneCountInString(s)})
			}
			cur, typ = nil, ""
		}
		flushDoc := func() {
			if len(ms) > 0 {
				resolve.Link(ms, lang)
				docs++
				a.AddDocument(fmt.Sprint(f, docs), lang, time.Time{}, ms)
			}
			ms, pos, sents = nil, 0, 0
		}
		for sc.Scan() {
			line := sc.Text()
			if line == "" {
				flushSpan()
				if sents++; sents == 30 {
					flushDoc()
				}
				continue
			}
			p := strings.Split(line, "\t")
			tag := p[len(p)-1]
			if tag == "O" || strings.HasPrefix(tag, "B-") || len(tag) > 2 && tag[2:] != typ {
				flushSpan()
			}
			if tag != "O" {
				if typ == "" {
					curStart = pos
				}
				typ = tag[2:]
				cur = append(cur, p[0])
			}
			pos += utf8.RuneCountInString(p[0]) + 1
		}
		flushSpan()
		flushDoc()
		fh.Close()
	}
	before := a.Len()
	canon := map[string]string{}
	for k, s := range a.m {
		canon[k] = mostFrequent(s.canonicals)
	}
	n := a.MergeForms()
	fmt.Printf("%s: %d documents, %d entities, %d merged\n", lang, docs, before, n)
	var lines []string
	for _, e := range a.Entities() {
		for _, k := range e.MergedKeys {
			lines = append(lines, fmt.Sprintf("  %s %q <- %q", e.Type, e.Canonical, canon[k]))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
