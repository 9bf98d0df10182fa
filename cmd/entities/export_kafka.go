package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/segmentio/kafka-go"

	"entities/extractor/schema"
	"entities/pipeline"
	"entities/pipeline/export"
	"entities/pipeline/replay"
)

// kafkaExportFlags are export's flags for reading the entity topics.
type kafkaExportFlags struct {
	conn   connFlags
	prefix string
	latest bool
}

func (k *kafkaExportFlags) register(fs *flag.FlagSet, e *env) {
	k.conn.register(fs, e)
	fs.StringVar(&k.prefix, "prefix", "entities", "output topic prefix whose entity topics are read")
	fs.BoolVar(&k.latest, "latest", true, "count each document's entity records only from its latest result, the one <prefix>.documents keeps (after an edited document, or a replay into the live prefix under a new pipeline_version); false: every record")
}

// resultOf identifies one result of a document: the input message it came
// from and the pipeline version that made it.
func resultOf(src pipeline.Source, version string) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s", src.Topic, src.Partition, src.Offset, version)
	return h.Sum64()
}

func docHash(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

// latestResults reads <prefix>.documents to the end offsets it has now and
// returns, for each document id, its latest result: the one made from the
// newest input message (the highest offset, when its results come from one
// input partition; of two partitions the later input time, and of two equal
// times see laterInput), and of two results of one message the last record
// (a replay under a new pipeline_version). Records of one id are in one
// partition, in order; but a replay that runs while a document is edited
// publishes the old input's result after the edit's, and the last record
// alone would undo the edit. Nil when the topic is missing.
func (k *kafkaExportFlags) latestResults(ctx context.Context, e *env, conn replay.Conn, topic string) (map[uint64]uint64, error) {
	plan, err := replay.NewPlan(ctx, conn, topic, replay.Start{})
	if err != nil {
		fmt.Fprintf(e.stderr, "entities export: %v; every entity record counts\n", err)
		return nil, nil
	}
	type result struct {
		src  pipeline.Source
		time int64 // the input message's time, which result records carry
		res  uint64
	}
	// the newest result per document and input partition, then the newest
	// of those by input time: a producer that does not key by id puts one
	// document's versions in several partitions, whose offsets do not compare
	type key struct{ doc, input uint64 }
	newest := map[key]result{}
	err = replay.Read(ctx, conn, plan, func(m kafka.Message) error {
		var r struct {
			ID              string          `json:"id"`
			Source          pipeline.Source `json:"source"`
			PipelineVersion string          `json:"pipeline_version"`
		}
		if err := json.Unmarshal(m.Value, &r); err != nil {
			return fmt.Errorf("%s/%d@%d: not a result record: %w", m.Topic, m.Partition, m.Offset, err)
		}
		k := key{docHash(r.ID), docHash(fmt.Sprintf("%s\x00%d", r.Source.Topic, r.Source.Partition))}
		if prev, ok := newest[k]; ok && r.Source.Offset < prev.src.Offset {
			return nil // an older input's result, published after the newer one's
		}
		newest[k] = result{src: r.Source, time: m.Time.UnixNano(), res: resultOf(r.Source, r.PipelineVersion)}
		return nil
	})
	best := map[uint64]result{}
	for k, r := range newest {
		if b, ok := best[k.doc]; !ok || r.time > b.time || r.time == b.time && laterInput(r.src, b.src) {
			best[k.doc] = r
		}
	}
	latest := make(map[uint64]uint64, len(best))
	for h, r := range best {
		latest[h] = r.res
	}
	return latest, err
}

// laterInput orders two inputs of one document with the same time, which
// their order in no single partition tells: a dead letter replayed from a
// dead-letter topic (source "documents.dlq") is a later try than its input
// in "documents", and keeps that input's time; otherwise by topic,
// partition and offset, a fixed order. Not the order of the results in
// <prefix>.documents, which a full replay reverses (an audit saw the answer
// flip after one).
func laterInput(a, b pipeline.Source) bool {
	if da, db := strings.Count(a.Topic, ".dlq"), strings.Count(b.Topic, ".dlq"); da != db {
		return da > db
	}
	if a.Topic != b.Topic {
		return a.Topic > b.Topic
	}
	if a.Partition != b.Partition {
		return a.Partition > b.Partition
	}
	return a.Offset > b.Offset
}

func (k *kafkaExportFlags) set() bool { return k.conn.brokers != "" }

// run reads <prefix>.person, .organization and .money up to the end offsets
// they have when it starts; with --latest, it first reads <prefix>.documents
// to know each document's latest result and leaves out the entity records of
// older ones.
func (k *kafkaExportFlags) run(ctx context.Context, e *env, agg *export.Aggregator) error {
	conn, err := k.conn.replayConn()
	if err != nil {
		return err
	}
	topics := pipeline.NewTopics("documents", k.prefix)
	var latest map[uint64]uint64
	if k.latest {
		if latest, err = k.latestResults(ctx, e, conn, topics.Documents); err != nil {
			return err
		}
	}
	var plans []replay.Plan
	var total int64
	for _, t := range schema.Types {
		plan, err := replay.NewPlan(ctx, conn, topics.Entity(t), replay.Start{})
		if err != nil {
			return err
		}
		plans = append(plans, plan)
		total += plan.Total()
	}
	bar := newProgress(e.stderr, "export", total)
	defer bar.Finish()
	var n, stale int64
	for _, plan := range plans {
		err := replay.Read(ctx, conn, plan, func(m kafka.Message) error {
			var r pipeline.EntityRecord
			if err := json.Unmarshal(m.Value, &r); err != nil {
				return fmt.Errorf("%s/%d@%d: not an entity record: %w", m.Topic, m.Partition, m.Offset, err)
			}
			bar.Add(1)
			if want, ok := latest[docHash(r.DocumentID)]; ok && want != resultOf(r.Source, r.PipelineVersion) {
				stale++ // an older result of the document
				return nil
			}
			seen := m.Time
			if r.PublishedAt != nil {
				seen = *r.PublishedAt
			}
			agg.Add(r.Key, r.DocumentID, r.Lang, seen, r.SchemaMentions())
			n++
			return nil
		})
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "entities export: read %d entity records\n", n+stale)
	if stale > 0 {
		fmt.Fprintf(e.stderr, "entities export: %d of them left out: records of an older result of their document (--latest=false counts them)\n", stale)
	}
	return nil
}
