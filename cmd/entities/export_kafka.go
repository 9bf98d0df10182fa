package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

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
}

func (k *kafkaExportFlags) register(fs *flag.FlagSet, e *env) {
	k.conn.register(fs, e)
	fs.StringVar(&k.prefix, "prefix", "entities", "output topic prefix whose entity topics are read")
}

func (k *kafkaExportFlags) set() bool { return k.conn.brokers != "" }

// run reads <prefix>.person, .organization and .money up to the end offsets
// they have when it starts.
func (k *kafkaExportFlags) run(ctx context.Context, e *env, agg *export.Aggregator) error {
	conn, err := k.conn.replayConn()
	if err != nil {
		return err
	}
	topics := pipeline.NewTopics("documents", k.prefix)
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
	var n int64
	for _, plan := range plans {
		err := replay.Read(ctx, conn, plan, func(m kafka.Message) error {
			var r pipeline.EntityRecord
			if err := json.Unmarshal(m.Value, &r); err != nil {
				return fmt.Errorf("%s/%d@%d: not an entity record: %w", m.Topic, m.Partition, m.Offset, err)
			}
			seen := m.Time
			if r.PublishedAt != nil {
				seen = *r.PublishedAt
			}
			agg.Add(r.Key, r.DocumentID, r.Lang, seen, r.SchemaMentions())
			n++
			bar.Add(1)
			return nil
		})
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "entities export: read %d entity records\n", n)
	return nil
}
