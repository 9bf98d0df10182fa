package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on a terminal. It draws nothing
// when w is not a terminal or the total is unknown (<= 0), so pipes and log
// files stay clean. Safe for concurrent Add.
type progress struct {
	mu     sync.Mutex
	w      io.Writer
	label  string
	total  int64
	done   int64
	on     bool
	last   time.Time
	start  time.Time
	suffix func() string
}

func newProgress(w io.Writer, label string, total int64) *progress {
	p := &progress{w: w, label: label, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok && total > 0 && term.IsTerminal(int(f.Fd())) {
		p.on = true
	}
	return p
}

// Add advances the bar by n units.
func (p *progress) Add(n int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.advance(n)
}

func (p *progress) advance(n int64) {
	p.done += n
	if p.on && time.Since(p.last) > 100*time.Millisecond {
		p.draw()
		p.last = time.Now()
	}
}

// Set moves the bar to done units, if that is ahead of where it is.
func (p *progress) Set(done int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if done > p.done {
		p.advance(done - p.done)
	}
}

// Finish draws the final state and ends the line.
func (p *progress) Finish() {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	fmt.Fprintln(p.w)
}

func (p *progress) draw() {
	const width = 30
	frac := float64(p.done) / float64(p.total)
	if frac > 1 {
		frac = 1
	}
	n := int(frac * width)
	bar := make([]byte, width)
	for i := range bar {
		if i < n {
			bar[i] = '='
		} else {
			bar[i] = ' '
		}
	}
	extra := ""
	if p.suffix != nil {
		extra = " " + p.suffix()
	}
	fmt.Fprintf(p.w, "\r%s [%s] %3.0f%% %s%s", p.label, bar, frac*100, time.Since(p.start).Round(time.Second), extra)
}
