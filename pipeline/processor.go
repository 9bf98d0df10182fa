package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/segmentio/kafka-go"

	"entities/extractor"
	"entities/extractor/schema"
)

// ProcessorConfig configures a Processor.
type ProcessorConfig struct {
	Extractor extractor.Extractor // required
	Topics    Topics              // output topic names; see NewTopics
	MaxBytes  int                 // largest accepted document; 0 means schema.DefaultMaxBytes
	Version   string              // pipeline_version; "" means Version
	// MaxRecordBytes is the largest record value written; 0 means
	// MaxRecordBytes. Larger results are truncated and split (see there).
	MaxRecordBytes int
}

// Processor turns one input message into the records it produces. It holds
// no state between messages and is safe for concurrent use, so a consumer,
// a replay of a topic range (entities reprocess) or a test can all drive it.
type Processor struct {
	ex       extractor.Extractor
	topics   Topics
	maxBytes int
	version  string
	maxRec   int
}

// NewProcessor checks cfg and returns a Processor.
func NewProcessor(cfg ProcessorConfig) (*Processor, error) {
	if cfg.Extractor == nil {
		return nil, errors.New("pipeline: processor needs an extractor")
	}
	if cfg.Topics.Documents == "" || cfg.Topics.DLQ == "" || cfg.Topics.Person == "" || cfg.Topics.Organization == "" || cfg.Topics.Money == "" {
		return nil, fmt.Errorf("pipeline: processor needs every output topic name, got %+v", cfg.Topics)
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = schema.DefaultMaxBytes
	}
	if cfg.Version == "" {
		cfg.Version = Version
	}
	if cfg.MaxRecordBytes <= 0 {
		cfg.MaxRecordBytes = MaxRecordBytes
	}
	return &Processor{ex: cfg.Extractor, topics: cfg.Topics, maxBytes: cfg.MaxBytes, version: cfg.Version, maxRec: cfg.MaxRecordBytes}, nil
}

// Output is what one input message produced.
type Output struct {
	// Records to publish, each with its Topic set: the document result first,
	// then one record per entity; or a single dead-letter record.
	Records []kafka.Message
	Result  *schema.Result // nil for a dead letter
	Failure *schema.Error  // why the message went to the dead-letter topic
	Elapsed time.Duration  // time spent decoding and extracting
}

// Process decodes and extracts one input message. A message that cannot be
// processed is not an error: it yields a dead-letter record whose headers
// say why. Process returns an error only when ctx ends first, in which case
// the message must be processed again later.
func (p *Processor) Process(ctx context.Context, m kafka.Message) (Output, error) {
	start := time.Now()
	src := Source{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset}
	doc, err := schema.Decode(m.Value, p.maxBytes)
	if err == nil {
		if doc.ID == "" {
			doc.ID = defaultID(m)
		}
		var res schema.Result
		res, err = p.ex.Extract(ctx, doc)
		if err == nil {
			var out Output
			if out, err = p.records(res, src, m.Time); err == nil {
				out.Elapsed = time.Since(start)
				return out, nil
			}
		}
		if cerr := ctx.Err(); cerr != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			return Output{}, fmt.Errorf("extract %s: %w", src, cerr)
		}
	}
	var serr *schema.Error
	if !errors.As(err, &serr) {
		serr = schema.Errorf(schema.CodeInternal, "%v", err)
	}
	return Output{Records: []kafka.Message{p.DeadLetter(m, serr)}, Failure: serr, Elapsed: time.Since(start)}, nil
}

