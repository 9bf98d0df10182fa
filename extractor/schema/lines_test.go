package schema

import "testing"

// TestDocumentID: the id of a document that failed to decode is read as
// Decode reads it, so an error names the document Decode would have named
// (an audit: an integer id or "ID" was not named in serve's too-large
// error).
func TestDocumentID(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"id":"a","text":"x"}`, "a"},
		{`{"id":42,"text":"x"}`, "42"},
		{`{"ID":"b","text":"x"}`, "b"},
		{`{"Id":-7}`, "-7"},
		{`{"text":"Angela Merkel ... (cut off`, ""},
		{`{"id":"c","text":"Angela Merkel ... (cut off`, "c"},
		{`{"id":{"n":1},"text":"x"}`, ""},
		{`{"id":4.5}`, ""},
		{`{"ident":"d"}`, ""},
		{`["id","e"]`, ""},
		// the audit of this test's first version: a number cut short
		// was read as its first digits, and a byte-order mark hid the id
		{`{"id":00123,"text":"x"}`, ""},
		{`{"id":12abc,"text":"x"}`, ""},
		{`{"id":"f" ,"text":"x"}`, "f"},
		{"\ufeff{\"id\":\"g\",\"text\":7}", "g"},
		// cut at the end of the data (a too-large line is kept in part):
		// a string is whole, a number may not be
		{`{"id":"h"`, "h"},
		{`{"id":123`, ""},
	} {
		if got := DocumentID([]byte(tt.in)); got != tt.want {
			t.Errorf("DocumentID(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
