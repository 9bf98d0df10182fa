package broker

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
)

// Config configures a Broker. The zero value listens on a random loopback
// port with 3 partitions per new topic.
type Config struct {
	// Addr is the host:port to listen on; clients are told to connect to
	// exactly this address. "" or a zero port picks a free loopback port.
	Addr string
	// Partitions is the number of partitions of topics created with the
	// broker's default (CreateTopics with -1, auto-creation); default 3.
	Partitions int
	// Topics are created at start with Partitions partitions.
	Topics []string
	// AutoCreateTopics lets a client's metadata request create topics.
	AutoCreateTopics bool
	// MinSessionTimeout is the shortest consumer-group session timeout the
	// broker accepts; default 6s as in Kafka. Tests lower it to fail over
	// fast.
	MinSessionTimeout time.Duration
	Logger            *slog.Logger // nil: the broker logs nothing
}

// Broker is a running in-memory broker.
type Broker struct {
	c    *kfake.Cluster
	addr string
	once sync.Once
}

// Start starts a broker and returns once it accepts connections.
func Start(cfg Config) (*Broker, error) {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	if cfg.Partitions <= 0 {
		cfg.Partitions = 3
	}
	if _, _, err := net.SplitHostPort(cfg.Addr); err != nil {
		return nil, fmt.Errorf("broker address %q: %w", cfg.Addr, err)
	}
	opts := []kfake.Opt{
		kfake.NumBrokers(1),
		kfake.Ports(0),
		kfake.ClusterID("entities-dev"),
		kfake.DefaultNumPartitions(cfg.Partitions),
		// kfake picks the address as 127.0.0.1:<port>; listen on the
		// configured one instead. The broker advertises what it listens on.
		kfake.ListenFn(func(network, _ string) (net.Listener, error) {
			return net.Listen(network, cfg.Addr)
		}),
	}
	if cfg.MinSessionTimeout > 0 {
		opts = append(opts, kfake.GroupMinSessionTimeout(cfg.MinSessionTimeout))
	}
	if len(cfg.Topics) > 0 {
		opts = append(opts, kfake.SeedTopics(int32(cfg.Partitions), cfg.Topics...))
	}
	if cfg.AutoCreateTopics {
		opts = append(opts, kfake.AllowAutoTopicCreation())
	}
	if cfg.Logger != nil {
		opts = append(opts, kfake.WithLogger(slogger{cfg.Logger}))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("start broker on %s: %w", cfg.Addr, err)
	}
	addrs := c.ListenAddrs()
	if len(addrs) != 1 {
		c.Close()
		return nil, fmt.Errorf("start broker: listening on %v, want one address", addrs)
	}
	return &Broker{c: c, addr: addrs[0]}, nil
}

// Addr is the host:port clients connect to.
func (b *Broker) Addr() string { return b.addr }

// Cluster is the underlying kfake cluster, for tests that inject faults.
func (b *Broker) Cluster() *kfake.Cluster { return b.c }

// Close stops the broker and drops its data. It is safe to call twice.
func (b *Broker) Close() error {
	b.once.Do(b.c.Close)
	return nil
}

type slogger struct{ l *slog.Logger }

func (s slogger) Logf(level kfake.LogLevel, format string, args ...any) {
	lv := slog.LevelDebug
	switch level {
	case kfake.LogLevelError:
		lv = slog.LevelError
	case kfake.LogLevelWarn:
		lv = slog.LevelWarn
	case kfake.LogLevelInfo:
		lv = slog.LevelInfo
	}
	s.l.Log(context.Background(), lv, "kfake: "+strings.TrimSpace(fmt.Sprintf(format, args...)))
}
