package money

import "unsafe"

// unsafeString views b as a string for map look-ups; the caller must not keep it.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
