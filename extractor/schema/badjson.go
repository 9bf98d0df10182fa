package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
)

// BadJSON turns an error of encoding/json, met while decoding data, into a
// CodeBadJSON error that says in plain words what is wrong and where (line
// and column, 1-based, counted in bytes; the column alone for a one-line
// document), with no Go types in it:
//
//	field "text" must be a string, not a number (column 9)
//
// what names the thing data should have been, for the messages that need
// it ("a JSON object", "a JSON array of documents"). Every entry point
// (extract, serve, the worker's dead letters) reports bad JSON through it.
func BadJSON(data []byte, what string, err error) *Error {
	var (
		typeErr   *json.UnmarshalTypeError
		syntaxErr *json.SyntaxError
		timeErr   *time.ParseError
	)
	switch {
	case errors.As(err, &typeErr):
		want := jsonKind(typeErr.Type.Kind().String())
		if typeErr.Type == typeOfTime {
			want = `a date and time such as "2024-05-01T09:30:00Z"`
		}
		where := "the input"
		if typeErr.Field != "" {
			where = fmt.Sprintf("field %q", jsonPath(typeErr.Field))
		}
		return Errorf(CodeBadJSON, "%s must be %s, not %s (%s)", where, want, article(typeErr.Value), position(data, typeErr.Offset))
	case errors.As(err, &syntaxErr):
		msg := strings.TrimPrefix(syntaxErr.Error(), "invalid character ")
		if msg != syntaxErr.Error() {
			msg = "unexpected character " + msg
		}
		return Errorf(CodeBadJSON, "%s is not valid JSON: %s (%s)", what, msg, position(data, syntaxErr.Offset-1))
	case errors.As(err, &timeErr):
		return Errorf(CodeBadJSON, `field "published_at" must be a date and time such as "2024-05-01T09:30:00Z", not %q`, timeErr.Value)
	case strings.HasPrefix(err.Error(), "Time.UnmarshalJSON"): // a number or array given for a time
		return Errorf(CodeBadJSON, `field "published_at" must be a string with a date and time such as "2024-05-01T09:30:00Z"`)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return Errorf(CodeBadJSON, "%s is not valid JSON: it ends before it is complete", what)
	}
	return Errorf(CodeBadJSON, "%s is not valid JSON: %v", what, err)
}

var typeOfTime = reflect.TypeFor[time.Time]()

// jsonPath drops the names of embedded Go structs (Document.lang,
// Result.entities.start) from encoding/json's path of a field: the schema's
// fields are all lower case.
func jsonPath(field string) string {
	for {
		head, rest, ok := strings.Cut(field, ".")
		if !ok || head == "" || head[0] < 'A' || head[0] > 'Z' {
			return field
		}
		field = rest
	}
}

// jsonKind names the JSON value a Go kind is decoded from.
func jsonKind(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return "a number"
	}
	return "another kind of value"
}

// article puts "a" or "an" before the kind of JSON value encoding/json
// reports ("number", "array", "object", "string", "bool", "number 1.5").
func article(v string) string {
	switch {
	case v == "bool":
		return "true or false"
	case v == "":
		return "that value"
	case strings.IndexByte("aeiou", v[0]) >= 0:
		return "an " + v
	}
	return "a " + v
}

// position is the column of byte offset off in data, and its line when
// data has several (a pretty-printed HTTP body). A JSON line is one line of
// a file whose line number the caller gives: "line 1" would be wrong there.
func position(data []byte, off int64) string {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	col := len(before) - bytes.LastIndexByte(before, '\n')
	if bytes.IndexByte(data, '\n') < 0 {
		return fmt.Sprintf("column %d", col)
	}
	line := bytes.Count(before, []byte{'\n'}) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}
