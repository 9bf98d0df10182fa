package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
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
	body, err := s.readBody(w, r)
	if err != nil {
		s.fail(w, err)
		return
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		s.extractBatch(w, r, trimmed)
		return
	}
	doc, err := schema.Decode(body, s.cfg.MaxDocBytes)
	if err != nil {
		s.metrics.documents.WithLabelValues(string(schema.CodeOf(err))).Inc()
		s.fail(w, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	res, err := s.extractOne(ctx, doc)
	if err != nil {
		if ctx.Err() != nil {
			s.timedOut(w, r)
			return
		}
		s.fail(w, err)
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
		code := schema.CodeBadJSON
		if !utf8.Valid(body) {
			code = schema.CodeInvalidUTF8
		}
		s.fail(w, schema.Errorf(code, "request body is not a JSON array of documents: %v", err))
		return
	}
	if len(raws) > s.cfg.MaxDocuments {
		s.fail(w, schema.Errorf(codeTooManyDocuments, "%d documents in one request, limit is %d", len(raws), s.cfg.MaxDocuments))
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	out := make([]any, len(raws))
	docs := make([]schema.Document, len(raws))
	var todo []int
	for i, raw := range raws {
		doc, err := schema.Decode(raw, s.cfg.MaxDocBytes)
		if doc.ID == "" {
			doc.ID = idOf(raw, i)
		}
		if err != nil {
			s.metrics.documents.WithLabelValues(string(schema.CodeOf(err))).Inc()
			out[i] = failure(doc.ID, err)
			continue
		}
		docs[i] = doc
		todo = append(todo, i)
	}

	// Workers are owned by this handler, which waits for them: after the
	// deadline they take no new document, and the one in hand finishes.
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		next int
	)
	workers := min(len(todo), s.cfg.Concurrency)
	for range workers {
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
				if err != nil {
					out[i] = failure(docs[i].ID, err)
					continue
				}
				out[i] = res
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		s.timedOut(w, r)
		return
	}
	b, err := json.Marshal(out)
	if err != nil {
		s.fail(w, fmt.Errorf("encode results: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, b)
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
	res, err := s.cfg.Extractor.Extract(ctx, doc)
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

func (s *Server) timedOut(w http.ResponseWriter, r *http.Request) {
	if r.Context().Err() != nil {
		return // the client left; nobody reads an answer
	}
	writeError(w, http.StatusServiceUnavailable, codeTimeout, fmt.Sprintf("extraction took longer than %s", s.cfg.Timeout))
}

// readBody reads the whole body within MaxBodyBytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	limit := s.cfg.MaxBodyBytes
	if r.ContentLength > limit {
		return nil, schema.Errorf(schema.CodeTooLarge, "request body is %d bytes, limit is %d", r.ContentLength, limit)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, schema.Errorf(schema.CodeTooLarge, "request body is larger than the limit of %d bytes", limit)
		}
		return nil, schema.Errorf(schema.CodeBadJSON, "read request body: %v", err)
	}
	return body, nil
}

// fail answers with err's code and the matching status.
func (s *Server) fail(w http.ResponseWriter, err error) {
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
	writeError(w, statusOf(code), code, msg)
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

// idOf names a document of an array: its own id if it can be read, else its
// 0-based position.
func idOf(raw []byte, i int) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(raw, &v) == nil && v.ID != "" {
		return v.ID
	}
	return strconv.Itoa(i)
}

// checkContentType accepts JSON, and a charset only if it is UTF-8.
func checkContentType(ct string) error {
	if ct == "" {
		return errors.New(`Content-Type is missing; send "application/json"`)
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return fmt.Errorf("Content-Type %q cannot be parsed: %v", ct, err)
	}
	if mt != "application/json" {
		return fmt.Errorf(`Content-Type %q is not supported; send "application/json"`, mt)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return fmt.Errorf("charset %q is not supported; send UTF-8", cs)
	}
	return nil
}
