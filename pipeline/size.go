package pipeline

import (
	"fmt"

	json "github.com/segmentio/encoding/json" // the bytes of encoding/json, faster: TestRecordsEncodeAsEncodingJSON

	"entities/extractor/schema"
)

// MaxRecordBytes is the largest record value the worker writes. Kafka's
// default message.max.bytes is 1,048,588 (1 MiB plus overhead); staying
// under 1,000,000 leaves room for the key, headers and batch framing. A
// result is about 5-6 times the size of its text, so the results of large
// documents would not fit whole:
//
//   - a document record over the limit keeps the first mentions that fit,
//     with "entities_truncated": true and "mentions" set to the number of
//     mentions the document has; the entity records carry them all;
//   - an entity record over the limit is split into parts with the same
//     key, each with "part" (1-based) and "parts" and its own mentions,
//     count and forms (add the parts up for the whole).
const MaxRecordBytes = 1_000_000

// encodeDocument encodes the document record of res, truncating its
// mentions to fit in limit bytes.
func encodeDocument(r DocumentRecord, limit int) ([]byte, error) {
	val, err := json.Marshal(r)
	if err != nil || len(val) <= limit {
		return val, err
	}
	all := r.Entities
	r.EntitiesTruncated, r.Mentions = true, len(all)
	r.Entities = nil
	base, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	if len(base) > limit {
		return nil, fmt.Errorf("document record without mentions is %d bytes, over the limit of %d", len(base), limit)
	}
	// Keep the longest prefix of mentions whose encodings fit, then check
	// the real encoding (field escaping is the same either way).
	room, n := limit-len(base), 0
	for n < len(all) {
		b, err := json.Marshal(all[n])
		if err != nil {
			return nil, err
		}
		if room -= len(b) + 1; room < 0 {
			break
		}
		n++
	}
	for {
		r.Entities = all[:n:n]
		val, err = json.Marshal(r)
		if err != nil || len(val) <= limit || n == 0 {
			return val, err
		}
		n -= max(1, n/100)
	}
}

// encodeEntity encodes an entity record, split into parts that each fit in
// limit bytes.
func encodeEntity(e EntityRecord, limit int) ([][]byte, error) {
	val, err := json.Marshal(e)
	if err != nil || len(val) <= limit {
		return [][]byte{val}, err
	}
	// The part fields take a few bytes: split with some room to spare.
	chunks, err := splitMentions(e, e.Mentions, limit-64)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(chunks))
	for i, ms := range chunks {
		p := partOf(e, ms)
		p.Part, p.Parts = i+1, len(chunks)
		if out[i], err = json.Marshal(p); err != nil {
			return nil, err
		}
		if len(out[i]) > limit {
			return nil, fmt.Errorf("entity %s: part %d of %d is %d bytes, over the limit of %d", e.Key, i+1, len(chunks), len(out[i]), limit)
		}
	}
	return out, nil
}

// splitMentions halves ms until each half's record fits in limit bytes.
func splitMentions(e EntityRecord, ms []Span, limit int) ([][]Span, error) {
	b, err := json.Marshal(partOf(e, ms))
	if err != nil {
		return nil, err
	}
	if len(b) <= limit || len(ms) <= 1 {
		return [][]Span{ms}, nil
	}
	h := len(ms) / 2
	left, err := splitMentions(e, ms[:h:h], limit)
	if err != nil {
		return nil, err
	}
	right, err := splitMentions(e, ms[h:], limit)
	return append(left, right...), err
}

// partOf is e with only the mentions ms, their count and their forms.
func partOf(e EntityRecord, ms []Span) EntityRecord {
	e.Mentions, e.Count, e.Forms = ms, len(ms), nil
	index := map[string]int{}
	for _, m := range ms {
		if i, ok := index[m.Text]; ok {
			e.Forms[i].Count++
			continue
		}
		index[m.Text] = len(e.Forms)
		e.Forms = append(e.Forms, Form{Text: m.Text, Count: 1})
	}
	return e
}

// errOutputTooLarge is the dead-letter reason of a document whose output
// the broker refused for its size even after truncating and splitting (a
// topic with a lower max.message.bytes than MaxRecordBytes, say).
func errOutputTooLarge(err error) *schema.Error {
	return schema.Errorf(schema.CodeTooLarge, "the result is too large for the output topics: %v", err)
}
