package main

import (
	"runtime/debug"
)

// defaultMemoryLimit is the soft memory limit (see runtime/debug.SetMemoryLimit)
// of the long-running commands when GOMEMLIMIT is not set. With every model
// loaded the live heap is ~260-300 MB and the garbage collector, left to
// GOGC=100 alone, lets the heap grow to twice that: a worker's RSS reached
// ~610 MB. Under this limit it stays ~510 MB at the same CPU per document
// (entities bench --preload, GOMEMLIMIT=450MiB against unset). The limit is
// soft: a live heap above it makes the collector work harder, not fail.
const defaultMemoryLimit = 512 << 20

// memoryLimited are the commands that run for long with every model loaded
// (extract and reprocess of a large batch too: extract of 4,716 documents
// in 13 languages peaked at 599-661 MB without a limit), and bench, which
// measures them.
var memoryLimited = map[string]bool{"worker": true, "serve": true, "bench": true, "extract": true, "reprocess": true, "demo": true}

// setMemoryLimit applies defaultMemoryLimit to the memoryLimited
// commands unless GOMEMLIMIT says otherwise (GOMEMLIMIT=off: no limit).
func setMemoryLimit(args []string, getenv func(string) string) {
	if len(args) > 0 && memoryLimited[args[0]] && getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
