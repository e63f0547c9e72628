package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/coder/websocket"

	"attio-studio/backend/calllog"
	"attio-studio/backend/project"
	"attio-studio/backend/store"
	"attio-studio/backend/studio"
)

// runLogs prints the recorded calls of an app, oldest to newest of the last n, one line each or
// one JSON object per line.
//
// Without --addr it reads the app's data file. A running studio holds that file's lock (bbolt
// allows one process), so the calls of a running studio, and following new ones, go through
// its serve mode instead: --addr names the address `attio-studio serve` printed, and the calls
// come from its HTTP API and, with --follow, its event WebSocket. A studio in a desktop window
// serves no address and cannot be followed.
func runLogs(args []string, env Env) error {
	flags := newFlags("logs", env)
	follow := flags.Bool("follow", false, "keep printing calls as they finish (needs --addr)")
	asJSON := flags.Bool("json", false, "print each call as one line of JSON")
	n := flags.Int("n", 20, "how many of the most recent calls to print first")
	addr := flags.String("addr", "", "the address of a running studio's serve mode")
	data := dataFlag(flags)
	if err := flags.Parse(args); err != nil {
		return err
	}
	p := callPrinter{w: env.Stdout, json: *asJSON}
	if *addr != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return logsFromServer(ctx, *addr, *n, *follow, p)
	}
	if *follow {
		return errors.New("--follow needs --addr: a running studio keeps its data file locked, " +
			"so new calls can only be followed through its serve mode. Start it with " +
			"`attio-studio serve DIR` and run `attio-studio logs --follow --addr ADDRESS` with " +
			"the address it prints (" + DefaultAddr + " by default)")
	}
	dir, err := appDir(flags.Args(), env)
	if err != nil {
		return err
	}
	calls, err := callsFromFile(dir, *data, *n, logger(env, false))
	if err != nil {
		return err
	}
	return p.printAll(calls)
}

// callsFromFile reads the last n calls from the app's data file, newest first.
func callsFromFile(dir, data string, n int, log *slog.Logger) ([]calllog.Call, error) {
	if data == "" {
		p, err := project.Load(dir)
		if err != nil {
			return nil, err
		}
		if data, err = studio.DefaultDataFile(p); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(data); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s has no data file yet (%s): the app has not run in the studio",
			dir, data)
	}
	st, err := store.Open(data)
	if errors.Is(err, store.ErrAlreadyOpen) {
		return nil, fmt.Errorf("another studio has %s open, so its calls cannot be read from "+
			"the file; read them through that studio's serve mode with --addr ADDRESS (the "+
			"address `attio-studio serve` printed): %w", data, err)
	}
	if err != nil {
		return nil, err
	}
	defer st.Close()
	l, err := calllog.Open(st, log)
	if err != nil {
		return nil, err
	}
	defer l.Close()
	return l.List(n)
}

// logsFromServer prints the last n calls of the studio serving at addr and, with follow, every
// call that finishes afterwards until ctx ends or the studio stops.
func logsFromServer(ctx context.Context, addr string, n int, follow bool, p callPrinter) error {
	base := "http://" + strings.TrimSuffix(strings.TrimPrefix(addr, "http://"), "/")
	var events <-chan studio.Event
	if follow {
		// Listening before listing, so no call finishing in between is missed.
		conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/api/events",
			nil)
		if err != nil {
			return fmt.Errorf("could not follow the studio at %s: %w", addr, err)
		}
		defer conn.CloseNow()
		events = readEvents(ctx, conn)
	}
	calls, err := callsFromServer(ctx, base, n)
	if err != nil {
		return err
	}
	if err := p.printAll(calls); err != nil || !follow {
		return err
	}
	for e := range events {
		if err := p.event(e); err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("the studio at %s stopped sending calls (it was closed)", addr)
}

