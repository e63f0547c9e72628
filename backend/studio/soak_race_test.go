//go:build race

package studio

// soakCalls under the race detector, which slows goja about tenfold: make test runs this many;
// make bench runs the full 10,000 without it. The soak is bound by the data file's commits (one
// fsync each; a webhook delivery and the write it makes are two), so it is kept short here.
const soakCalls = 400

// hugeResultBytes is the size of the huge result the broken-output test returns: building it
// in goja under the race detector takes tens of seconds at 50 MB.
const hugeResultBytes = 5_000_000
