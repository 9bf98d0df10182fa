package brokertest

import (
	"fmt"
	"strconv"
	"testing"
	"time"
)

// fakeTB records a failure instead of failing the test.
type fakeTB struct {
	testing.TB
	failed string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Fatalf(format string, args ...any) { f.failed = fmt.Sprintf(format, args...) }

// TestWaitFor: a wait that keeps moving succeeds however long it takes; one
// that stops moving fails after Stall (issue 16, finding 7: tests timed out
// on a loaded 2-core machine while they were still making progress).
func TestWaitFor(t *testing.T) {
	defer func(s time.Duration) { Stall = s }(Stall)
	Stall = 300 * time.Millisecond

	var slow fakeTB
	n := 0
	start := time.Now()
	WaitFor(&slow, "a slow count", func() (bool, string) {
		n++
		return n >= 15, strconv.Itoa(n) // 1.5 s, five times Stall, always moving
	})
	if slow.failed != "" || time.Since(start) < 3*Stall {
		t.Fatalf("a wait that made progress failed: %q", slow.failed)
	}

	stuck := fakeTB{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		calls := 0
		WaitFor(&stuck, "a stuck count", func() (bool, string) {
			calls++
			return stuck.failed != "" || calls > 100, "3" // never moves; ends once failed
		})
	}()
	<-done
	if stuck.failed == "" {
		t.Fatal("a wait without progress did not fail")
	}
	t.Log(stuck.failed)
}
