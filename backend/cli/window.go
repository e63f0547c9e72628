package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"attio-studio/backend/studio"
)

// Window is what the desktop window shows: one session's studio page.
type Window struct {
	Session  *studio.Session
	Frontend fs.FS
	Logger   *slog.Logger
}

// runWindow opens the studio window, or serve mode when no window can be shown here.
func runWindow(args []string, env Env) error {
	flags := newFlags("", env)
	data := dataFlag(flags)
	addr := flags.String("addr", DefaultAddr, "where serve mode listens when there is no display")
	timeout := timeoutFlag(flags)
	if err := flags.Parse(args); err != nil {
		return err
	}
	if err := checkTimeout(*timeout); err != nil {
		return err
	}
	dir, err := appDir(flags.Args(), env)
	if err != nil {
		return err
	}
	if env.HasDisplay != nil && !env.HasDisplay() {
		fmt.Fprintln(env.Stderr, "No display found; serving the studio for a browser instead.")
		return serve(dir, *addr, *data, *timeout, env)
	}

	log := logger(env, true)
	session, err := studio.Open(studio.Options{Dir: dir, DataFile: *data, Watch: true,
		CallTimeout: *timeout, Logger: log})
	if err != nil {
		return err
	}
	err = env.OpenWindow(Window{Session: session, Frontend: env.Frontend, Logger: log})
	session.Close()
	if errors.Is(err, ErrNoWindow) {
		fmt.Fprintln(env.Stderr, "This build has no window (build with `make build`); serving instead.")
		return serve(dir, *addr, *data, *timeout, env)
	}
	return err
}
