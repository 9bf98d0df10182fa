package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
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
			return Line{Number: lr.line, Doc: Document{ID: strconv.Itoa(lr.line)},
				Err: Errorf(CodeTooLarge, "line is %d bytes, limit is %d", size, lr.maxBytes)}, nil
		}
		if len(bytes.TrimSpace(data)) == 0 {
			if err == io.EOF {
				return Line{}, io.EOF
			}
			continue
		}
		doc, derr := Decode(data, lr.maxBytes)
		if doc.ID == "" {
			doc.ID = idOf(data)
		}
		if doc.ID == "" {
			doc.ID = strconv.Itoa(lr.line)
		}
		return Line{Number: lr.line, Doc: doc, Err: derr}, nil
	}
}

// readLine returns the line without its newline, and the line's full size.
// Past maxBytes it stops keeping bytes but keeps counting.
func (lr *LineReader) readLine() ([]byte, int, error) {
	var buf []byte
	size := 0
	for {
		chunk, err := lr.r.ReadSlice('\n')
		lr.offset += int64(len(chunk))
		size += len(chunk)
		if size <= lr.maxBytes+1 {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(buf); n > 0 && buf[n-1] == '\n' {
			buf = buf[:n-1]
			size--
		}
		if size > lr.maxBytes {
			buf = nil
		}
		return buf, size, err
	}
}

// idOf recovers the "id" of a line that failed to decode as a whole, so an
// error line can still name its document.
func idOf(data []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(data, &v) == nil {
		return v.ID
	}
	return ""
}
