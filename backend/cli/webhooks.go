package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"attio-studio/backend/webhooks"
)

// headerFlags collects repeated --header "Name: value" flags.
type headerFlags []webhooks.HeaderField

func (h *headerFlags) String() string { return fmt.Sprint(*h) }

func (h *headerFlags) Set(v string) error {
	name, value, ok := strings.Cut(v, ":")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf("a header is \"Name: value\", got %q", v)
	}
	field := webhooks.HeaderField{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)}
	*h = append(*h, field)
	return nil
}

// runWebhooks lists an app's webhook handlers or sends one a request.
func runWebhooks(args []string, env Env) error {
	if len(args) == 0 {
		return fmt.Errorf("webhooks needs list or send")
	}
	sub, args := args[0], args[1:]
	flags := newFlags("webhooks "+sub, env)
	asJSON := flags.Bool("json", false, "print JSON")
	data := dataFlag(flags)
	method := flags.String("method", "POST", "send: the HTTP method")
	body := flags.String("body", "", "send: the request body")
	var headers headerFlags
	flags.Var(&headers, "header", "send: a request header \"Name: value\" (repeatable)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	rest := flags.Args()
	if sub == "send" && len(rest) != 2 {
		return fmt.Errorf("webhooks send needs the app folder and a handler (its id or file name)")
	}
	dir, err := appDir(rest[:min(len(rest), 1)], env)
	if err != nil {
		return err
	}
	session, err := openHeadless(dir, *data, 0, env)
	if err != nil {
		return err
	}
	defer session.Close()

	switch sub {
	case "list":
		list, err := session.WebhookHandlers()
		if err != nil {
			return err
		}
		return printHandlers(env.Stdout, list, *asJSON)
	case "send":
		d, err := session.SendWebhook(rest[1], webhooks.Request{Method: *method, Body: *body,
			Headers: headers})
		if err != nil {
			return err
		}
		if err := printDelivery(env.Stdout, d, *asJSON); err != nil {
			return err
		}
		if d.Status >= 400 || d.Status == 0 {
			return exitError(1)
		}
		return nil
	}
	return fmt.Errorf("webhooks has no %q; use list or send", sub)
}

func printHandlers(w io.Writer, list []webhooks.Handler, asJSON bool) error {
	if asJSON {
		return writeIndented(w, list)
	}
	if len(list) == 0 {
		fmt.Fprintln(w, "no webhook handlers (apps usually create them in connection-added)")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tFILE\tURL\tEXTERNAL ID")
	for _, h := range list {
		ext := ""
		if h.ExternalWebhookID != nil {
			ext = *h.ExternalWebhookID
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", h.ID, h.FileName, h.URL, ext)
	}
	return tw.Flush()
}

func printDelivery(w io.Writer, d webhooks.Delivery, asJSON bool) error {
	if asJSON {
		return writeIndented(w, d)
	}
	fmt.Fprintf(w, "%s %s -> %d (%s)\n", d.Method, d.URL, d.Status, d.FileName)
	if d.Error != "" {
		fmt.Fprintf(w, "error: %s\n", d.Error)
	}
	if d.Response.Body != "" {
		fmt.Fprintln(w, d.Response.Body)
	}
	return nil
}

func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
