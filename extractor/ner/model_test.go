package ner

import (
	"bytes"
	"errors"
	"testing"
)

// TestReadRows: rows written with O's weights, as files have them, read as
// every label's weight minus O's; a difference that does not fit in 16 bits
// is a format error.
func TestReadRows(t *testing.T) {
	// two rows; label y of row r weighs 10*y + r, O weighs 100 and -7
	w := func(r, y int) int16 {
		if y == labelO {
			return [2]int16{100, -7}[r]
		}
		return int16(10*y + r)
	}
	var file []byte
	for y := 0; y < numLabels; y++ {
		for r := 0; r < 2; r++ {
			file = append(file, byte(uint16(w(r, y))))
		}
		for r := 0; r < 2; r++ {
			file = append(file, byte(uint16(w(r, y))>>8))
		}
	}
	rows, err := readRows(bytes.NewReader(file), 2)
	if err != nil {
		t.Fatal(err)
	}
	for r := 0; r < 2; r++ {
		for y := 1; y < numLabels; y++ {
			if got, want := rows[r*rowLen+y-1], w(r, y)-w(r, labelO); got != want {
				t.Errorf("row %d label %d: %d, want %d", r, y, got, want)
			}
		}
	}
	big := bytes.Repeat([]byte{0}, 2*numLabels)
	big[0], big[1] = 0x01, 0x80 // O = -32767
	big[2], big[3] = 0xff, 0x7f // label 1 = 32767
	if _, err := readRows(bytes.NewReader(big), 1); !errors.Is(err, errFormat) {
		t.Errorf("difference of 65534: err %v, want errFormat", err)
	}
}
