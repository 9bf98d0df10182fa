//go:build !unix

package cputime

import "time"

// Process is 0 where getrusage is missing.
func Process() time.Duration { return 0 }

// Thread is 0 where getrusage is missing.
func Thread() time.Duration { return 0 }
