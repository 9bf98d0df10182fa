package cputime

import (
	"runtime"
	"testing"
)

// TestGrows burns CPU until the clocks move; it waits on progress, not on a
// deadline.
func TestGrows(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, t0 := Process(), Thread()
	thread := runtime.GOOS == "linux"
	x := 0
	for i := 0; Process() == p0 || thread && Thread() == t0; i++ {
		x += i * i
		if i > 1e10 {
			t.Fatal("CPU time never moved")
		}
	}
	if Process() < p0 || Thread() < t0 {
		t.Error("CPU time went back")
	}
	_ = x
}
