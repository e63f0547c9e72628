// Command attio-studio runs an Attio app locally: a window (or a loopback web page) showing a
// mock Attio record page on which the app's own actions, widgets and server code run offline.
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"runtime"

	"attio-studio/app"
	"attio-studio/backend/cli"
	"attio-studio/examples"
)

//go:embed all:frontend/dist
var dist embed.FS

func main() {
	frontend, err := fs.Sub(dist, "frontend/dist")
	if err != nil {
		fmt.Fprintln(os.Stderr, "attio-studio: the studio page is missing from this binary:", err)
		os.Exit(1)
	}
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		Frontend:       frontend,
		Examples:       examples.FS,
		DefaultExample: examples.Default,
		OpenWindow:     app.Run,
		HasDisplay:     hasDisplay,
	}))
}

// hasDisplay reports whether a window can open: on Linux GTK needs an X or Wayland display and
// panics at start without one.
func hasDisplay() bool {
	if runtime.GOOS != "linux" {
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}
