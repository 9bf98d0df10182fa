package pipeline

import (
	"reflect"
	"testing"

	"github.com/segmentio/kafka-go"
)

func TestTracker(t *testing.T) {
	type step struct {
		add    []int64 // offsets fetched (partition 0)
		finish []int   // indexes into all tickets added so far
		commit bool    // mark what is ready as committed
		want   []int64 // ready commit offsets for partition 0 after the step
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"in order", []step{
			{add: []int64{0, 1, 2}, finish: []int{0}, want: []int64{0}},
			{finish: []int{1, 2}, want: []int64{2}},
		}},
		{"gap waits for the earliest", []step{
			{add: []int64{0, 1, 2, 3}, finish: []int{1, 2, 3}, want: nil},
			{finish: []int{0}, want: []int64{3}},
		}},
		{"offsets with holes (compaction, transaction markers)", []step{
			{add: []int64{5, 9, 12}, finish: []int{0, 2}, want: []int64{5}},
			{finish: []int{1}, want: []int64{12}},
		}},
		{"committed points are not offered again", []step{
			{add: []int64{0, 1}, finish: []int{0}, commit: true, want: nil},
			{finish: []int{1}, want: []int64{1}},
		}},
		{"refetch from an earlier offset forgets the old epoch", []step{
			{add: []int64{0, 1, 2, 3}, finish: []int{0}, commit: true, want: nil},
			// rebalance: the reader starts again at the committed offset
			{add: []int64{1, 2}, finish: []int{2, 3}, want: nil}, // late finishes of old tickets 2 and 3
			{finish: []int{4}, want: []int64{1}},                 // the new ticket for offset 1
			{finish: []int{1, 5}, want: []int64{2}},              // old ticket 1 ignored, new 2 counts
		}},
		{"refetched messages finished before come back finished", []step{
			{add: []int64{0, 1, 2, 3, 4}, finish: []int{0, 1, 3}, commit: true, want: nil},
			// rebalance before offset 1 was committed; 2 is still in flight
			{add: []int64{1, 2, 3, 4}, want: []int64{1}}, // new 1 is finished already, 2 must be redone
			{finish: []int{2}, want: []int64{1}},         // the old 2 finishes late: no commit from it
			{add: []int64{5}, finish: []int{6}, want: []int64{3}},
			{finish: []int{8}, want: []int64{4}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTracker()
			var tickets []*Ticket
			for i, s := range tt.steps {
				for _, off := range s.add {
					tickets = append(tickets, tr.Add(kafka.Message{Topic: "in", Partition: 0, Offset: off}))
				}
				for _, j := range s.finish {
					tr.Finish(tickets[j])
				}
				var got []int64
				ready := tr.Ready()
				for _, c := range ready {
					got = append(got, c.Offset)
				}
				if s.commit {
					tr.Committed(ready)
					got = nil
					for _, c := range tr.Ready() {
						got = append(got, c.Offset)
					}
				}
				if !reflect.DeepEqual(got, s.want) {
					t.Fatalf("step %d: ready %v, want %v", i, got, s.want)
				}
			}
		})
	}
}

func TestTrackerPartitionsAreIndependent(t *testing.T) {
	tr := NewTracker()
	a0 := tr.Add(kafka.Message{Topic: "in", Partition: 0, Offset: 10})
	b0 := tr.Add(kafka.Message{Topic: "in", Partition: 1, Offset: 3})
	tr.Add(kafka.Message{Topic: "in", Partition: 1, Offset: 4})
	tr.Finish(b0)
	want := []Commit{{Topic: "in", Partition: 1, Offset: 3}}
	if got := tr.Ready(); !reflect.DeepEqual(got, want) {
		t.Fatalf("ready %+v, want %+v", got, want)
	}
	tr.Finish(a0)
	if got := tr.Ready(); len(got) != 2 || got[0].Partition != 0 || got[0].Offset != 10 {
		t.Fatalf("ready %+v, want partition 0 at 10 first", got)
	}
	if n := tr.Pending(); n != 1 {
		t.Fatalf("pending %d, want 1", n)
	}
	if m := (Commit{Topic: "in", Partition: 2, Offset: 7}).Message(); m.Topic != "in" || m.Partition != 2 || m.Offset != 7 {
		t.Fatalf("Message() = %+v", m)
	}
}

