package pipeline

import (
	"sort"
	"sync"

	"github.com/segmentio/kafka-go"
)

// Tracker keeps, for each partition, the offsets that were fetched but are
// not finished yet, and tells the highest offset below which everything is
// finished: the one that is safe to commit. Messages of a partition must be
// added in fetch order. It is safe for concurrent use.
//
// When a partition is fetched again from an earlier offset (after a
// rebalance the reader restarts every assigned partition at its committed
// offset), the tracker forgets that partition's earlier tickets: those
// messages come again and are tracked anew, and a late finish of an old
// ticket can no longer move the commit point.
type Tracker struct {
	mu    sync.Mutex
	parts map[partitionKey]*partitionState
}

type partitionKey struct {
	topic     string
	partition int
}

type partitionState struct {
	epoch     int
	pending   []*Ticket // in fetch order
	last      int64     // offset of the last message added, -1 before any
	done      int64     // every message up to this offset is finished, -1 none
	committed int64     // offset of the last committed message, -1 none
}

// Ticket is one tracked message.
type Ticket struct {
	key      partitionKey
	offset   int64
	epoch    int
	finished bool
}

// Commit is a commit point: every message of the partition up to and
// including Offset is finished.
type Commit struct {
	Topic     string
	Partition int
	Offset    int64
	epoch     int
}

// Message is the commit point in the form kafka-go's CommitMessages takes
// (it commits Offset+1, the next message to read).
func (c Commit) Message() kafka.Message {
	return kafka.Message{Topic: c.Topic, Partition: c.Partition, Offset: c.Offset}
}

// NewTracker returns an empty Tracker.
func NewTracker() *Tracker { return &Tracker{parts: map[partitionKey]*partitionState{}} }

// Add starts tracking a fetched message.
func (t *Tracker) Add(m kafka.Message) *Ticket {
	k := partitionKey{m.Topic, m.Partition}
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.parts[k]
	if ps == nil {
		ps = &partitionState{last: -1, done: -1, committed: -1}
		t.parts[k] = ps
	} else if m.Offset <= ps.last {
		// Fetched again from an earlier offset: start over.
		*ps = partitionState{epoch: ps.epoch + 1, last: -1, done: -1, committed: -1}
	}
	ps.last = m.Offset
	tk := &Ticket{key: k, offset: m.Offset, epoch: ps.epoch}
	ps.pending = append(ps.pending, tk)
	return tk
}

// Finish marks a ticket's message as finished: everything it produced is
// acknowledged. Finishing a ticket of a forgotten epoch does nothing.
func (t *Tracker) Finish(tk *Ticket) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.parts[tk.key]
	if ps == nil || ps.epoch != tk.epoch {
		return
	}
	tk.finished = true
	i := 0
	for i < len(ps.pending) && ps.pending[i].finished {
		ps.done = ps.pending[i].offset
		i++
	}
	if i > 0 {
		n := copy(ps.pending, ps.pending[i:])
		clear(ps.pending[n:])
		ps.pending = ps.pending[:n]
	}
}

// Ready returns the commit points that moved since the last Committed, in
// a stable order.
func (t *Tracker) Ready() []Commit {
	t.mu.Lock()
	defer t.mu.Unlock()
	var cs []Commit
	for k, ps := range t.parts {
		if ps.done > ps.committed {
			cs = append(cs, Commit{Topic: k.topic, Partition: k.partition, Offset: ps.done, epoch: ps.epoch})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Topic != cs[j].Topic {
			return cs[i].Topic < cs[j].Topic
		}
		return cs[i].Partition < cs[j].Partition
	})
	return cs
}

// Committed records that the broker accepted these commit points.
func (t *Tracker) Committed(cs []Commit) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, c := range cs {
		ps := t.parts[partitionKey{c.Topic, c.Partition}]
		if ps != nil && ps.epoch == c.epoch && c.Offset > ps.committed {
			ps.committed = c.Offset
		}
	}
}

// Pending is the number of tracked messages that are not finished or that
// wait behind an unfinished one.
func (t *Tracker) Pending() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, ps := range t.parts {
		n += len(ps.pending)
	}
	return n
}
