//go:build race

package studio

// hugeResultBytes is the size of the huge result the broken-output test returns: building it
// in goja under the race detector takes tens of seconds at 50 MB.
const hugeResultBytes = 5_000_000
