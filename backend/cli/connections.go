package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"attio-studio/backend/studio"
	"attio-studio/backend/workspace"
)

// runConnections lists, adds and removes an app's connections, running its connection events as
// the studio window does.
func runConnections(args []string, env Env) error {
	if len(args) == 0 {
		return fmt.Errorf("connections needs list, add or remove")
	}
	sub, args := args[0], args[1:]
	flags := newFlags("connections "+sub, env)
	asJSON := flags.Bool("json", false, "print JSON")
	data := dataFlag(flags)
	user := flags.Bool("user", false, "a user connection (default: the workspace connection)")
	key := flags.String("key", "", "the connection key, for apps with several connections")
	value := flags.String("value", "", "the secret or token (add)")
	id := flags.String("id", "", "the connection's id (remove; default: the one of --user/--key)")
	as := flags.String("as", "", "act as this workspace member (id or email) from now on, "+
		"as the studio's picker does; user connections are theirs")
	if err := flags.Parse(args); err != nil {
		return err
	}
	dir, err := appDir(flags.Args(), env)
	if err != nil {
		return err
	}
	session, err := openHeadless(dir, *data, 0, env)
	if err != nil {
		return err
	}
	defer session.Close()
	if *as != "" {
		m, err := session.SetCurrentUser(*as)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "acting as %s (%s)\n", m.FullName(), m.Email)
	}

	kind := workspace.ConnectionWorkspace
	if *user {
		kind = workspace.ConnectionUser
	}
	ctx := context.Background()
	switch sub {
	case "list":
		conns, err := session.Connections()
		if err != nil {
			return err
		}
		return printConnections(env.Stdout, conns, *asJSON)
	case "add":
		c, err := session.AddConnection(ctx, studio.ConnectionSpec{Kind: kind, Key: *key, Value: *value})
		if err != nil {
			return err
		}
		return printConnections(env.Stdout, []workspace.Connection{c}, *asJSON)
	case "remove":
		target := *id
		if target == "" {
			if target, err = findConnection(session, kind, *key); err != nil {
				return err
			}
		}
		if err := session.RemoveConnection(ctx, target); err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(env.Stdout).Encode(map[string]string{"removed": target})
		}
		fmt.Fprintf(env.Stdout, "removed connection %s\n", target)
		return nil
	}
	return fmt.Errorf("connections has no %q; use list, add or remove", sub)
}

// findConnection is the id of the connection of kind and key; a user connection must be the
// current user's, as getUserConnection() would read it.
func findConnection(s *studio.Session, kind, key string) (string, error) {
	conns, err := s.Connections()
	if err != nil {
		return "", err
	}
	me, err := s.CurrentUser()
	if err != nil {
		return "", err
	}
	for _, c := range conns {
		mine := kind != workspace.ConnectionUser || c.OwnedBy == me.ID
		if c.Kind == kind && c.Key == key && mine {
			return c.ID, nil
		}
	}
	if kind == workspace.ConnectionUser {
		return "", fmt.Errorf("the current user has no user connection with key %q", key)
	}
	return "", fmt.Errorf("the app has no %s connection with key %q", kind, key)
}

func printConnections(w io.Writer, conns []workspace.Connection, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(conns)
	}
	if len(conns) == 0 {
		fmt.Fprintln(w, "no connections")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tKEY\tVALUE")
	for _, c := range conns {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.ID, c.Kind, c.Key, c.Value)
	}
	return tw.Flush()
}

// openHeadless opens a session for a command that works on the data file without a window.
func openHeadless(dir, data string, timeout time.Duration, env Env) (*studio.Session, error) {
	s, err := studio.Open(studio.Options{Dir: dir, DataFile: data, CallTimeout: timeout,
		Logger: logger(env, false)})
	if err != nil {
		return nil, err
	}
	if m := s.Manifest(); m.BuildVersion == 0 {
		for _, d := range m.Diagnostics {
			fmt.Fprintln(env.Stderr, d.String())
		}
		s.Close()
		return nil, exitError(1)
	}
	return s, nil
}