func (p *Processor) records(res schema.Result, src Source, t time.Time) (Output, error) {
	val, err := encodeDocument(DocumentRecord{Result: res, Source: src, PipelineVersion: p.version}, p.maxRec)
	if err != nil {
		return Output{}, errOutputTooLarge(fmt.Errorf("encode result of %s: %w", src, err))
	}
	ents := EntityRecords(res, src, p.version)
	recs := make([]kafka.Message, 0, 1+len(ents))
	// The input's timestamp, not now: a replay yields the same records.
	recs = append(recs, kafka.Message{Topic: p.topics.Documents, Key: []byte(res.ID), Value: val, Time: t})
	for _, e := range ents {
		topic := p.topics.Entity(e.Type)
		if topic == "" {
			continue
		}
		vs, err := encodeEntity(e, p.maxRec)
		if err != nil {
			return Output{}, errOutputTooLarge(fmt.Errorf("encode entity %q of %s: %w", e.Key, src, err))
		}
		for _, v := range vs {
			recs = append(recs, kafka.Message{Topic: topic, Key: []byte(e.Key), Value: v, Time: t})
		}
	}
	return Output{Records: recs, Result: &res}, nil
}

// DeadLetter builds the dead-letter record of m: its key, value and headers
// unchanged, plus headers naming the error and where m came from.
func (p *Processor) DeadLetter(m kafka.Message, e *schema.Error) kafka.Message {
	hs := make([]kafka.Header, 0, len(m.Headers)+5)
	for _, h := range m.Headers {
		// a dead letter replayed (reprocess --topic documents.dlq) and dead
		// again: its first error and source stay, as previous.*, and the
		// new ones are the only error.* and source.* headers
		if strings.HasPrefix(h.Key, "error.") || strings.HasPrefix(h.Key, "source.") {
			h.Key = "previous." + h.Key
		}
		hs = append(hs, h)
	}
	hs = append(hs,
		kafka.Header{Key: HeaderErrorCode, Value: []byte(e.Code)},
		kafka.Header{Key: HeaderErrorMessage, Value: []byte(e.Message)},
		kafka.Header{Key: HeaderSourceTopic, Value: []byte(m.Topic)},
		kafka.Header{Key: HeaderSourcePartition, Value: []byte(strconv.Itoa(m.Partition))},
		kafka.Header{Key: HeaderSourceOffset, Value: []byte(strconv.FormatInt(m.Offset, 10))},
	)
	return kafka.Message{Topic: p.topics.DLQ, Key: m.Key, Value: m.Value, Headers: hs, Time: m.Time}
}

// defaultID names a document that carries no id: its message key when that
// is printable text of at most 256 bytes, else its position in the input
// topic. Both are stable under replay, and so is the position of a dead
// letter replayed from the dead-letter topic: it names the position its
// source.* headers give, the first one's if it failed more than once
// (previous.source.*), where it would have been named by its place in the
// dead-letter topic, a second id for one document.
func defaultID(m kafka.Message) string {
	if len(m.Key) > 0 && len(m.Key) <= 256 && utf8.Valid(m.Key) {
		return string(m.Key)
	}
	topic, partition, offset := m.Topic, strconv.Itoa(m.Partition), strconv.FormatInt(m.Offset, 10)
	headers := map[string]string{}
	for _, h := range m.Headers {
		headers[h.Key] = string(h.Value)
	}
	if _, dead := headers[HeaderErrorCode]; !dead {
		// not a dead letter: source.* headers of another system's are no
		// position of ours (constant ones would give every document one id)
		return topic + "/" + partition + "/" + offset
	}
	for prefix := ""; ; prefix += "previous." {
		t, ok := headers[prefix+HeaderSourceTopic]
		if !ok {
			break
		}
		p, perr := strconv.Atoi(headers[prefix+HeaderSourcePartition])
		o, oerr := strconv.ParseInt(headers[prefix+HeaderSourceOffset], 10, 64)
		if t != "" && perr == nil && oerr == nil && p >= 0 && o >= 0 {
			topic, partition, offset = t, strconv.Itoa(p), strconv.FormatInt(o, 10)
		}
	}
	return topic + "/" + partition + "/" + offset
}

func (s Source) String() string {
	return s.Topic + "/" + strconv.Itoa(s.Partition) + "@" + strconv.FormatInt(s.Offset, 10)
}
