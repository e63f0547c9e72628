// Package workspacetest builds large workspaces for benchmarks: the studio must stay fast at
// 100,000 records, and measuring that needs a store that big.
package workspacetest

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// version names the fixture's content; change it when Build writes something else, so a
// cached file of the old content is not reused.
const version = 3

// Large is a workspace of the default seed plus Companies companies and People people.
type Large struct {
	Store     *store.Store
	Workspace *workspace.Workspace
	// Path is the data file, for benchmarks that reopen it.
	Path string
	// PersonIDs and CompanyIDs are the ids of the records Build added, in order.
	PersonIDs  []string
	CompanyIDs []string
}

var (
	buildMu sync.Mutex
	built   = map[int]string{}
)

// Open returns a fresh copy of a workspace with n people (and n/10 companies) in a temporary
// directory of tb. The first call in a process builds the file (under the system's temporary
// directory, reused by later runs of the same version); later calls copy it.
func Open(tb testing.TB, n int) *Large {
	tb.Helper()
	src, err := cached(n)
	if err != nil {
		tb.Fatal(err)
	}
	dst := filepath.Join(tb.TempDir(), "studio.db")
	if err := copyFile(src, dst); err != nil {
		tb.Fatal(err)
	}
	l, err := reopen(dst)
	if err != nil {
		tb.Fatal(err)
	}
	if err := readIDs(src, l); err != nil {
		l.Store.Close()
		tb.Fatal(err)
	}
	tb.Cleanup(func() { l.Store.Close() })
	return l
}

func cached(n int) (string, error) {
	buildMu.Lock()
	defer buildMu.Unlock()
	if p, ok := built[n]; ok {
		return p, nil
	}
	p := filepath.Join(os.TempDir(), fmt.Sprintf("attio-studio-bench-v%d-%d.db", version, n))
	if _, err := os.Stat(p + ".ids.json"); err != nil {
		if err := build(p, n); err != nil {
			os.Remove(p)
			return "", err
		}
	}
	built[n] = p
	return p, nil
}

func reopen(path string) (*Large, error) {
	st, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	ws, err := workspace.Open(st, nil)
	if err != nil {
		st.Close()
		return nil, err
	}
	return &Large{Store: st, Workspace: ws, Path: path}, nil
}

func readIDs(src string, l *Large) error {
	raw, err := os.ReadFile(src + ".ids.json")
	if err != nil {
		return err
	}
	var ids workspace.Generated
	if err := json.Unmarshal(raw, &ids); err != nil {
		return err
	}
	l.CompanyIDs, l.PersonIDs = ids.Companies, ids.People
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
