package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/segmentio/kafka-go"
)

// TopicSpec is a topic a worker needs and how to create it.
type TopicSpec struct {
	Name    string
	Configs map[string]string // topic configs used when it is created
}

// Specs lists every topic of t. The per-document result topic is compacted
// (the latest result per document id is what matters); the entity topics
// keep every record, since each is one document's view of an entity.
func (t Topics) Specs() []TopicSpec {
	// A result carries the whole text's mentions and a dead letter the whole
	// document, so near the 1 MiB document limit they outgrow Kafka's
	// default 1 MiB record limit: output topics take 4 MiB records.
	big := func(c map[string]string) map[string]string {
		if c == nil {
			c = map[string]string{}
		}
		c["max.message.bytes"] = "4194304"
		return c
	}
	return []TopicSpec{
		{Name: t.Input},
		{Name: t.Documents, Configs: big(map[string]string{"cleanup.policy": "compact"})},
		{Name: t.Person, Configs: big(nil)},
		{Name: t.Organization, Configs: big(nil)},
		{Name: t.Money, Configs: big(nil)},
		{Name: t.DLQ, Configs: big(nil)},
	}
}

// ErrMissingTopic is returned (wrapped, naming the topics) when a topic does
// not exist and creating topics is not allowed.
var ErrMissingTopic = errors.New("missing topic")

// EnsureTopics checks that every topic exists. Missing ones are created with
// the given partitions and replication factor (<= 0: the broker's defaults)
// when create is set; otherwise the error names them.
func EnsureTopics(ctx context.Context, c *kafka.Client, specs []TopicSpec, create bool, partitions, replication int, log *slog.Logger) error {
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.Name
	}
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: names})
	if err != nil {
		return fmt.Errorf("read topic metadata from %s: %w", c.Addr, err)
	}
	exists := map[string]bool{}
	var denied []string
	for _, t := range md.Topics {
		if t.Error == nil && len(t.Partitions) > 0 {
			exists[t.Name] = true
		}
		if errors.Is(t.Error, kafka.TopicAuthorizationFailed) {
			denied = append(denied, t.Name)
		}
	}
	if len(denied) > 0 {
		// not missing: the worker's principal may not describe them
		return fmt.Errorf("%w: not authorized to describe topic %s: grant the worker's principal Describe and Write on the output topics (and Read on the input)",
			ErrRefused, strings.Join(denied, ", "))
	}
	var missing []TopicSpec
	for _, s := range specs {
		if !exists[s.Name] {
			missing = append(missing, s)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if !create {
		ns := make([]string, len(missing))
		for i, s := range missing {
			ns[i] = s.Name
		}
		return fmt.Errorf("%w: %s (create them, or pass --create-topics)", ErrMissingTopic, strings.Join(ns, ", "))
	}
	if partitions <= 0 {
		partitions = -1
	}
	if replication <= 0 {
		replication = -1
	}
	req := &kafka.CreateTopicsRequest{}
	for _, s := range missing {
		tc := kafka.TopicConfig{Topic: s.Name, NumPartitions: partitions, ReplicationFactor: replication}
		for k, v := range s.Configs {
			tc.ConfigEntries = append(tc.ConfigEntries, kafka.ConfigEntry{ConfigName: k, ConfigValue: v})
		}
		req.Topics = append(req.Topics, tc)
	}
	res, err := c.CreateTopics(ctx, req)
	if err != nil {
		return fmt.Errorf("create topics: %w", err)
	}
	for _, s := range missing {
		if err := res.Errors[s.Name]; err != nil && !errors.Is(err, kafka.TopicAlreadyExists) {
			return fmt.Errorf("create topic %s: %w", s.Name, err)
		}
		log.Info("created topic", "topic", s.Name, "partitions", orBrokerDefault(partitions), "replication", orBrokerDefault(replication))
	}
	return nil
}

// orBrokerDefault says what -1 means in a CreateTopics request, for logs.
func orBrokerDefault(n int) any {
	if n <= 0 {
		return "broker default"
	}
	return n
}
