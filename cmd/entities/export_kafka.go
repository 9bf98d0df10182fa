package main

import (
	"context"
	"errors"
	"flag"

	"entities/pipeline/export"
)

// kafkaExportFlags are export's flags for reading the entity topics.
type kafkaExportFlags struct {
	brokers string
	prefix  string
}

func (k *kafkaExportFlags) register(fs *flag.FlagSet, e *env) {
	fs.StringVar(&k.brokers, "brokers", e.getenv("ENTITIES_BROKERS"), "Kafka bootstrap brokers, comma-separated (env ENTITIES_BROKERS)")
	fs.StringVar(&k.prefix, "prefix", "entities", "output topic prefix whose entity topics are read")
}

func (k *kafkaExportFlags) set() bool { return k.brokers != "" }

func (k *kafkaExportFlags) run(ctx context.Context, e *env, agg *export.Aggregator) error {
	return errors.New("reading entity topics is not wired yet")
}
