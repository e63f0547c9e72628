//go:build unix

package workspacetest

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, user and system, all threads.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
