package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"syscall"
)

// releaseModelPages drops the executable's read-only data from the process's
// resident memory once the models are loaded. That data is mostly the
// embedded model files (lingua's zipped n-gram tables, our zstd-compressed
// NER models: ~180 MB in the binary), which are read once, while decoding,
// and never again: the decoded models live on the heap. Until released, the
// pages read stay mapped and count in RSS (~70-90 MB with every model
// loaded). They are clean file pages: anything still needed (type data,
// the runtime's tables) faults back in from the page cache on next use.
func releaseModelPages() error {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return err
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		// 00cf8000-0c5f6000 r--p 008f8000 fe:00 9980903  /path/to/entities
		var lo, hi, off uintptr
		var perms, dev, path string
		var inode uint64
		if n, _ := fmt.Sscanf(sc.Text(), "%x-%x %s %x %s %d %s", &lo, &hi, &perms, &off, &dev, &inode, &path); n < 7 {
			continue
		}
		if perms != "r--p" || path != exe {
			continue
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_DONTNEED); errno != 0 {
			return fmt.Errorf("madvise %s: %w", path, errno)
		}
	}
	return sc.Err()
}
