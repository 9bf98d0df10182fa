package httpapi

import (
	"math"
	"sync"
	"time"
)

// defaultRate is the extraction speed of one slot, in bytes of text per
// second, assumed until documents have been measured: news text on one busy
// core. It errs low, so that a first burst on a fresh server is not all
// admitted to time out; it still admits three 8 MB arrays at once on two
// slots with the default timeout. (A warm-up extraction is no measure: its
// repeated sentences run several times faster than news.)
const defaultRate = 512 << 10

// admission decides whether a request can be extracted before its deadline.
// Text admitted and not yet extracted is pending; a request is admitted
// when its text and the pending text fit in what the slots extract in 0.9
// of the timeout at the measured rate, or in MaxPendingBytes when that is
// set. The excess is refused at once (503 overloaded) instead of waiting
// for a slot until its deadline passes. A request that finds nothing
// pending is always admitted: alone, it gets its deadline.
type admission struct {
	slots  int
	budget float64 // seconds of extraction a request may wait and run: 0.9 of the timeout
	fixed  int64   // MaxPendingBytes; 0 means the limit follows the rate
	onSet  func(pending, limit int64)

	mu      sync.Mutex
	pending int64
	// rate is a decaying sum of bytes extracted over the time taken, per
	// slot: recent documents count most, and large documents more than
	// small ones, as they weigh more on the backlog.
	bytes, secs float64
}

func newAdmission(slots int, timeout time.Duration, fixed int64, onSet func(pending, limit int64)) *admission {
	a := &admission{slots: slots, budget: 0.9 * timeout.Seconds(), fixed: fixed, onSet: onSet}
	a.onSet(0, a.limitLocked())
	return a
}

// rateLocked is bytes per second one slot extracts.
func (a *admission) rateLocked() float64 {
	if a.secs <= 0 || a.bytes <= 0 {
		return defaultRate
	}
	return a.bytes / a.secs
}

func (a *admission) limitLocked() int64 {
	if a.fixed > 0 {
		return a.fixed
	}
	return int64(a.rateLocked() * float64(a.slots) * a.budget)
}

// admit reserves n bytes of pending text, or says when to retry. n = 0
// asks whether there is room at all.
func (a *admission) admit(n int64) (ok bool, retryAfter time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	limit := a.limitLocked()
	if a.pending > 0 && (a.pending+n > limit || a.pending >= limit) {
		// the backlog over all slots, at least a second
		secs := float64(a.pending) / (a.rateLocked() * float64(a.slots))
		return false, time.Duration(math.Ceil(max(1, secs))) * time.Second
	}
	a.pending += n
	a.onSet(a.pending, limit)
	return true, 0
}

// release gives back n bytes admitted earlier.
func (a *admission) release(n int64) {
	if n == 0 {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.pending -= n
	a.onSet(a.pending, a.limitLocked())
}

// observe records that one slot extracted n bytes in d.
func (a *admission) observe(n int, d time.Duration) {
	if n <= 0 || d <= 0 {
		return
	}
	const keep = 0.9 // weight of the past at each new document
	a.mu.Lock()
	defer a.mu.Unlock()
	a.bytes = a.bytes*keep + float64(n)
	a.secs = a.secs*keep + d.Seconds()
	a.onSet(a.pending, a.limitLocked())
}

// timedOut records that one slot did not extract n bytes in d: the rate is
// below n/d, so a rate above it is lowered to n/d, by half at most per
// document (one slow document of a kind the rate never saw should not shut
// the server; a few in a row should), keeping its weight against the
// documents to come. Without it, documents that time out never lowered the
// rate learned from the ones that finish, and four 1 MB documents that each
// take 8 s were all admitted, again and again, to time out (an audit).
func (a *admission) timedOut(n int, d time.Duration) {
	if n <= 0 || d <= 0 {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	rate := a.rateLocked()
	target := max(float64(n)/d.Seconds(), rate/2)
	if target >= rate {
		return
	}
	if a.secs <= 0 || a.bytes <= 0 {
		a.bytes = defaultRate // the default's weight: one second
		a.secs = 1
	}
	a.secs = a.bytes / target
	a.onSet(a.pending, a.limitLocked())
}
