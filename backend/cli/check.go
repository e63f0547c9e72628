package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"

	"attio-studio/backend/bundle"
	"attio-studio/backend/diag"
	"attio-studio/backend/studio"
)

// runCheck builds the app and prints its manifest and diagnostics; it exits 1 when the app has
// an error.
func runCheck(args []string, env Env) error {
	flags := newFlags("check", env)
	asJSON := flags.Bool("json", false, "print one JSON object")
	flags.String("data", "", "ignored: check reads no data file")
	if err := flags.Parse(args); err != nil {
		return err
	}
	dir, err := appDir(flags.Args(), env)
	if err != nil {
		return err
	}
	m, err := studio.Check(dir)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(m); err != nil {
			return err
		}
	} else {
		printManifest(env.Stdout, m)
	}
	if diag.HasErrors(m.Diagnostics) {
		return exitError(1)
	}
	return nil
}

func printManifest(w io.Writer, m studio.Manifest) {
	fmt.Fprintf(w, "%s (%s) built in %.0f ms\n", m.App.Name, m.App.Dir, m.BuildMs)
	section := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s:\n", title)
		for _, it := range items {
			fmt.Fprintf(w, "  %s\n", it)
		}
	}
	surfaces := func(list []bundle.Surface) []string {
		var out []string
		for _, s := range list {
			out = append(out, fmt.Sprintf("%-24s %q  (%s)", s.ID, s.Label, s.File))
		}
		return out
	}
	section("Record actions", surfaces(m.RecordActions))
	section("Bulk record actions", surfaces(m.BulkRecordActions))
	section("Record widgets", surfaces(m.Widgets))
	section("Record tabs", surfaces(m.RecordTabs))
	section("Object actions", surfaces(m.ObjectActions))
	section("Call recording insight text actions", surfaces(m.CallRecordingInsightTextActions))
	section("Call recording summary text actions", surfaces(m.CallRecordingSummaryTextActions))
	section("Call recording transcript text actions",
		surfaces(m.CallRecordingTranscriptTextActions))
	section("Workspace settings", settings(m.SettingsSchema))
	section("Server functions", m.ServerFunctions)
	section("Webhook handlers", m.Webhooks)
	section("Event handlers", m.Events)
	section("GraphQL queries", m.Queries)
	if len(m.Diagnostics) > 0 {
		fmt.Fprintln(w)
		for _, d := range m.Diagnostics {
			fmt.Fprintln(w, d.String())
		}
	}
}

// settings lists a settings schema's keys with their types, in key order.
func settings(schema map[string]string) []string {
	keys := slices.Sorted(maps.Keys(schema))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, fmt.Sprintf("%-24s %s", k, schema[k]))
	}
	return out
}
