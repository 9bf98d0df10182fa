package main

import (
	"time"

	"entities/extractor/cputime"
)

// processCPU is the CPU time of the whole process so far.
func processCPU() time.Duration { return cputime.Process() }

// threadCPU is the CPU time of the calling OS thread; the goroutine must be
// locked to it (runtime.LockOSThread) for differences to mean anything.
func threadCPU() time.Duration { return cputime.Thread() }
