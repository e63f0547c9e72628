//go:build !race

package studio

// hugeResultBytes is the size of the huge result the broken-output test returns.
const hugeResultBytes = 50_000_000
