package cli

import (
	"fmt"
	"io"
	"os"
)

// runData exports, imports, resets or fills an app's mock workspace.
func runData(args []string, env Env) error {
	if len(args) == 0 {
		return fmt.Errorf("data needs export, import, reset or generate")
	}
	sub, args := args[0], args[1:]
	flags := newFlags("data "+sub, env)
	data := dataFlag(flags)
	out := flags.String("out", "", "export: the file to write (default: standard output)")
	people := flags.Int("people", 1000, "generate: how many people to add (and a tenth as many "+
		"companies)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	rest := flags.Args()
	if sub == "import" {
		if len(rest) != 2 {
			return fmt.Errorf("data import needs the app folder and the file to import (- for stdin)")
		}
	} else if len(rest) > 1 {
		return fmt.Errorf("data %s takes one app folder, got %d arguments", sub, len(rest))
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
	case "export":
		doc, err := session.ExportWorkspace()
		if err != nil {
			return err
		}
		if *out == "" {
			_, err = env.Stdout.Write(doc)
			return err
		}
		return writeFileAtomic(*out, doc)
	case "import":
		doc, err := readInput(rest[1], env)
		if err != nil {
			return err
		}
		if err := session.ImportWorkspace(doc); err != nil {
			return fmt.Errorf("%s: %w", rest[1], err)
		}
		fmt.Fprintf(env.Stdout, "imported %s into %s\n", rest[1], session.DataFile())
		return nil
	case "reset":
		if err := session.ResetWorkspace(); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "reset the workspace in %s\n", session.DataFile())
		return nil
	case "generate":
		g, err := session.GenerateRecords(*people)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "added %d people and %d companies to %s\n", len(g.People),
			len(g.Companies), session.DataFile())
		return nil
	}
	return fmt.Errorf("data has no %q; use export, import, reset or generate", sub)
}

func readInput(name string, env Env) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(env.stdin())
	}
	return os.ReadFile(name)
}

// writeFileAtomic writes data beside path and renames it into place, so a failed write never
// leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
