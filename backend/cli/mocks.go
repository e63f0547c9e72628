package cli

import (
	"fmt"
	"text/tabwriter"
)

// runMocks lists the mock rules answering an app's outbound requests.
func runMocks(args []string, env Env) error {
	if len(args) == 0 || args[0] != "list" {
		return fmt.Errorf("mocks needs list")
	}
	flags := newFlags("mocks list", env)
	asJSON := flags.Bool("json", false, "print JSON")
	data := dataFlag(flags)
	if err := flags.Parse(args[1:]); err != nil {
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

	rules := session.MockRules()
	out := session.Outbound()
	if *asJSON {
		return writeIndented(env.Stdout, map[string]any{"mode": out.Mode, "faults": out.Faults,
			"rules": rules})
	}
	fmt.Fprintf(env.Stdout, "mode: %s\n", out.Mode)
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "METHOD\tURL\tANSWER")
	for _, r := range rules {
		method := r.Method
		if method == "" {
			method = "*"
		}
		status := r.Response.Status
		if status == 0 {
			status = 200
		}
		answer := fmt.Sprint(status)
		if len(r.Responses) > 0 {
			answer = fmt.Sprintf("%d answers in turn", len(r.Responses))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", method, r.URL, answer)
	}
	return tw.Flush()
}
