package httpapi

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"entities/extractor/schema"
)

// extract answers POST /v1/extract. A body that is one JSON object is one
// document: the answer is its Result, or an error status with its code. A
// body that is a JSON array answers 200 with one line per document in input
// order, a Result or a schema.Failure, so one bad document does not cost the
// others their results. Only faults of the request as a whole (content type,
// size, count, syntax of the array, time) turn an array into an error status.
func (s *Server) extract(w http.ResponseWriter, r *http.Request) {
	if !s.Ready() {
		writeError(w, http.StatusServiceUnavailable, codeNotReady, "models are loading; retry shortly")
		return
	}
	if err := checkContentType(r.Header.Get("Content-Type")); err != nil {
		writeError(w, http.StatusUnsupportedMediaType, codeUnsupportedMediaType, err.Error())
		return
	}
	// Full already: refuse before reading and decoding the body.
	if !s.admit(w, 0) {
		return
	}
	body, err := s.readBody(w, r)
	// The server's write timeout counts from the request's headers, as the
	// extraction's deadline counts from the body's end: after a slow upload
	// the answer, or the 408 for a body that never came, would be cut off
	// unsent. Writing gets the request's whole budget from here.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.readTimeout()))
	if err != nil {
		s.fail(w, err)
		return
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\ufeff")), " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		s.extractBatch(w, r, trimmed)
		return
	}
	doc, err := schema.Decode(body, s.cfg.MaxDocBytes)
	infoOf(r).docs.Store(1)
	if err != nil {
		s.metrics.documents.WithLabelValues(string(schema.CodeOf(err))).Inc()
		id := doc.ID
		if id == "" {
			// a document refused whole (too large, bad JSON after its id)
			// is still named, as extract names it
			id = schema.DocumentID(body)
		}
		s.failDoc(w, id, err)
		return
	}
	n := int64(len(doc.Text))
	if !s.admit(w, n) {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	// The extraction runs on its own goroutine, owned by the server (Serve
	// waits for it), so that the answer goes out when the deadline passes:
	// the extractor sees the context end and stops soon after.
	var (
		res  schema.Result
		xerr error
	)
	done := make(chan struct{})
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		defer close(done)
		defer s.admission.release(n)
		res, xerr = s.extractOne(ctx, doc)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
	if ctx.Err() != nil {
		s.metrics.documents.WithLabelValues(string(schema.CodeTimeout)).Inc()
		s.timedOut(w, r, doc.ID)
		return
	}
	if xerr != nil {
		s.failDoc(w, doc.ID, xerr)
		return
	}
	b, err := json.Marshal(res)
	if err != nil {
		s.fail(w, fmt.Errorf("encode result: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, b)
}

func (s *Server) extractBatch(w http.ResponseWriter, r *http.Request, body []byte) {
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		if !utf8.Valid(body) {
			s.fail(w, schema.Errorf(schema.CodeInvalidUTF8, "the request body is not valid UTF-8"))
			return
		}
		s.fail(w, schema.BadJSON(body, "the request body (a JSON array of documents)", err))
		return
	}
	infoOf(r).docs.Store(int64(len(raws)))
	if len(raws) > s.cfg.MaxDocuments {
		s.fail(w, schema.Errorf(codeTooManyDocuments, "%d documents in one request, limit is %d", len(raws), s.cfg.MaxDocuments))
		return
	}

	out := make([]any, len(raws))
	docs := make([]schema.Document, len(raws))
	var (
		todo  []int
		total int64
	)
	for i, raw := range raws {
		doc, err := schema.Decode(raw, s.cfg.MaxDocBytes)
		if doc.ID == "" && err != nil {
			doc.ID = schema.DocumentID(raw)
		}
		if doc.ID == "" {
			doc.ID = strconv.Itoa(i) // its 0-based position
		}
		if err != nil {
			s.metrics.documents.WithLabelValues(string(schema.CodeOf(err))).Inc()
			out[i] = failure(doc.ID, err)
			continue
		}
		docs[i] = doc
		todo = append(todo, i)
		total += int64(len(doc.Text))
	}
	if !s.admit(w, total) {
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	// Workers are owned by one goroutine that the server waits for; the
	// handler answers when they are done or when the deadline passes,
	// whichever comes first, with the results there are and a timeout
	// failure for each document not done. After the deadline workers take
	// no new document, and the one in hand stops soon.
	var (
		mu       sync.Mutex
		next     int
		answered bool // out is the handler's: workers no longer write it
	)
	done := make(chan struct{})
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		defer close(done)
		var wg sync.WaitGroup
		var released atomic.Int64
		for range min(len(todo), s.cfg.Concurrency) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					mu.Lock()
					if next == len(todo) || ctx.Err() != nil {
						mu.Unlock()
						return
					}
					i := todo[next]
					next++
					mu.Unlock()
					res, err := s.extractOne(ctx, docs[i])
					n := int64(len(docs[i].Text))
					s.admission.release(n)
					released.Add(n)
					if ctx.Err() != nil {
						continue // the deadline's failure stands for it
					}
					mu.Lock()
					if !answered {
						if err != nil {
							out[i] = failure(docs[i].ID, err)
						} else {
							out[i] = res
						}
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		s.admission.release(total - released.Load())
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
	mu.Lock()
	answered = true
	mu.Unlock()
	if r.Context().Err() != nil {
		return // the client left; nobody reads an answer
	}
	late := 0
	for _, i := range todo {
		if out[i] == nil {
			out[i] = schema.Failure{ID: docs[i].ID, Error: *timeoutError(s.cfg.Timeout)}
			late++
		}
	}
	if late > 0 {
		s.metrics.documents.WithLabelValues(string(schema.CodeTimeout)).Add(float64(late))
		s.metrics.timeouts.Inc()
		s.log.Warn("extract: deadline passed before the end of an array", "documents", len(raws), "timed_out", late, "timeout", s.cfg.Timeout)
	}
	b, err := json.Marshal(out)
	if err != nil {
		s.fail(w, fmt.Errorf("encode results: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// admit reserves n bytes of pending text for a request, or answers 503
// overloaded with Retry-After and returns false.
func (s *Server) admit(w http.ResponseWriter, n int64) bool {
	ok, retry := s.admission.admit(n)
	if !ok {
		s.metrics.rejected.Inc()
		w.Header().Set("Retry-After", strconv.Itoa(int(retry/time.Second)))
		writeError(w, http.StatusServiceUnavailable, codeOverloaded,
			fmt.Sprintf("the server has more text to extract than it can within the time limit of %s; retry later", s.cfg.Timeout))
	}
	return ok
}

func timeoutError(limit time.Duration) *schema.Error {
	return schema.Errorf(schema.CodeTimeout, "extraction did not finish within the time limit of %s", limit)
}

// extractOne extracts one valid document within one of the server's
// concurrency slots.
func (s *Server) extractOne(ctx context.Context, doc schema.Document) (schema.Result, error) {
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return schema.Result{}, ctx.Err()
	}
	defer func() { <-s.sem }()
	start := time.Now()
	res, err := s.cfg.Extractor.Extract(ctx, doc)
	if err == nil {
		s.admission.observe(len(doc.Text), time.Since(start))
	} else if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		s.admission.timedOut(len(doc.Text), time.Since(start))
	}
	if err != nil {
		if ctx.Err() == nil {
			s.metrics.documents.WithLabelValues(string(schema.CodeOf(err))).Inc()
			if schema.CodeOf(err) == schema.CodeInternal {
				s.log.Error("extract", "id", doc.ID, "err", err)
			}
		}
		return schema.Result{}, err
	}
	if res.Entities == nil {
		res.Entities = []schema.Mention{}
	}
	s.metrics.documents.WithLabelValues("ok").Inc()
	for _, m := range res.Entities {
		s.metrics.mentions.WithLabelValues(string(m.Type)).Inc()
	}
	return res, nil
}

func (s *Server) timedOut(w http.ResponseWriter, r *http.Request, id string) {
	if r.Context().Err() != nil {
		return // the client left; nobody reads an answer
	}
	s.metrics.timeouts.Inc()
	s.log.Warn("extract: deadline passed", "timeout", s.cfg.Timeout)
	e := timeoutError(s.cfg.Timeout)
	writeDocError(w, id, http.StatusServiceUnavailable, e.Code, e.Message)
}

// readBody reads the whole body within MaxBodyBytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	limit := s.cfg.MaxBodyBytes
	if r.ContentLength > limit {
		return nil, schema.Errorf(schema.CodeTooLarge, "request body is %d bytes, limit is %d", r.ContentLength, limit)
	}
	var in io.Reader = http.MaxBytesReader(w, r.Body, limit)
	gzipped := false
	switch enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		gzipped = true
		gz, err := gzip.NewReader(in)
		if err != nil {
			return nil, schema.Errorf(schema.CodeBadJSON, "the request body is not gzip, as its Content-Encoding says")
		}
		defer gz.Close()
		in = io.LimitReader(gz, limit+1) // the limit holds for the text, not only for what came over the wire
	default:
		return nil, schema.Errorf(codeUnsupportedMediaType, "Content-Encoding %q is not supported; send gzip or no encoding", enc)
	}
	body, err := io.ReadAll(in)
	infoOf(r).bodyBytes.Store(int64(len(body)))
	infoOf(r).bodyRead.Store(true)
	if err == nil && int64(len(body)) > limit {
		return nil, schema.Errorf(schema.CodeTooLarge, "request body is larger than the limit of %d bytes once decompressed", limit)
	}
	if err != nil {
		var tooLarge *http.MaxBytesError
		var netErr net.Error
		switch {
		case errors.As(err, &tooLarge):
			return nil, schema.Errorf(schema.CodeTooLarge, "request body is larger than the limit of %d bytes", limit)
		case errors.As(err, &netErr) && netErr.Timeout():
			return nil, schema.Errorf(codeBodyTimeout, "the request body did not arrive in time: %d bytes came in %s (a body must arrive within --timeout plus 10 s)", len(body), s.readTimeout())
		case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.As(err, new(flate.CorruptInputError)), gzipped && errors.Is(err, io.ErrUnexpectedEOF):
			return nil, schema.Errorf(schema.CodeBadJSON, "the request body is damaged gzip")
		}
		return nil, schema.Errorf(codeBodyBroken, "the request body could not be read to the end (%d bytes came): the connection broke", len(body))
	}
	return body, nil
}

// fail answers with err's code and the matching status.
func (s *Server) fail(w http.ResponseWriter, err error) { s.failDoc(w, "", err) }

// failDoc is fail for a request of one document, whose id (if any) the
// error body names as a failure line does.
func (s *Server) failDoc(w http.ResponseWriter, id string, err error) {
	code := schema.CodeOf(err)
	msg := err.Error()
	var e *schema.Error
	if errors.As(err, &e) {
		msg = e.Message
	}
	if code == schema.CodeInternal {
		s.log.Error("extract request failed", "err", err)
		msg = "internal error"
	}
	writeDocError(w, id, statusOf(code), code, msg)
}

func failure(id string, err error) schema.Failure {
	f := schema.Failure{ID: id, Error: schema.Error{Code: schema.CodeOf(err), Message: err.Error()}}
	var e *schema.Error
	if errors.As(err, &e) {
		f.Error.Message = e.Message
	}
	if f.Error.Code == schema.CodeInternal {
		f.Error.Message = "internal error"
	}
	return f
}

// checkContentType accepts JSON, and a charset only if it is UTF-8.
func checkContentType(ct string) error {
	if ct == "" {
		return errors.New(`Content-Type is missing; send "application/json"`)
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return fmt.Errorf(`Content-Type %q cannot be parsed; send "application/json"`, ct)
	}
	if mt != "application/json" {
		return fmt.Errorf(`Content-Type %q is not supported; send "application/json"`, mt)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return fmt.Errorf("charset %q is not supported; send UTF-8", cs)
	}
	return nil
}
