package pipeline

import (
	"context"
	"sync"

	"github.com/segmentio/kafka-go"
)

// KeyOrder publishes the outputs of the messages that share a key, in one
// partition, in the order the messages were read: a document sent twice
// (an edit) is extracted concurrently, and the first, longer version may
// finish last; published as it finishes, its stale result would be the
// latest record of the compacted documents topic. Messages without a key
// are not ordered (nothing says they are versions of one document).
//
// Enter each message as it is read, in order; Wait before publishing its
// output; Leave once it is published or given up. A zero KeyOrder is ready.
type KeyOrder struct {
	mu   sync.Mutex
	last map[orderKey]*Turn
}

type orderKey struct {
	topic     string
	partition int
	key       string
}

// Turn is a message's place among the messages of its key.
type Turn struct {
	o    *KeyOrder
	k    orderKey
	prev *Turn // the turn before with the key (nil: none, or t has left)
	done chan struct{}
}

// Enter takes m's turn behind the messages of its key read before it; nil
// for a message without a key.
func (o *KeyOrder) Enter(m kafka.Message) *Turn {
	if len(m.Key) == 0 {
		return nil
	}
	k := orderKey{m.Topic, m.Partition, string(m.Key)}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.last == nil {
		o.last = map[orderKey]*Turn{}
	}
	t := &Turn{o: o, k: k, prev: o.last[k], done: make(chan struct{})}
	o.last[k] = t
	return t
}

// Wait returns when the message before t with its key has left, or with
// ctx's error when ctx ends first.
func (t *Turn) Wait(ctx context.Context) error {
	if t == nil {
		return nil
	}
	t.o.mu.Lock()
	prev := t.prev
	t.o.mu.Unlock()
	if prev == nil {
		return nil
	}
	select {
	case <-prev.done: // gone already: go, even if ctx ended too
		return nil
	default:
	}
	select {
	case <-prev.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Leave ends t's turn: the next message of its key may publish. Safe to
// call more than once, and on nil.
func (t *Turn) Leave() {
	if t == nil {
		return
	}
	t.o.mu.Lock()
	defer t.o.mu.Unlock()
	select {
	case <-t.done:
		return
	default:
	}
	close(t.done)
	t.prev = nil
	if t.o.last[t.k] == t {
		delete(t.o.last, t.k)
	}
}

// pending is the number of keys with a turn not left, for tests.
func (o *KeyOrder) pending() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.last)
}
