package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// LineReader reads input documents as JSON lines. A bad line is reported as
// that line's error and reading goes on; only an I/O error stops it. Lines
// longer than the size limit are skipped in constant memory.
type LineReader struct {
	r        *bufio.Reader
	maxBytes int
	line     int
	offset   int64
}

// NewLineReader reads JSON lines from r; maxBytes <= 0 means DefaultMaxBytes.
func NewLineReader(r io.Reader, maxBytes int) *LineReader {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	return &LineReader{r: bufio.NewReaderSize(r, 64<<10), maxBytes: maxBytes}
}

// Line is one input line: its 1-based number and either a document or the
// reason it was rejected. A document without an id gets the line number as id.
type Line struct {
	Number int
	Doc    Document
	Err    error
	// NumberedID: the document has no id of its own (or none could be
	// read), so Doc.ID is the line number.
	NumberedID bool
}

// Offset is the number of bytes consumed so far (for progress bars).
func (lr *LineReader) Offset() int64 { return lr.offset }

// Next returns the next non-blank line. It returns io.EOF at the end and any
// other error only when reading itself fails.
func (lr *LineReader) Next() (Line, error) {
	for {
		data, size, err := lr.readLine()
		if err != nil && (err != io.EOF || size == 0) {
			return Line{}, err
		}
		lr.line++
		if size > lr.maxBytes {
			ln := Line{Number: lr.line, Doc: Document{ID: DocumentID(data)},
				Err: Errorf(CodeTooLarge, "line is %d bytes, limit is %d", size, lr.maxBytes)}
			if ln.Doc.ID == "" {
				ln.Doc.ID, ln.NumberedID = strconv.Itoa(lr.line), true
			}
			return ln, nil
		}
		if len(bytes.TrimSpace(data)) == 0 {
			if err == io.EOF {
				return Line{}, io.EOF
			}
			continue
		}
		doc, derr := Decode(data, lr.maxBytes)
		if doc.ID == "" && derr != nil {
			doc.ID = DocumentID(data)
		}
		numbered := doc.ID == ""
		if numbered {
			doc.ID = strconv.Itoa(lr.line)
		}
		return Line{Number: lr.line, Doc: doc, Err: derr, NumberedID: numbered}, nil
	}
}

// readLine returns the line without its newline, and the line's full size.
// Past maxBytes it stops keeping bytes but keeps counting, and returns the
// first leadingBytes of such a line.
func (lr *LineReader) readLine() ([]byte, int, error) {
	var buf []byte
	size := 0
	for {
		chunk, err := lr.r.ReadSlice('\n')
		lr.offset += int64(len(chunk))
		size += len(chunk)
		if keep := lr.maxBytes + 1; len(buf) < keep {
			buf = append(buf, chunk[:min(len(chunk), keep-len(buf))]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(chunk); n > 0 && chunk[n-1] == '\n' {
			size-- // the newline is no part of the line
			if n := len(buf); n > 0 && buf[n-1] == '\n' {
				buf = buf[:n-1]
			}
		}
		if size > lr.maxBytes && len(buf) > leadingBytes {
			buf = buf[:leadingBytes] // enough for its id (DocumentID)
		}
		return buf, size, err
	}
}

// leadingBytes is how much of a line over the size limit is kept, to read
// its id.
const leadingBytes = 4096

// DocumentID returns the "id" of a document that failed to decode as a
// whole, so its error can still name it: the last "id" of the JSON object
// data, as encoding/json reads one, or the last before the fault when data
// breaks off or goes wrong later (a line over the size limit, kept only in
// part; {"id":"a","text": ...). "" when there is none to read.
func DocumentID(data []byte) string {
	data = bytes.TrimPrefix(data, utf8BOM) // as Decode skips it
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	id := ""
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return id
		}
		if k, ok := k.(string); ok && strings.EqualFold(k, "id") {
			// as Decode reads it: any case, a string or an integer
			var raw json.RawMessage
			if dec.Decode(&raw) != nil {
				return ""
			}
			v, err := readID(raw)
			if err != nil || !valueEnds(data, dec.InputOffset(), raw) {
				return ""
			}
			id = v
			continue
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return id
		}
	}
	return id
}

// valueEnds reports whether the JSON value raw, which ends at data[off:],
// ends there: a comma or a closing brace follows, after white space, or the
// end of data after a string. A number cut short is not read: {"id":00123
// is not id "0", nor is a too-large line's {"id":123 (kept in part) id "123"
// when it was 1234567.
func valueEnds(data []byte, off int64, raw json.RawMessage) bool {
	rest := bytes.TrimLeft(data[off:], " \t\r\n")
	if len(rest) == 0 {
		return len(raw) > 0 && raw[0] == '"'
	}
	return rest[0] == ',' || rest[0] == '}'
}
