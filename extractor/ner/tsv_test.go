package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadTSV(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sentence
		wantErr bool
	}{
		{"two sentences", "Ada\tB-PER\nruns\tO\n\nZeta\tB-ORG\nInc\tI-ORG\n", []Sentence{
			{Tokens: []string{"Ada", "runs"}, Tags: []string{"B-PER", "O"}},
			{Tokens: []string{"Zeta", "Inc"}, Tags: []string{"B-ORG", "I-ORG"}},
		}, false},
		{"crlf and blank runs", "a\tO\r\n\r\n\r\nb\tB-LOC\r\n", []Sentence{
			{Tokens: []string{"a"}, Tags: []string{"O"}},
			{Tokens: []string{"b"}, Tags: []string{"B-LOC"}},
		}, false},
		{"docstart skipped", "-DOCSTART-\tO\n\nx\tO\n", []Sentence{{Tokens: []string{"x"}, Tags: []string{"O"}}}, false},
		{"empty", "", nil, false},
		{"no tab", "word O\n", nil, true},
		{"empty tag", "word\t\n", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadTSV(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v", err)
			}
			if !tc.wantErr && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func FuzzReadTSV(f *testing.F) {
	f.Add("Ada\tB-PER\nLovelace\tI-PER\n\n")
	f.Add("x\tO\r\n\n\ny\tB-ORG")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadTSV(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Tags) {
				t.Fatalf("sentence %+v", s)
			}
			// tags decode to well-formed spans
			for _, sp := range spansFromIOB(s.Tags) {
				if sp.start < 0 || sp.end > len(s.Tokens) || sp.start >= sp.end {
					t.Fatalf("span %+v", sp)
				}
			}
		}
	})
}

func TestBILOU(t *testing.T) {
	tests := []struct {
		tags []string
		want []span
	}{
		{[]string{"B-PER", "I-PER", "O", "B-ORG"}, []span{{0, 0, 2}, {1, 3, 4}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []span{{1, 0, 2}, {1, 2, 3}}},
		{[]string{"B-LOC", "I-PER", "B-OTH"}, []span{{2, 0, 1}, {0, 1, 2}, {3, 2, 3}}},
		{[]string{"O", "O"}, nil},
	}
	for _, tc := range tests {
		got := spansFromIOB(tc.tags)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("spansFromIOB(%v) = %v, want %v", tc.tags, got, tc.want)
		}
		ys := bilouLabels(tc.tags)
		prev := startRow
		for i, y := range ys {
			if !allowed(prev, y) {
				t.Errorf("%v: label %d after %d at %d is ill-formed", tc.tags, y, prev, i)
			}
			prev = y
		}
		if len(ys) > 0 && !allowedLast(ys[len(ys)-1]) {
			t.Errorf("%v: ends in an open span", tc.tags)
		}
		if back := spansFromLabels(ys); !reflect.DeepEqual(back, got) {
			t.Errorf("%v: BILOU round trip %v, want %v", tc.tags, back, got)
		}
	}
}

// TestViterbiConstrained checks that decoding yields well-formed BILOU even
// when the emissions favour an ill-formed sequence.
func TestViterbiConstrained(t *testing.T) {
	n := 3
	emit := make([]float32, n*numLabels)
	emit[0*numLabels+label(0, posI)] = 10 // I-PER first: not allowed
	emit[1*numLabels+label(1, posB)] = 10 // B-ORG then ...
	emit[2*numLabels+label(0, posL)] = 10 // ... L-PER: not allowed
	var d decoder
	ys := make([]int, n)
	d.viterbi(emit, n, constrain(make([]float32, (numLabels+1)*numLabels)), ys, nil)
	prev := startRow
	for i, y := range ys {
		if !allowed(prev, y) {
			t.Fatalf("ill-formed at %d: %v", i, ys)
		}
		prev = y
	}
	if !allowedLast(prev) {
		t.Fatalf("ends open: %v", ys)
	}
}
