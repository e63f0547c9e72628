//go:build !unix

package workspacetest

import "time"

// cpuTime is not measured on this system; Report then leaves out cpu-ms.
func cpuTime() time.Duration { return 0 }
