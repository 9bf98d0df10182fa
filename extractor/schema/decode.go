package schema

import (
	"bytes"
	"encoding/json"
	"github.com/tidwall/gjson"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// utf8BOM is the byte-order mark some tools write at the start of UTF-8 text.
var utf8BOM = []byte("\ufeff")

// DefaultMaxBytes is the default limit on an encoded input document.
const DefaultMaxBytes = 1 << 20

// Decode parses one encoded input document and checks it against the input
// schema. maxBytes <= 0 means DefaultMaxBytes. Every failure is an *Error whose
// Code tells the caller where to route it.
func Decode(data []byte, maxBytes int) (Document, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(data) > maxBytes {
		return Document{}, Errorf(CodeTooLarge, "document is %d bytes, limit is %d", len(data), maxBytes)
	}
	if !utf8.Valid(data) {
		return Document{}, Errorf(CodeInvalidUTF8, "input is not valid UTF-8 (first bad byte at %d)%s", firstInvalid(data), utf16Hint(data))
	}
	// a byte-order mark, as Windows tools write at the start of a file, is
	// no part of the document
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return Document{}, Errorf(CodeBadJSON, "the document must be a JSON object%s", notObject(trimmed))
	}
	var raw struct {
		Document
		Text        *string         `json:"text"`
		ID          json.RawMessage `json:"id"`           // a string or an integer
		PublishedAt json.RawMessage `json:"published_at"` // read by readTime
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	if err := dec.Decode(&raw); err != nil {
		return Document{}, BadJSON(trimmed, "the document", err)
	}
	if dec.More() {
		return Document{}, Errorf(CodeBadJSON, "there is more after the end of the JSON object: one document is one object (JSON Lines: one per line; HTTP: one object, or an array of them)")
	}
	if name, off := duplicateField(trimmed); name != "" {
		return Document{}, Errorf(CodeBadJSON, "field %q appears twice (%s): the fields of a document must be unique, or all but the last would be lost", name, position(trimmed, off))
	}
	if raw.Text == nil {
		return Document{}, Errorf(CodeMissingText, `the "text" field is required`)
	}
	doc := raw.Document
	doc.Text = *raw.Text
	id, err := readID(raw.ID)
	if err != nil {
		return Document{}, err
	}
	doc.ID = id
	if doc.PublishedAt, err = readTime(raw.PublishedAt); err != nil {
		return Document{}, err
	}
	return doc, Validate(doc, maxBytes)
}

// documentFields are the fields Decode reads. Other fields are ignored,
// repeated or not: a producer's own keys ("url" and "URL") are no concern
// of ours.
var documentFields = []string{"id", "text", "title", "lang", "source", "published_at", "meta"}

// duplicateField returns the first field of the JSON object in data that
// names a field Decode reads which an earlier field already named, as
// encoding/json matches names (without regard to case, with Unicode's
// simple folding: "Text" and "ſource" fill text and source), with its
// offset; "" when there is none. encoding/json keeps the last value of a
// repeated field, so {"text":"a","text":"b"} would lose "a" without a word.
func duplicateField(data []byte) (string, int64) {
	// gjson skips the values without decoding them: the text of a large
	// document was read a second time, into a json.RawMessage, and that
	// took 38% of Decode on a 1 MB document
	seen := make([]bool, len(documentFields))
	name, off := "", int64(0)
	gjson.ParseBytes(data).ForEach(func(key, _ gjson.Result) bool {
		for i, f := range documentFields {
			if strings.EqualFold(key.Str, f) {
				if seen[i] {
					name, off = key.Str, int64(key.Index)
					return false
				}
				seen[i] = true
			}
		}
		return true
	})
	return name, off
}

// readID reads the id: a string, or an integer as many producers write it
// ({"id": 5} is "5"; before, it was bad_json and the error result got the
// line number as its id, which another document may have).
func readID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	if isInteger(raw) {
		return string(raw), nil
	}
	return "", Errorf(CodeBadJSON, `field "id" must be a string or an integer, not %s`, valueKind(raw))
}

