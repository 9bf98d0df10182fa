//go:build unix && !linux

// Package cputime reads the CPU time (user and system) used by this process
// or by the calling thread, so that benchmarks and `entities bench` can
// report throughput per core on a machine shared with other work. Where the
// system cannot tell, it reports 0. On Linux it reads the kernel's
// nanosecond clocks (see cputime_linux.go); on other Unix systems getrusage.
package cputime

import (
	"syscall"
	"time"
)

// rusageThread is getrusage's RUSAGE_THREAD (Linux).
const rusageThread = 1

// Process is the CPU time of the whole process so far.
func Process() time.Duration { return rusage(syscall.RUSAGE_SELF) }

// Thread is the CPU time of the calling OS thread (Linux; 0 elsewhere). The
// goroutine must be locked to its thread (runtime.LockOSThread) for
// differences to mean anything.
func Thread() time.Duration { return rusage(rusageThread) }

func rusage(who int) time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
