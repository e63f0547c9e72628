package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"attio-studio/backend/calllog"
)

// runCall runs one server function of the app headless and prints its result and call record.
func runCall(args []string, env Env) error {
	flags := newFlags("call", env)
	asJSON := flags.Bool("json", false, "print the call record as one JSON object")
	data := dataFlag(flags)
	timeout := timeoutFlag(flags)
	if err := flags.Parse(args); err != nil {
		return err
	}
	if err := checkTimeout(*timeout); err != nil {
		return err
	}
	rest := flags.Args()
	if len(rest) < 2 {
		return fmt.Errorf("call needs the app folder and a function id, e.g. " +
			"attio-studio call ./my-app send-to-alc.server '\"rec_123\"'")
	}
	dir, id := rest[0], rest[1]
	callArgs := make([]json.RawMessage, 0, len(rest)-2)
	for i, a := range rest[2:] {
		if !json.Valid([]byte(a)) {
			return fmt.Errorf("argument %d is not JSON: %s (quote strings: '\"text\"')", i+1, a)
		}
		callArgs = append(callArgs, json.RawMessage(a))
	}

	session, err := openHeadless(dir, *data, *timeout, env)
	if err != nil {
		return err
	}
	defer session.Close()

	res, err := session.CallServerFunction(context.Background(), id, callArgs, "")
	if err != nil {
		return err
	}
	call, err := session.Call(res.CallID)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(call); err != nil {
			return err
		}
	} else {
		printCall(env.Stdout, call)
	}
	if call.Error != nil {
		return exitError(1)
	}
	return nil
}

func printCall(w io.Writer, c calllog.Call) {
	for _, line := range c.Console {
		fmt.Fprintf(w, "console.%s: %s\n", line.Level, line.Text)
	}
	for _, r := range c.Requests {
		status := fmt.Sprint(r.Status)
		if r.Error != "" {
			status = r.Error
		}
		fmt.Fprintf(w, "%s %s -> %s (%s, %.1f ms)\n", r.Method, r.URL, status, r.Source, r.DurationMs)
	}
	if c.Error != nil {
		loc := ""
		if c.Error.File != "" {
			loc = fmt.Sprintf("%s:%d:%d: ", c.Error.File, c.Error.Line, c.Error.Column)
		}
		fmt.Fprintf(w, "%serror: %s\n", loc, c.Error.Message)
		if c.Error.Stack != "" {
			fmt.Fprintln(w, indent(c.Error.Stack))
		}
	} else {
		fmt.Fprintf(w, "result: %s\n", c.Result)
	}
	took := time.Duration(c.DurationMs * float64(time.Millisecond))
	fmt.Fprintf(w, "took %s\n", took.Round(10*time.Microsecond))
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}