func BenchmarkTracker(b *testing.B) {
	tr := NewTracker()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		tk := tr.Add(kafka.Message{Topic: "in", Partition: i % 8, Offset: int64(i / 8)})
		tr.Finish(tk)
		if i%1000 == 0 {
			tr.Committed(tr.Ready())
		}
	}
}

func TestTrackerRevoke(t *testing.T) {
	tr := NewTracker()
	add := func(p int, off int64) *Ticket { return tr.Add(kafka.Message{Topic: "in", Partition: p, Offset: off}) }
	a := add(0, 10)
	b := add(1, 20)
	idle := add(2, 5)
	tr.Finish(idle)
	tr.Committed(tr.Ready())
	seq := tr.Seq()
	late := add(3, 7) // added after the assignment was read: kept
	notOwned := func(topic string, p int) bool { return p == 1 }
	revoked := tr.Revoke(notOwned, seq)
	if len(revoked) != 1 || revoked[0].Partition != 0 {
		t.Fatalf("revoked %+v, want partition 0 only (1 is owned, 2 is idle and committed, 3 was added later)", revoked)
	}
	if tr.Current(a) || !tr.Current(b) || !tr.Current(late) {
		t.Fatalf("current: revoked %v, owned %v, late %v", tr.Current(a), tr.Current(b), tr.Current(late))
	}
	tr.Finish(a) // a late finish of a revoked message moves nothing
	for _, c := range tr.Ready() {
		if c.Partition == 0 {
			t.Fatalf("revoked partition offered for commit: %+v", c)
		}
	}
	// The partition comes back and the same offset is fetched again: it was
	// published, so it comes back finished.
	again := add(0, 10)
	if !again.Finished() {
		t.Fatalf("a message finished before the revocation was not recognised")
	}
	if got := tr.Ready(); len(got) != 1 || got[0].Partition != 0 || got[0].Offset != 10 {
		t.Fatalf("ready %+v, want partition 0 at 10", got)
	}
}

// TestTrackerInFlightUntilCommitted: a finished message stays in flight
// until its offset is committed (issue 16, finding 6: the slot was freed
// after publishing, so a crash could duplicate more than the bound).
func TestTrackerInFlightUntilCommitted(t *testing.T) {
	tr := NewTracker()
	var tks []*Ticket
	for off := range int64(4) {
		tks = append(tks, tr.Add(kafka.Message{Topic: "in", Partition: 0, Offset: off}))
	}
	tks = append(tks, tr.Add(kafka.Message{Topic: "in", Partition: 1, Offset: 0}))
	if n := tr.InFlight(); n != 5 {
		t.Fatalf("InFlight after 5 adds = %d", n)
	}
	for _, tk := range tks {
		tr.Finish(tk)
	}
	if n := tr.InFlight(); n != 5 {
		t.Fatalf("InFlight after finishing everything, nothing committed = %d, want 5", n)
	}
	changed := tr.Changed()
	ready := tr.Ready()
	tr.Committed(ready[:1]) // partition 0 only
	select {
	case <-changed:
	default:
		t.Fatal("Committed did not signal Changed")
	}
	if n := tr.InFlight(); n != 1 {
		t.Fatalf("InFlight after committing partition 0 = %d, want 1", n)
	}
	// Partition 1 moves to another member: its message is no longer ours.
	tr.Revoke(func(_ string, p int) bool { return p == 0 }, tr.Seq())
	if n := tr.InFlight(); n != 0 {
		t.Fatalf("InFlight after revoking partition 1 = %d, want 0", n)
	}
	// A commit of part of what finished releases just that part.
	a := tr.Add(kafka.Message{Topic: "in", Partition: 0, Offset: 4})
	b := tr.Add(kafka.Message{Topic: "in", Partition: 0, Offset: 5})
	tr.Finish(a)
	cs := tr.Ready()
	tr.Finish(b)
	tr.Committed(cs)
	if n := tr.InFlight(); n != 1 {
		t.Fatalf("InFlight after committing offset 4 of 4 and 5 = %d, want 1", n)
	}
}

