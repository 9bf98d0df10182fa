package main

import (
	"syscall"
	"time"
)

// syscallRusage is the process's CPU time (user + system).
type syscallRusage struct{ cpu time.Duration }

func (r *syscallRusage) read() { r.cpu = processCPU() }

// processCPU is the CPU time of the whole process so far.
func processCPU() time.Duration { return rusageCPU(syscall.RUSAGE_SELF) }

// rusageThread is getrusage's RUSAGE_THREAD (Linux): the calling thread's
// CPU time.
const rusageThread = 1

// threadCPU is the CPU time of the calling OS thread; the goroutine must be
// locked to it (runtime.LockOSThread) for differences to mean anything.
func threadCPU() time.Duration { return rusageCPU(rusageThread) }

func rusageCPU(who int) time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
