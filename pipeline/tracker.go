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
// offset), the tracker starts a new epoch for it: the earlier tickets no
// longer move the commit point, and a message fetched again that was
// already finished before is handed out already finished (Ticket.Finished),
// so it is not extracted and published a second time.
//
// A partition's commit point never goes back: it is the highest offset up
// to which every message was finished, in this epoch or an earlier one.
// Commits sent while the reader rejoins its group wait in kafka-go and
// reach the broker after the new generation read its start offsets; if the
// tracker offered the refetched, lower point of the new epoch, a later
// generation could start beyond it while the group's offset went back to
// it, and nothing would ever commit that partition again (TestNetworkBlips
// stalled that way).
type Tracker struct {
	mu      sync.Mutex
	parts   map[partitionKey]*partitionState
	seq     uint64        // counts Add calls
	changed chan struct{} // closed and replaced when InFlight may have dropped
}

type partitionKey struct {
	topic     string
	partition int
}

type partitionState struct {
	epoch   int
	pending []*Ticket // in fetch order
	last    int64     // offset of the last message added, -1 before any
	lastSeq uint64    // Tracker.seq at the last Add
	done    int64     // every message of this epoch up to this offset is finished, -1 none
	// Offset of the last message the group's committed offset covers as
	// far as the tracker knows, -1 none: the last commit point accepted,
	// or what a refetch showed the group to have.
	committed int64
	// The next message added is the first of a generation's read, at the
	// group's committed offset (a new or revoked partition).
	fresh bool
	// Offsets the commit point moved over that are not committed yet, in
	// order: they are still in flight.
	uncommitted []int64

	// From earlier epochs: every offset up to prevDone was finished, and
	// so were the offsets in prevFinished.
	prevDone     int64
	prevFinished map[int64]bool
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
func NewTracker() *Tracker {
	return &Tracker{parts: map[partitionKey]*partitionState{}, changed: make(chan struct{})}
}

// InFlight is the number of messages of the current epochs that were added
// and are not committed yet: unfinished, finished behind an unfinished one,
// or finished and waiting for the next commit. Only a commit or a revoked
// partition lowers it, so a worker that bounds it bounds the messages whose
// output can be published again after the worker dies.
func (t *Tracker) InFlight() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, ps := range t.parts {
		n += len(ps.pending) + len(ps.uncommitted)
	}
	return n
}

// Changed returns a channel that is closed the next time InFlight may drop.
func (t *Tracker) Changed() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.changed
}

// notify wakes the waiters of Changed; t.mu is held.
func (t *Tracker) notify() {
	close(t.changed)
	t.changed = make(chan struct{})
}

// Add starts tracking a fetched message.
func (t *Tracker) Add(m kafka.Message) *Ticket {
	k := partitionKey{m.Topic, m.Partition}
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.parts[k]
	if ps == nil {
		ps = &partitionState{last: -1, done: -1, committed: -1, prevDone: -1, fresh: true}
		t.parts[k] = ps
	} else if m.Offset <= ps.last {
		// Fetched again from an earlier offset: start over.
		ps.restart()
		ps.fresh = true
		t.notify()
	}
	if ps.fresh {
		// The reader starts a partition at the group's committed offset,
		// so that is what the group has now: a commit point above it is
		// committed again, even one committed before.
		ps.committed = m.Offset - 1
		ps.fresh = false
	}
	t.seq++
	ps.lastSeq = t.seq
	ps.last = m.Offset
	tk := &Ticket{key: k, offset: m.Offset, epoch: ps.epoch}
	tk.finished = m.Offset <= ps.prevDone || ps.prevFinished[m.Offset]
	ps.pending = append(ps.pending, tk)
	if tk.finished {
		t.advance(ps)
	}
	return tk
}

// restart begins a new epoch, remembering what was finished.
func (ps *partitionState) restart() {
	prevDone := max(ps.prevDone, ps.done)
	prev := map[int64]bool{}
	for o := range ps.prevFinished {
		if o > prevDone {
			prev[o] = true
		}
	}
	for _, tk := range ps.pending {
		if tk.finished && tk.offset > prevDone {
			prev[tk.offset] = true
		}
	}
	*ps = partitionState{epoch: ps.epoch + 1, last: -1, done: -1, committed: ps.committed, prevDone: prevDone, prevFinished: prev}
}

// point is the partition's commit point: every message up to it is
// finished, in this epoch or an earlier one. -1 none.
func (ps *partitionState) point() int64 { return max(ps.done, ps.prevDone) }

// Seq counts the messages added so far; pass it to Revoke.
func (t *Tracker) Seq() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.seq
}

// Revoke forgets the partitions that owned says no longer belong to this
// consumer, as seen in a group assignment read after Seq returned seq. A
// partition with a message added since then is kept: the assignment may
// predate a generation that gave it back. Tickets of a revoked partition
// are no longer Current, so their messages need not be processed, and they
// can never move a commit point. It returns the partitions revoked.
func (t *Tracker) Revoke(owned func(topic string, partition int) bool, seq uint64) []Commit {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []Commit
	for k, ps := range t.parts {
		if owned(k.topic, k.partition) || ps.lastSeq > seq || (len(ps.pending) == 0 && len(ps.uncommitted) == 0) {
			continue
		}
		ps.restart()
		// Not this consumer's to commit any more. If the partition comes
		// back, its first message tells what the group has.
		ps.committed = max(ps.committed, ps.point())
		ps.fresh = true
		out = append(out, Commit{Topic: k.topic, Partition: k.partition})
	}
	if len(out) > 0 {
		t.notify()
	}
	return out
}

// Current reports whether the ticket belongs to its partition's current
// epoch; a ticket that is not current need not be processed.
func (t *Tracker) Current(tk *Ticket) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.parts[tk.key]
	return ps != nil && ps.epoch == tk.epoch
}

// Finished reports whether the ticket's message was already finished in an
// earlier epoch when it was added: its output is already published.
func (tk *Ticket) Finished() bool { return tk.finished }

// Finish marks a ticket's message as finished: everything it produced is
// acknowledged. Finishing a ticket of a forgotten epoch does nothing.
func (t *Tracker) Finish(tk *Ticket) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.parts[tk.key]
	if ps == nil {
		return
	}
	if ps.epoch != tk.epoch {
		// A late finish from an earlier epoch: its output is published,
		// so a copy fetched from now on need not be processed again.
		if tk.offset > ps.prevDone {
			if ps.prevFinished == nil {
				ps.prevFinished = map[int64]bool{}
			}
			ps.prevFinished[tk.offset] = true
		}
		return
	}
	tk.finished = true
	t.advance(ps)
}

// advance moves the partition's commit point over finished tickets. A
// ticket at or below the committed offset (a message fetched again that an
// earlier commit covers) holds no slot.
func (t *Tracker) advance(ps *partitionState) {
	i := 0
	for i < len(ps.pending) && ps.pending[i].finished {
		ps.done = ps.pending[i].offset
		if ps.done > ps.committed {
			ps.uncommitted = append(ps.uncommitted, ps.done)
		}
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
		if p := ps.point(); p > ps.committed {
			cs = append(cs, Commit{Topic: k.topic, Partition: k.partition, Offset: p, epoch: ps.epoch})
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
			i := 0
			for i < len(ps.uncommitted) && ps.uncommitted[i] <= c.Offset {
				i++
			}
			ps.uncommitted = append(ps.uncommitted[:0], ps.uncommitted[i:]...)
		}
	}
	t.notify()
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
