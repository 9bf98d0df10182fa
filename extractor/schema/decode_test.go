package schema

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		code Code // "" means success
		text string
	}{
		{"minimal", `{"text":"Hallo Welt"}`, 0, "", "Hallo Welt"},
		{"all fields", `{"id":"d1","text":"x y","title":"T","lang":"de","source":"wire","published_at":"2026-11-01T10:00:00Z","meta":{"a":[1,2]}}`, 0, "", "x y"},
		{"leading space", "  \t{\"text\":\"ok\"}  ", 0, "", "ok"},
		{"not json", `hello`, 0, CodeBadJSON, ""},
		{"array", `[{"text":"a"}]`, 0, CodeBadJSON, ""},
		{"truncated", `{"text":"abc`, 0, CodeBadJSON, ""},
		{"trailing object", `{"text":"a"}{"text":"b"}`, 0, CodeBadJSON, ""},
		{"text wrong type", `{"text":42}`, 0, CodeBadJSON, ""},
		{"bad date", `{"text":"a","published_at":"yesterday"}`, 0, CodeBadJSON, ""},
		{"no text", `{"id":"x"}`, 0, CodeMissingText, ""},
		{"null text", `{"text":null}`, 0, CodeMissingText, ""},
		{"empty text", `{"text":""}`, 0, CodeEmptyText, ""},
		{"blank text", `{"text":" \n\t "}`, 0, CodeEmptyText, ""},
		{"invisible text", `{"text":"\u200b\ufeff\u200d\u0000 "}`, 0, CodeEmptyText, ""},
		{"invalid utf8", "{\"text\":\"caf\xe9\"}", 0, CodeInvalidUTF8, ""},
		{"escaped lone surrogate decodes to U+FFFD", `{"text":"a\ud800b"}`, 0, "", "a\uFFFDb"},
		{"too large", `{"text":"` + strings.Repeat("a", 100) + `"}`, 50, CodeTooLarge, ""},
		{"bad lang hint", `{"text":"a","lang":"german"}`, 0, CodeBadLangHint, ""},
		{"lang hint digits", `{"text":"a","lang":"d1"}`, 0, CodeBadLangHint, ""},
		{"lang hint no language", `{"text":"a","lang":"zz"}`, 0, CodeBadLangHint, ""},
		{"lang hint upper case", `{"text":"a","lang":"De"}`, 0, "", "a"},
		{"binary garbage", "\x00\x01\x02\xff\xfe", 0, CodeInvalidUTF8, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decode([]byte(tt.in), tt.max)
			if tt.code == "" {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				if doc.Text != tt.text {
					t.Fatalf("text = %q, want %q", doc.Text, tt.text)
				}
				return
			}
			if got := CodeOf(err); got != tt.code {
				t.Fatalf("code = %q (err %v), want %q", got, err, tt.code)
			}
			if !errors.Is(err, &Error{Code: tt.code}) {
				t.Fatalf("errors.Is does not match code %q", tt.code)
			}
		})
	}
}

func TestCodeOfForeignError(t *testing.T) {
	if got := CodeOf(io.ErrUnexpectedEOF); got != CodeInternal {
		t.Fatalf("CodeOf(foreign) = %q, want %q", got, CodeInternal)
	}
}

