package schema

import (
	"context"
	"errors"
	"fmt"
)

// Code is a stable, machine-readable reason for rejecting a document. The same
// codes appear on CLI error lines, in the dead-letter topic's error.code header
// and in HTTP error bodies.
type Code string

// Reasons a document is rejected.
const (
	CodeBadJSON         Code = "bad_json"         // not a JSON object of the input schema
	CodeMissingText     Code = "missing_text"     // no "text" field
	CodeEmptyText       Code = "empty_text"       // text is empty or only white space
	CodeInvalidUTF8     Code = "invalid_utf8"     // bytes are not valid UTF-8
	CodeTooLarge        Code = "too_large"        // larger than the configured limit
	CodeBadLangHint     Code = "bad_lang_hint"    // "lang" is not an ISO 639-1 code
	CodeUnknownLanguage Code = "unknown_language" // the language cannot be told and the policy rejects it
	CodeTimeout         Code = "timeout"          // extraction stopped: the time limit passed or the caller left
	CodeInternal        Code = "internal"         // a bug: reported, never silently dropped
)

// Error is a rejected document's reason. It is both a Go error (errors.As) and
// the JSON object {"code", "message"}.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	cause   error  // for errors.Is, e.g. context.DeadlineExceeded; not encoded
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Unwrap returns the cause of a CodeTimeout error (the context's error), so
// callers can tell a deadline from a bad document with errors.Is.
func (e *Error) Unwrap() error { return e.cause }

// Stopped is the error of an extraction that ended because ctx did: code
// CodeTimeout, and errors.Is(err, ctx.Err()) holds. It returns nil while ctx
// is live, so extraction steps can write `if err := schema.Stopped(ctx); err != nil`.
func Stopped(ctx context.Context) error {
	cerr := ctx.Err()
	if cerr == nil {
		return nil
	}
	msg := "extraction was cancelled before it finished"
	if errors.Is(cerr, context.DeadlineExceeded) {
		msg = "extraction did not finish within the time limit"
	}
	return &Error{Code: CodeTimeout, Message: msg, cause: cerr}
}

// Is makes errors.Is(err, &Error{Code: c}) match on the code alone.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && (t.Message == "" || t.Message == e.Message)
}

// Errorf builds an *Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns the Code of err, or CodeInternal when err carries none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}
