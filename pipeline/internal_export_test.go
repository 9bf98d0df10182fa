package pipeline

import "time"

// SetLagRefresh sets how often the commit loop refreshes the lag gauge, for
// tests; it returns a function that restores the old value.
func SetLagRefresh(d time.Duration) func() {
	old := lagRefresh
	lagRefresh = d
	return func() { lagRefresh = old }
}
