package pipeline

import (
	"context"
	"testing"

	"github.com/segmentio/kafka-go"
)

// TestKeyOrder: a turn of a key (in one partition) may go only once the
// turn before it has left; other keys, partitions and keyless messages do
// not wait; every key is forgotten once its turns have left. A context
// that has ended tells, without timing, whether Wait would block.
func TestKeyOrder(t *testing.T) {
	var o KeyOrder
	msg := func(p int, key string) kafka.Message {
		return kafka.Message{Topic: "documents", Partition: p, Key: []byte(key)}
	}
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	first, second, third := o.Enter(msg(0, "a")), o.Enter(msg(0, "a")), o.Enter(msg(0, "a"))
	other, elsewhere, keyless := o.Enter(msg(0, "b")), o.Enter(msg(1, "a")), o.Enter(msg(0, ""))
	if keyless != nil {
		t.Fatal("a keyless message got a turn")
	}
	for name, tr := range map[string]*Turn{"first": first, "another key": other, "another partition": elsewhere, "keyless": keyless} {
		if err := tr.Wait(ended); err != nil {
			t.Errorf("%s waits: %v", name, err)
		}
	}
	if second.Wait(ended) == nil || third.Wait(ended) == nil {
		t.Fatal("a later turn may go before the first left")
	}
	first.Leave()
	first.Leave() // twice is harmless
	if err := second.Wait(ended); err != nil {
		t.Fatalf("second after the first left: %v", err)
	}
	if third.Wait(ended) == nil {
		t.Fatal("third may go before the second left")
	}
	second.Leave()
	if err := third.Wait(ended); err != nil {
		t.Fatalf("third after the second left: %v", err)
	}
	third.Leave()
	other.Leave()
	elsewhere.Leave()
	if n := o.pending(); n != 0 {
		t.Fatalf("%d keys remembered after every turn left", n)
	}
}