func callsFromServer(ctx context.Context, base string, n int) ([]calllog.Call, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/Calls",
		strings.NewReader(fmt.Sprintf("[%d]", n)))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("could not reach a studio at %s: %w", base, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(res.Body, 256<<20))
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the studio at %s answered %s: %s", base, res.Status,
			bytes.TrimSpace(body))
	}
	var calls []calllog.Call
	if err := json.Unmarshal(body, &calls); err != nil {
		return nil, fmt.Errorf("%s did not answer like a studio: %w", base, err)
	}
	return calls, nil
}

// readEvents delivers the studio's events, which arrive in batches, until the connection ends.
func readEvents(ctx context.Context, conn *websocket.Conn) <-chan studio.Event {
	out := make(chan studio.Event, 64)
	go func() {
		defer close(out)
		for {
			_, raw, err := conn.Read(ctx)
			if err != nil {
				return
			}
			var batch []struct {
				Name string          `json:"name"`
				Data json.RawMessage `json:"data"`
			}
			if json.Unmarshal(raw, &batch) != nil {
				continue
			}
			for _, e := range batch {
				event := studio.Event{Name: e.Name}
				if e.Name == studio.EventCall {
					var c calllog.Call
					if json.Unmarshal(e.Data, &c) != nil {
						continue
					}
					event.Data = c
				}
				select {
				case out <- event:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

// callPrinter writes calls as lines of text or JSON. It skips running calls (each call is
// printed once, when it finishes) and calls it has printed already.
type callPrinter struct {
	w       io.Writer
	json    bool
	printed map[string]bool
}

// printAll prints calls given newest first, oldest first.
func (p *callPrinter) printAll(calls []calllog.Call) error {
	for i := len(calls) - 1; i >= 0; i-- {
		if err := p.print(calls[i]); err != nil {
			return err
		}
	}
	return nil
}

func (p *callPrinter) event(e studio.Event) error {
	switch e.Name {
	case studio.EventCall:
		return p.print(e.Data.(calllog.Call))
	case studio.EventCallsCleared:
		if !p.json {
			_, err := fmt.Fprintln(p.w, "-- the call log was cleared --")
			return err
		}
	}
	return nil
}

func (p *callPrinter) print(c calllog.Call) error {
	if c.Status == calllog.StatusRunning || p.printed[c.ID] {
		return nil
	}
	if p.printed == nil {
		p.printed = map[string]bool{}
	}
	p.printed[c.ID] = true
	if p.json {
		raw, err := json.Marshal(c)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(p.w, "%s\n", raw)
		return err
	}
	_, err := fmt.Fprintln(p.w, callLine(c))
	return err
}

// callLine is one call on one line: when, id, kind, name, status, duration, then what it is
// part of and what it did.
func callLine(c calllog.Call) string {
	took := time.Duration(c.DurationMs * float64(time.Millisecond)).Round(10 * time.Microsecond)
	parts := []string{c.Started.Local().Format("15:04:05.000"), c.ID, string(c.Kind), c.Name,
		string(c.Status), took.String()}
	if c.Parent != "" {
		parts = append(parts, "parent="+c.Parent)
	}
	if c.ReplayOf != "" {
		parts = append(parts, c.ReplayMode+"-replay-of="+c.ReplayOf)
	}
	for _, count := range []struct {
		name string
		n    int
	}{{"console", len(c.Console)}, {"requests", len(c.Requests)}, {"kv", len(c.KV)},
		{"notifications", len(c.Notifications)}} {
		if count.n > 0 {
			parts = append(parts, fmt.Sprintf("%s=%d", count.name, count.n))
		}
	}
	if e := c.Error; e != nil {
		msg := e.Message
		if e.Name != "" {
			msg = e.Name + ": " + msg
		}
		parts = append(parts, fmt.Sprintf("error=%q", msg))
		if e.File != "" {
			parts = append(parts, fmt.Sprintf("at=%s:%d:%d", e.File, e.Line, e.Column))
		}
	}
	return strings.Join(parts, " ")
}