// isInteger reports whether b is a JSON integer: an optional minus and digits.
func isInteger(b []byte) bool {
	if len(b) > 0 && b[0] == '-' {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 1 && b[0] == '0' {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// timeLayouts are the forms of published_at read: RFC 3339, the same with a
// space for the T, and a date alone (midnight UTC).
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05Z07:00", "2006-01-02"}

// ParseTime reads a time as published_at is read: RFC 3339, the same with a
// space for the T, or a date alone (midnight UTC).
func ParseTime(s string) (time.Time, bool) {
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// readTime reads published_at. An empty string or null is no time: metadata
// a document may lack is no reason to dead-letter it.
func readTime(raw json.RawMessage) (*time.Time, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, Errorf(CodeBadJSON, `field "published_at" must be a string with a date and time such as "2024-05-01T09:30:00Z", not %s`, valueKind(raw))
	}
	ts := strings.TrimSpace(s)
	if ts == "" {
		return nil, nil
	}
	if t, ok := ParseTime(ts); ok {
		return &t, nil
	}
	for _, l := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if _, err := time.Parse(l, ts); err == nil {
			// which zone a time without one is in, only its producer knows
			return nil, Errorf(CodeBadJSON, `field "published_at" %q has no time zone: end it with Z (UTC) or an offset such as +01:00, or send the date alone`, s)
		}
	}
	return nil, Errorf(CodeBadJSON, `field "published_at" must be a date and time such as "2024-05-01T09:30:00Z" (or a date, "2024-05-01"), not %q`, s)
}

// Validate checks a document that did not come through Decode (the HTTP API,
// plain-text files): text present, valid UTF-8, within the size limit, and a
// well-formed language hint.
func Validate(doc Document, maxBytes int) error {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(doc.Text) > maxBytes {
		return Errorf(CodeTooLarge, "text is %d bytes, limit is %d", len(doc.Text), maxBytes)
	}
	if !utf8.ValidString(doc.Text) {
		return Errorf(CodeInvalidUTF8, "text is not valid UTF-8 (first bad byte at %d)", firstInvalid([]byte(doc.Text)))
	}
	if strings.TrimFunc(doc.Text, invisible) == "" {
		if doc.Text == "" {
			return Errorf(CodeEmptyText, "text is empty")
		}
		return Errorf(CodeEmptyText, "text has only white space or invisible characters (%d bytes)", len(doc.Text))
	}
	if doc.Lang != "" && !validLangHint(doc.Lang) {
		return Errorf(CodeBadLangHint, "lang %q is not an ISO 639-1 code", doc.Lang)
	}
	if m := bytes.TrimSpace(doc.Meta); len(m) > 0 && m[0] != '{' && string(m) != "null" {
		return Errorf(CodeBadJSON, `field "meta" must be a JSON object, not %s`, valueKind(m))
	}
	return nil
}

// invisible reports whether r shows nothing: white space, format
// characters (zero-width space and joiners, the byte-order mark) and NUL.
// A text of only such characters is empty.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || r == 0
}

// NoHint reports whether a document's lang hint says nothing: absent, or
// "und", the label results carry when the language cannot be told (so a result's
// lang can be sent back as a hint).
func NoHint(lang string) bool {
	return lang == "" || strings.EqualFold(lang, "und")
}

func validLangHint(s string) bool {
	if NoHint(s) {
		return true
	}
	if len(s) != 2 {
		return false
	}
	for i := 0; i < 2; i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	// two letters, and a language of ISO 639-1 ("zz" is none: a result
	// must not carry it downstream as the document's language)
	_, err := language.ParseBase(s)
	return err == nil
}

// notObject says what a document that is no JSON object is instead, for the
// error message ("": nothing more to say).
func notObject(b []byte) string {
	switch {
	case len(b) == 0:
		return "; it is empty (a Kafka tombstone?)"
	case bytes.Equal(b, []byte("null")):
		return "; it is null"
	case bytes.IndexByte(b, 0) >= 0:
		return "; it holds NUL bytes (UTF-16 input? convert it to UTF-8)"
	case b[0] == '[':
		return ", not an array (one document per line or record)"
	case b[0] == '"':
		return ", not a string"
	}
	return ""
}

// valueKind names the kind of the JSON value that b begins.
func valueKind(b []byte) string {
	switch b[0] {
	case '[':
		return jsonKind("array")
	case '"':
		return jsonKind("string")
	case 't', 'f':
		return jsonKind("bool")
	case '{':
		return jsonKind("map")
	}
	return jsonKind("int")
}

// LooksUTF16 reports whether b looks like UTF-16 text: a UTF-16
// byte-order mark, or NUL bytes at every other position of its beginning
// (ASCII letters in UTF-16 are valid UTF-8 with a NUL beside each, so
// without this such input would be read as garbage without an error).
func LooksUTF16(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	n := min(len(b), 64) &^ 1
	if n < 8 {
		return false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	return max(even, odd) >= n/2*3/4 && min(even, odd) == 0
}

// utf16Hint is what to add to an encoding error about b that looks like
// UTF-16.
func utf16Hint(b []byte) string {
	if LooksUTF16(b) {
		return ": it looks like UTF-16; convert it to UTF-8"
	}
	return ""
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