// TestTrackerCommitPointNeverGoesBack reproduces how TestNetworkBlips
// stalled with one partition's commit point put: a commit sent while the
// reader rejoined its group waits in kafka-go and reaches the broker after
// the new generation read its start offset. The tracker then offered the
// lower commit point of the refetched messages; committed after a later
// generation had started beyond it, it moved the group's offset back, and
// nothing ever committed that partition again. The commit point must never
// go back, and a refetch must show the tracker what the group has.
func TestTrackerCommitPointNeverGoesBack(t *testing.T) {
	add := func(tr *Tracker, off int64) *Ticket {
		return tr.Add(kafka.Message{Topic: "in", Partition: 0, Offset: off})
	}
	ready := func(tr *Tracker) []int64 {
		var out []int64
		for _, c := range tr.Ready() {
			out = append(out, c.Offset)
		}
		return out
	}
	tr := NewTracker()
	for off := range int64(10) {
		tr.Finish(add(tr, off))
	}
	tr.Committed(tr.Ready()) // offsets 0-9, the group is at 10

	// The rejoined reader starts at 4: the group's offset when it read it.
	if tk := add(tr, 4); !tk.Finished() {
		t.Fatal("refetched offset 4 not handed out finished")
	}
	if got := ready(tr); !reflect.DeepEqual(got, []int64{9}) {
		t.Fatalf("Ready after a refetch from 4 = %v, want [9] (never below what was finished)", got)
	}
	tr.Committed(tr.Ready())
	for off := int64(5); off < 7; off++ {
		add(tr, off)
	}
	if n, got := tr.InFlight(), ready(tr); n != 0 || got != nil {
		t.Fatalf("refetched messages under the commit: InFlight %d, Ready %v; want 0, none", n, got)
	}
	// A later generation starts at 10: the messages go on.
	tr.Finish(add(tr, 10))
	if n, got := tr.InFlight(), ready(tr); n != 1 || !reflect.DeepEqual(got, []int64{10}) {
		t.Fatalf("after offset 10: InFlight %d, Ready %v; want 1, [10]", n, got)
	}
	tr.Committed(tr.Ready())

	// The group went back to 5 all the same (a commit of an earlier
	// epoch, say): the refetch tells, and the point is committed again.
	add(tr, 5)
	if got := ready(tr); !reflect.DeepEqual(got, []int64{10}) {
		t.Fatalf("Ready after a refetch from 5 = %v, want [10]", got)
	}
	tr.Committed(tr.Ready())

	// The partition moves to another member before this one committed
	// 11: it is not offered any more (nothing to commit each tick).
	tr.Finish(add(tr, 11))
	tr.Revoke(func(string, int) bool { return false }, tr.Seq())
	if n, got := tr.InFlight(), ready(tr); n != 0 || got != nil {
		t.Fatalf("after revoking: InFlight %d, Ready %v; want 0, none", n, got)
	}
	// It comes back at 11, where the other member left the group's
	// offset: 11 is finished, so the point is offered again.
	if tk := add(tr, 11); !tk.Finished() {
		t.Fatal("offset 11 finished before the revocation not handed out finished")
	}
	if got := ready(tr); !reflect.DeepEqual(got, []int64{11}) {
		t.Fatalf("Ready after the partition came back at 11 = %v, want [11]", got)
	}
}
