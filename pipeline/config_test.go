package pipeline

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"
)

func TestConfigDefaultsAndErrors(t *testing.T) {
	c, err := Config{Brokers: []string{" a:9092, b:9092 ", ""}}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Brokers) != 2 || c.Brokers[1] != "b:9092" {
		t.Errorf("brokers %q", c.Brokers)
	}
	tp := c.Topics()
	want := Topics{Input: "documents", Documents: "entities.documents", Person: "entities.person",
		Organization: "entities.organization", Money: "entities.money", DLQ: "documents.dlq"}
	if tp != want {
		t.Errorf("topics %+v, want %+v", tp, want)
	}
	if c.MaxBytes != 1<<20 || c.Concurrency < 1 || c.Version != Version {
		t.Errorf("defaults: %+v", c)
	}
	bad := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no brokers", Config{}, "no brokers"},
		{"negative batch", Config{Brokers: []string{"a:1"}, BatchSize: -1}, "batch size"},
		{"negative linger", Config{Brokers: []string{"a:1"}, Linger: -1}, "linger"},
		{"input is an output", Config{Brokers: []string{"a:1"}, InputTopic: "x", DLQTopic: "x"}, "used twice"},
		{"a name Kafka refuses", Config{Brokers: []string{"a:1"}, Prefix: "bad name!"}, "Kafka takes names"},
		{"a name too long", Config{Brokers: []string{"a:1"}, InputTopic: strings.Repeat("d", 250)}, "Kafka takes names"},
	}
	for _, tt := range bad {
		if _, err := tt.cfg.withDefaults(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one mentioning %q", tt.name, err, tt.want)
		}
	}
}

func TestHandler(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.docsIn.Add(3)
	var ready atomic.Bool
	srv := httptest.NewServer(Handler(reg, ready.Load))
	defer srv.Close()
	get := func(path string) (int, string) {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	if code, _ := get("/readyz"); code != 503 {
		t.Errorf("/readyz before ready: %d", code)
	}
	ready.Store(true)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz when ready: %d", code)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "entities_documents_in_total 3") {
		t.Errorf("/metrics %d:\n%s", code, body)
	}
}

// TestSummarizeWriteErrors: a write error of many records is logged as each
// distinct error once, with its count, three at most (kafka-go printed one
// error per record: 11,000 characters on one line in an audit).
func TestSummarizeWriteErrors(t *testing.T) {
	werrs := make(kafka.WriteErrors, 200)
	for i := range werrs {
		switch i % 4 {
		case 0:
			werrs[i] = kafka.LeaderNotAvailable
		case 1:
			werrs[i] = kafka.NotEnoughReplicas
		case 2:
			werrs[i] = kafka.RequestTimedOut
		}
	}
	werrs[3] = kafka.UnknownTopicOrPartition
	got := summarize(werrs)
	if len(got) > 600 || !strings.HasPrefix(got, "50 records: ") || !strings.HasSuffix(got, "; and 1 other errors") {
		t.Errorf("summary of %d errors (%d characters): %s", len(werrs), len(got), got)
	}
}
