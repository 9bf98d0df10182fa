package main

import (
	"syscall"
	"time"
)

// syscallRusage is the process's CPU time (user + system).
type syscallRusage struct{ cpu time.Duration }

func (r *syscallRusage) read() {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
}
