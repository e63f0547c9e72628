// Package cli is the studio's command line: it parses the verbs and flags and runs them against
// backend/studio. The window itself is started through Env.OpenWindow so this package stays free
// of Wails.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"strings"
	"time"
)

// Env is what the command line runs with.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Frontend is the built studio page (frontend/dist).
	Frontend fs.FS
	// Examples holds the bundled example apps; Default names the one opened with no folder.
	Examples       fs.FS
	DefaultExample string
	// OpenWindow shows the studio in a desktop window until it is closed. It returns
	// ErrNoWindow when this binary was built without the window.
	OpenWindow func(w Window) error
	// HasDisplay reports whether a window can be shown here.
	HasDisplay func() bool
}

func (e Env) stdin() io.Reader {
	if e.Stdin == nil {
		return strings.NewReader("")
	}
	return e.Stdin
}

// ErrNoWindow means the binary cannot open a window (it was built without one).
var ErrNoWindow = errors.New("this binary was built without the desktop window")

// usage is printed for -h and for unknown verbs.
const usage = `Attio App Studio runs an Attio app locally and offline.

Usage:
  attio-studio [--data FILE] [--timeout D] [DIR]   open the studio window on the app in DIR
  attio-studio serve [--addr ADDR] [--data FILE] [--timeout D] [DIR]
                                                   serve the studio on 127.0.0.1 for a browser
  attio-studio check [--json] [DIR]                build the app and print its manifest and problems
  attio-studio call [--json] [--timeout D] [--data FILE] DIR FUNCTION [ARG...]
                                                   run a server function (ARGs are JSON)
  attio-studio connections list|add|remove [--json] [--user] [--key KEY] [--value SECRET]
                                   [--id ID] [--as MEMBER] [--data FILE] DIR
                                                   manage the app's connections, running its
                                                   connection-added/removed events
  attio-studio data export|import|reset [--data FILE] [--out FILE] DIR [FILE|-]
                                                   export, import or reset the mock workspace
  attio-studio data generate [--people N] [--data FILE] DIR
                                                   add N made-up people (and companies) to it
  attio-studio webhooks list [--json] [--data FILE] DIR
  attio-studio webhooks send [--json] [--method M] [--header "K: V"]... [--body B]
                             [--data FILE] DIR HANDLER
                                                   list the app's webhook handlers, or send one
                                                   a request (HANDLER: its id or file name)
  attio-studio mocks list [--json] [--data FILE] DIR
                                                   list the mock rules, the outbound mode and
                                                   the injected faults
  attio-studio logs [-n N] [--json] [--data FILE] [DIR]
  attio-studio logs [-n N] [--json] [--follow] --addr ADDR
                                                   print the app's last N calls, oldest first;
                                                   a running studio through its serve ADDR,
                                                   and with --follow each new call

With no DIR the studio opens its bundled example app. Flags come before DIR. --timeout limits
each server call (default 30s, as in Attio), e.g. 5m while stepping through slow code.
`

// Run runs the command line args (without the program name) and returns the exit code.
func Run(args []string, env Env) int {
	verb := ""
	if len(args) > 0 {
		verb = args[0]
	}
	var err error
	switch verb {
	case "serve":
		err = runServe(args[1:], env)
	case "check":
		err = runCheck(args[1:], env)
	case "call":
		err = runCall(args[1:], env)
	case "connections":
		err = runConnections(args[1:], env)
	case "data":
		err = runData(args[1:], env)
	case "webhooks":
		err = runWebhooks(args[1:], env)
	case "mocks":
		err = runMocks(args[1:], env)
	case "logs":
		err = runLogs(args[1:], env)
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usage)
		return 0
	default:
		err = runWindow(args, env)
	}
	var exit exitError
	switch {
	case errors.As(err, &exit):
		return int(exit)
	case errors.Is(err, flag.ErrHelp):
		return 2
	case err != nil:
		fmt.Fprintf(env.Stderr, "attio-studio: %v\n", err)
		return 1
	}
	return 0
}

// exitError ends the program with a code after the verb has printed what it had to say.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit %d", int(e)) }

// newFlags returns a flag set for verb that prints its errors and usage to stderr.
func newFlags(verb string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet("attio-studio "+verb, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, usage) }
	return fs
}

// dataFlag adds the --data flag every verb that opens a data file takes.
func dataFlag(flags *flag.FlagSet) *string {
	return flags.String("data", "", "the data file (default: the app's own in the user's data folder)")
}

// timeoutFlag is each server call's time limit, for the verbs that run the app's server code.
func timeoutFlag(flags *flag.FlagSet) *time.Duration {
	return flags.Duration("timeout", 0, "each server call's time limit (default 30s, as in Attio)")
}

// checkTimeout refuses a negative --timeout, which would stop every call at once.
func checkTimeout(d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("--timeout %s is negative; give a time limit such as 2m", d)
	}
	return nil
}

// logger writes the studio's lifecycle to stderr, leaving stdout to the verb's output.
func logger(env Env, verbose bool) *slog.Logger {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
}
