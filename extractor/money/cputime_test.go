package money

import (
	"time"

	"entities/extractor/cputime"
)

// cpuTime is the CPU time the process has used, so that benchmarks can report
// throughput per core even on a machine shared with other work.
func cpuTime() time.Duration { return cputime.Process() }
