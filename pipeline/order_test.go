package pipeline_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/segmentio/kafka-go"
)

// versionPairs returns n documents each sent twice, back to back, keyed by
// id: a long first version and a short second one (an edit), so that the
// second is extracted first when both are in flight at once.
func versionPairs(n int) []kafka.Message {
	var msgs []kafka.Message
	for i := range n {
		id := fmt.Sprint("doc-", i)
		long, lang := genDocument(i)
		var b strings.Builder
		for range 40 {
			b.WriteString(long)
			b.WriteByte(' ')
		}
		short, _ := genDocument(1000 + i)
		msgs = append(msgs, docMessage(id, b.String(), lang), docMessage(id, short, lang))
	}
	return msgs
}

// checkLatestWins: in every partition of the documents topic, the last
// record of each key comes from the latest input of that key, which is what
// compaction keeps.
func checkLatestWins(t *testing.T, docs []kafka.Message) {
	t.Helper()
	last := map[string]int64{}   // key -> source offset of its last record
	latest := map[string]int64{} // key -> largest source offset among its records
	for _, m := range docs {     // readTopic returns each partition in offset order
		r := decodeDocument(t, m)
		k := string(m.Key)
		last[k] = r.Source.Offset
		latest[k] = max(latest[k], r.Source.Offset)
	}
	stale := 0
	for k, off := range last {
		if off != latest[k] {
			stale++
		}
	}
	if stale > 0 || len(last) == 0 {
		t.Fatalf("%d of %d documents end on an older version's result", stale, len(last))
	}
}

// TestLatestVersionPublishesLast: a document sent twice in a row (an edit)
// is extracted concurrently, and its longer first version finishes last;
// the worker must still publish the versions in input order, or the
// compacted documents topic keeps the stale result (an audit found 87 of
// 200 stale before the outputs of one key were ordered).
func TestLatestVersionPublishesLast(t *testing.T) {
	b := startBroker(t, 1)
	cfg := testConfig(b.Addr())
	cfg.Concurrency = 4
	topics := cfg.Topics()
	createTopics(t, b.Addr(), topics)
	msgs := versionPairs(60)
	produce(t, b.Addr(), topics.Input, msgs)
	_, stop := runWorker(t, cfg)
	waitResults(t, "every version's result", b.Addr(), topics.Documents, len(msgs))
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	checkLatestWins(t, readTopic(t, b.Addr(), topics.Documents))
}
