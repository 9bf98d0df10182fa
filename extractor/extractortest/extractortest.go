// Package extractortest gives tests the product's real extractor, built once
// per test binary and configuration: its models load once per process
// anyway, and its detector takes a moment to build.
package extractortest

import (
	"fmt"
	"sync"
	"testing"

	"entities/extractor"
)

type built struct {
	once sync.Once
	eng  *extractor.Engine
	err  error
}

var (
	mu     sync.Mutex
	engine = map[string]*built{}
)

// Engine returns the Engine extractor.New builds from cfg, the same one for
// every call with an equal cfg, and fails tb if it cannot be built.
func Engine(tb testing.TB, cfg extractor.Config) *extractor.Engine {
	tb.Helper()
	key := fmt.Sprintf("%#v", cfg)
	mu.Lock()
	b := engine[key]
	if b == nil {
		b = &built{}
		engine[key] = b
	}
	mu.Unlock()
	b.once.Do(func() { b.eng, b.err = extractor.New(cfg) })
	if b.err != nil {
		tb.Fatalf("extractor.New: %v", b.err)
	}
	return b.eng
}