func TestLineReader(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"first"}`,
		``,
		`{"text":"no id"}`,
		`{"id":"broken","text":`,
		`{"id":"big","text":"` + strings.Repeat("x", 300) + `"}`,
		"{\"text\":\"bad \xff byte\"}",
		`{"id":"last","text":"end"}`,
	}, "\n")
	lr := NewLineReader(strings.NewReader(in), 200)
	type want struct {
		number int
		id     string
		code   Code
	}
	// a broken line and one over the limit still name themselves when
	// their id comes first
	wants := []want{{1, "a", ""}, {3, "3", ""}, {4, "broken", CodeBadJSON}, {5, "big", CodeTooLarge}, {6, "6", CodeInvalidUTF8}, {7, "last", ""}}
	for _, w := range wants {
		ln, err := lr.Next()
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if ln.Number != w.number || ln.Doc.ID != w.id {
			t.Fatalf("line %d id %q, want line %d id %q", ln.Number, ln.Doc.ID, w.number, w.id)
		}
		if w.code == "" && ln.Err != nil || w.code != "" && CodeOf(ln.Err) != w.code {
			t.Fatalf("line %d: err %v, want code %q", ln.Number, ln.Err, w.code)
		}
	}
	if _, err := lr.Next(); err != io.EOF {
		t.Fatalf("after last line: %v, want io.EOF", err)
	}
	if lr.Offset() != int64(len(in)) {
		t.Fatalf("Offset = %d, want %d", lr.Offset(), len(in))
	}
}

// FuzzLineReader feeds arbitrary bytes: the reader must never panic, must
// count every line, and every document it accepts must satisfy the schema.
func FuzzLineReader(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Angela Merkel"}` + "\n" + `{"text":""}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n\n{bad\n"))
	f.Add([]byte(`{"text":"a","lang":"xx","meta":{"k":[1,{"z":null}]}}`))
	f.Add([]byte(strings.Repeat("a", 5000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		lr := NewLineReader(strings.NewReader(string(data)), 1024)
		lines := 0
		for {
			ln, err := lr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("Next: %v", err)
			}
			if ln.Number <= lines {
				t.Fatalf("line numbers not increasing: %d after %d", ln.Number, lines)
			}
			lines = ln.Number
			if ln.Doc.ID == "" {
				t.Fatalf("line %d has no id", ln.Number)
			}
			if ln.Err == nil {
				if !utf8.ValidString(ln.Doc.Text) || strings.TrimSpace(ln.Doc.Text) == "" || len(ln.Doc.Text) > 1024 {
					t.Fatalf("accepted a document that breaks the schema: %q", ln.Doc.Text)
				}
			} else if CodeOf(ln.Err) == CodeInternal {
				t.Fatalf("line %d: error without a code: %v", ln.Number, ln.Err)
			}
		}
		if max := strings.Count(string(data), "\n") + 1; lines > max {
			t.Fatalf("%d lines reported from input with at most %d", lines, max)
		}
		if lr.Offset() != int64(len(data)) {
			t.Fatalf("Offset = %d, want %d", lr.Offset(), len(data))
		}
	})
}

// TestBadJSONMessages: a document that is not valid input is told what is
// wrong in plain words, with no Go types or struct names.
func TestBadJSONMessages(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"text":42}`, `field "text" must be a string, not a number (column 11)`},
		{`{"id":"q","text":["Ada"]}`, `field "text" must be a string, not an array (column 19)`},
		{"{\n \"text\": \"a\",\n \"lang\": 3}", `field "lang" must be a string, not a number (line 3, column 11)`},
		{`{"text":"a","id":true}`, `field "id" must be a string or an integer, not true or false`},
		{`{"text":"a","id":1.5}`, `field "id" must be a string or an integer, not a number`},
		{`{"text":"a","published_at":"yesterday"}`, `field "published_at" must be a date and time such as "2024-05-01T09:30:00Z" (or a date, "2024-05-01"), not "yesterday"`},
		{`{"text":"a","published_at":5}`, `field "published_at" must be a string with a date and time such as "2024-05-01T09:30:00Z", not a number`},
		{`{"text":"abc`, `the document is not valid JSON: it ends before it is complete`},
		{`{"text":"a",,}`, `the document is not valid JSON: unexpected character ',' looking for beginning of object key string (column 13)`},
		{`hello`, `the document must be a JSON object`},
		{"\ufeff{\"text\":7}", `field "text" must be a string, not a number (column 10)`}, // after the byte-order mark
		{`null`, `the document must be a JSON object; it is null`},
		{`[{"text":"a"}]`, `the document must be a JSON object, not an array (one document per line or record)`},
		{"\x00{\"text\":\"a\"}", `the document must be a JSON object; it holds NUL bytes (UTF-16 input? convert it to UTF-8)`},
		{``, `the document must be a JSON object; it is empty (a Kafka tombstone?)`},
		{`{"text":"a","meta":[1,2]}`, `field "meta" must be a JSON object, not an array`},
		{`{"text":"a","meta":"x"}`, `field "meta" must be a JSON object, not a string`},
		{`{"text":"a","meta":42}`, `field "meta" must be a JSON object, not a number`},
		{`{"text":"a","meta":true}`, `field "meta" must be a JSON object, not true or false`},
		{`{"text":"a","published_at":"2026-09-30T22:00:00"}`, `field "published_at" "2026-09-30T22:00:00" has no time zone: end it with Z (UTC) or an offset such as +01:00, or send the date alone`},
		{`{"text":"a","published_at":"2026-09-30 22:00:00.5"}`, `field "published_at" "2026-09-30 22:00:00.5" has no time zone: end it with Z (UTC) or an offset such as +01:00, or send the date alone`},
		{`{"text":"a","id":{"a":1}}`, `field "id" must be a string or an integer, not an object`},
		{`{"id":"d","text":"Karl paid $1.","text":"Greta paid $2."}`, `field "text" appears twice (column 34): the fields of a document must be unique, or all but the last would be lost`},
		{`{"id":"d1","ID":"d2","text":"a"}`, `field "ID" appears twice (column 12): the fields of a document must be unique, or all but the last would be lost`},
		// encoding/json folds ſ to s: "publiſhed_at" fills published_at
		{`{"text":"a","published_at":"2026-01-01T00:00:00Z","publiſhed_at":"2026-05-05T00:00:00Z"}`, `field "publiſhed_at" appears twice (column 51): the fields of a document must be unique, or all but the last would be lost`},
		// a key written with an escape is the same key; a value with a
		// quote or a brace inside does not end early
		{`{"text":"say \"}\", \"text\": x","id":"d","t\u0065xt":"b"}`, `field "text" appears twice (column 43): the fields of a document must be unique, or all but the last would be lost`},
		{`{"text":"a","published_at":"2026-01-01T10:00"}`, `field "published_at" "2026-01-01T10:00" has no time zone: end it with Z (UTC) or an offset such as +01:00, or send the date alone`},
	}
	// fields Decode does not read may repeat: a producer's own keys
	for _, ok := range []string{`{"text":"a","meta":{"k":[1]}}`, `{"text":"a","meta":null}`, `{"text":"a","url":"x","URL":"y","extra":1,"extra":2}`, `{"text":"a","meta":{"k":1,"k":2,"K":3}}`} {
		if _, err := Decode([]byte(ok), 0); err != nil {
			t.Errorf("Decode(%s): %v", ok, err)
		}
	}
	if doc, err := Decode([]byte("\ufeff{\"text\":\"Ada\"}\r\n"), 0); err != nil || doc.Text != "Ada" {
		t.Errorf("a document after a byte-order mark: %+v, %v", doc, err)
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.in), 0)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeBadJSON || e.Message != tt.want {
			t.Errorf("Decode(%q) = %v, want bad_json: %s", tt.in, err, tt.want)
		}
		if err != nil && (strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "struct") || strings.Contains(err.Error(), "unmarshal")) {
			t.Errorf("Decode(%q): message speaks of Go internals: %v", tt.in, err)
		}
	}
}

