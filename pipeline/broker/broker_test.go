package broker

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

func TestStart(t *testing.T) {
	b, err := Start(Config{Topics: []string{"seeded"}, Partitions: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	host, port, err := net.SplitHostPort(b.Addr())
	if err != nil || host != "127.0.0.1" || port == "0" {
		t.Fatalf("Addr() = %q (%v), want a loopback address with a real port", b.Addr(), err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := &kafka.Client{Addr: kafka.TCP(b.Addr())}
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{"seeded"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(md.Brokers) != 1 || md.Brokers[0].Host != host {
		t.Fatalf("brokers %+v, want one advertised at %s", md.Brokers, host)
	}
	if len(md.Topics) != 1 || len(md.Topics[0].Partitions) != 4 {
		t.Fatalf("topics %+v, want seeded with 4 partitions", md.Topics)
	}
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: "seeded", RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	if err := w.WriteMessages(ctx, kafka.Message{Key: []byte("k"), Value: []byte("v")}); err != nil {
		t.Fatalf("produce: %v", err)
	}
	w.Close()
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := net.DialTimeout("tcp", b.Addr(), time.Second); err == nil {
		t.Fatalf("still accepting connections after Close")
	}
}

func TestStartErrors(t *testing.T) {
	b, err := Start(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	tests := []struct {
		name, addr, want string
	}{
		{"no port", "127.0.0.1", "address"},
		{"port in use", b.Addr(), "address already in use"},
	}
	for _, tt := range tests {
		if _, err := Start(Config{Addr: tt.addr}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Start(%q) = %v, want an error mentioning %q", tt.name, tt.addr, err, tt.want)
		}
	}
}
