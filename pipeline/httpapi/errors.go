package httpapi

import (
	"encoding/json"
	"net/http"

	"entities/extractor/schema"
)

// Codes of errors that concern the request rather than one document. They
// extend the schema's codes in HTTP error bodies.
const (
	codeUnsupportedMediaType schema.Code = "unsupported_media_type"
	codeTooManyDocuments     schema.Code = "too_many_documents"
	codeNotReady             schema.Code = "not_ready"
	codeOverloaded           schema.Code = "overloaded"
	codeMethodNotAllowed     schema.Code = "method_not_allowed"
	codeNotFound             schema.Code = "not_found"
	codeBodyTimeout          schema.Code = "body_timeout"
	codeBodyBroken           schema.Code = "body_broken"
)

// statusOf maps a document's rejection code to the status of a request that
// carried only that document.
func statusOf(code schema.Code) int {
	switch code {
	case schema.CodeBadJSON, schema.CodeMissingText, schema.CodeEmptyText, schema.CodeBadLangHint:
		return http.StatusBadRequest
	case schema.CodeTooLarge, codeTooManyDocuments:
		return http.StatusRequestEntityTooLarge
	case schema.CodeInvalidUTF8, schema.CodeUnknownLanguage:
		return http.StatusUnprocessableEntity
	case codeUnsupportedMediaType:
		return http.StatusUnsupportedMediaType
	case codeNotReady, schema.CodeTimeout, codeOverloaded:
		return http.StatusServiceUnavailable
	case codeMethodNotAllowed:
		return http.StatusMethodNotAllowed
	case codeNotFound:
		return http.StatusNotFound
	case codeBodyTimeout:
		return http.StatusRequestTimeout
	case codeBodyBroken:
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

type errorBody struct {
	ID    string       `json:"id,omitempty"` // the document's, when the request was one document with an id
	Error schema.Error `json:"error"`
}

func writeError(w http.ResponseWriter, status int, code schema.Code, msg string) {
	writeDocError(w, "", status, code, msg)
}

// writeDocError is writeError for the document with id id.
func writeDocError(w http.ResponseWriter, id string, status int, code schema.Code, msg string) {
	b, err := json.Marshal(errorBody{id, schema.Error{Code: code, Message: msg}})
	if err != nil { // a struct of two strings always encodes
		panic(err)
	}
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", "5")
	}
	writeJSON(w, status, b)
}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body)
	w.Write([]byte{'\n'})
}