// TestLenientFields: an integer id is read as its digits, and published_at
// may be a date alone, have a space for the T, or be empty (no time), as
// producers write them; none of these is bad input.
func TestLenientFields(t *testing.T) {
	tests := []struct {
		in, id, published string
	}{
		{`{"id":5,"text":"a"}`, "5", ""},
		{`{"id":-12345678901234567890,"text":"a"}`, "-12345678901234567890", ""},
		{`{"id":null,"text":"a"}`, "", ""},
		{`{"text":"a","published_at":"2026-11-02"}`, "", "2026-11-02T00:00:00Z"},
		{`{"text":"a","published_at":"2026-11-02 09:30:00+01:00"}`, "", "2026-11-02T09:30:00+01:00"},
		{`{"text":"a","published_at":""}`, "", ""},
		{`{"text":"a","published_at":null}`, "", ""},
		{`{"text":"a","published_at":"2026-11-02T09:30:00.5Z"}`, "", "2026-11-02T09:30:00.5Z"},
	}
	for _, tt := range tests {
		d, err := Decode([]byte(tt.in), 0)
		if err != nil {
			t.Errorf("Decode(%s): %v", tt.in, err)
			continue
		}
		got := ""
		if d.PublishedAt != nil {
			got = d.PublishedAt.Format(time.RFC3339Nano)
		}
		if d.ID != tt.id || got != tt.published {
			t.Errorf("Decode(%s): id %q published %q, want %q %q", tt.in, d.ID, got, tt.id, tt.published)
		}
	}
}

// TestBlankTextMessage: text of white space or invisible characters only is
// refused as empty_text with a message that says so, not "text is empty"
// (an audit read that as a decoding fault).
func TestBlankTextMessage(t *testing.T) {
	_, err := Decode([]byte(`{"text":"\u200b \n"}`), 0)
	if err == nil || !strings.Contains(err.Error(), "only white space or invisible characters") {
		t.Fatalf("blank text: %v", err)
	}
	_, err = Decode([]byte(`{"text":""}`), 0)
	if err == nil || !strings.Contains(err.Error(), "text is empty") {
		t.Fatalf("empty text: %v", err)
	}
}
