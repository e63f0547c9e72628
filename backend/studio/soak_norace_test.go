//go:build !race

package studio

// soakCalls is the soak's length without the race detector.
const soakCalls = 10000

// hugeResultBytes is the size of the huge result the broken-output test returns.
const hugeResultBytes = 50_000_000
