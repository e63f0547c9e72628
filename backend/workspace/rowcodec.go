package workspace

import (
	"encoding/binary"
	"math"
	"unsafe"
)

// A row is the compact form of a record's current values that filters, sorts and searches
// read: for each attribute with values, its slug and its values' cells. Reading one attribute
// of a row skips the others by length, so a query over 100,000 records decodes only what it
// tests.
//
//	row     = { uvarint(len(slug)) slug uvarint(len(payload)) payload }
//	payload = uvarint(values) { cell per column of the type }
//	cell    = 0 (null) | 1 uvarint(len) bytes (text) | 2 float64 (big-endian bits)
//	        | 3 (false) | 4 (true)

const (
	cellNull byte = iota
	cellText
	cellNumber
	cellFalse
	cellTrue
)

// encodeRow is the row of a record of obj.
func encodeRow(obj *Object, r *Record) []byte {
	var out, payload []byte
	for i := range obj.Attributes {
		attr := &obj.Attributes[i]
		current := currentValues(r.Values[attr.Slug])
		if len(current) == 0 {
			continue
		}
		payload = binary.AppendUvarint(payload[:0], uint64(len(current)))
		for _, v := range current {
			for _, c := range cellsOf(attr.Type, v.Fields) {
				payload = appendCell(payload, c)
			}
		}
		out = binary.AppendUvarint(out, uint64(len(attr.Slug)))
		out = append(out, attr.Slug...)
		out = binary.AppendUvarint(out, uint64(len(payload)))
		out = append(out, payload...)
	}
	return out
}

func appendCell(b []byte, c any) []byte {
	switch x := c.(type) {
	case string:
		b = append(b, cellText)
		b = binary.AppendUvarint(b, uint64(len(x)))
		return append(b, x...)
	case float64:
		b = append(b, cellNumber)
		return binary.BigEndian.AppendUint64(b, math.Float64bits(x))
	case bool:
		if x {
			return append(b, cellTrue)
		}
		return append(b, cellFalse)
	}
	return append(b, cellNull)
}

// rowValues finds an attribute's payload in a row and decodes its values' cells. A damaged
// row reads as having no values rather than failing the query.
func rowValues(row []byte, slug string, ncols int, need []bool) [][]any {
	if payload := rowPayload(row, slug); payload != nil {
		return decodePayload(payload, ncols, need)
	}
	return nil
}

// rowFirstCell is cell col of the attribute's first value, decoding nothing else: sorts read
// one cell of every row.
func rowFirstCell(row []byte, slug string, col int) any {
	p := rowPayload(row, slug)
	count, k := binary.Uvarint(p)
	if k <= 0 || count == 0 {
		return nil
	}
	p = p[k:]
	for range col {
		var ok bool
		if p, ok = skipCell(p); !ok {
			return nil
		}
	}
	c, _, _ := readCell(p)
	return c
}

func rowPayload(row []byte, slug string) []byte {
	for len(row) > 0 {
		n, k := binary.Uvarint(row)
		if k <= 0 || uint64(len(row)-k) < n {
			return nil
		}
		name := row[k : k+int(n)]
		row = row[k+int(n):]
		size, k := binary.Uvarint(row)
		if k <= 0 || uint64(len(row)-k) < size {
			return nil
		}
		payload := row[k : k+int(size)]
		row = row[k+int(size):]
		if string(name) == slug {
			return payload
		}
	}
	return nil
}

func skipCell(p []byte) ([]byte, bool) {
	if len(p) == 0 {
		return p, false
	}
	switch p[0] {
	case cellText:
		n, k := binary.Uvarint(p[1:])
		if k <= 0 || uint64(len(p)-1-k) < n {
			return p, false
		}
		return p[1+k+int(n):], true
	case cellNumber:
		if len(p) < 9 {
			return p, false
		}
		return p[9:], true
	}
	return p[1:], true
}

// decodePayload reads the cells of each value, skipping the columns need leaves out.
func decodePayload(p []byte, ncols int, need []bool) [][]any {
	count, k := binary.Uvarint(p)
	if k <= 0 || count > uint64(len(p)) {
		return nil
	}
	p = p[k:]
	out := make([][]any, 0, count)
	flat := make([]any, int(count)*ncols) // one allocation for every value's cells
	for i := range int(count) {
		cells := flat[i*ncols : (i+1)*ncols : (i+1)*ncols]
		for c := range cells {
			var ok bool
			if need != nil && !need[c] {
				p, ok = skipCell(p)
			} else {
				cells[c], p, ok = readCell(p)
			}
			if !ok {
				return out
			}
		}
		out = append(out, cells)
	}
	return out
}

func readCell(p []byte) (any, []byte, bool) {
	if len(p) == 0 {
		return nil, p, false
	}
	kind, p := p[0], p[1:]
	switch kind {
	case cellText:
		n, k := binary.Uvarint(p)
		if k <= 0 || uint64(len(p)-k) < n {
			return nil, p, false
		}
		return borrow(p[k : k+int(n)]), p[k+int(n):], true
	case cellNumber:
		if len(p) < 8 {
			return nil, p, false
		}
		return math.Float64frombits(binary.BigEndian.Uint64(p)), p[8:], true
	case cellFalse:
		return false, p, true
	case cellTrue:
		return true, p, true
	}
	return nil, p, kind == cellNull
}

// borrow views text in a row as a string without copying it. Rows live in the store's memory
// map, valid until their read transaction ends; cells read from rows are compared, searched
// and sorted inside that transaction and never kept past it (queries return ids, then load
// records), which is what makes this safe. Copying every text cell was a quarter of a
// filtered query's time at 100,000 records.
func borrow(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
