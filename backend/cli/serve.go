package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"attio-studio/backend/server"
	"attio-studio/backend/studio"
)

// DefaultAddr is where serve mode listens unless --addr says otherwise.
const DefaultAddr = "127.0.0.1:7766"

// runServe serves the studio on loopback until interrupted.
func runServe(args []string, env Env) error {
	flags := newFlags("serve", env)
	addr := flags.String("addr", DefaultAddr, "the loopback address to listen on (port 0 picks one)")
	data := dataFlag(flags)
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
	return serve(dir, *addr, *data, *timeout, env)
}

func serve(dir, addr, data string, timeout time.Duration, env Env) error {
	log := logger(env, true)
	l, err := server.Listen(addr)
	if err != nil {
		return err
	}
	session, err := studio.Open(studio.Options{Dir: dir, DataFile: data, Watch: true,
		CallTimeout: timeout, Logger: log})
	if err != nil {
		l.Close()
		return err
	}
	defer session.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := session.Manifest()
	fmt.Fprintf(env.Stdout, "Attio App Studio is serving %s at http://%s/\n", m.App.Name, l.Addr())
	fmt.Fprintf(env.Stdout, "The mock Attio REST API answers at http://%s/v2/ with "+
		"Authorization: Bearer %s\n", l.Addr(), session.AttioAPIToken())
	return server.New(session, env.Frontend, log).Serve(ctx, l)
}
