package workspace

import (
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"attio-studio/backend/store"
)

// openTest opens the default workspace in a fresh store whose clock ticks one second per read,
// so history entries have distinct, predictable times.
func openTest(t *testing.T) *Workspace {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "studio.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ws, err := Open(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	now := time.Date(2025, time.June, 1, 12, 0, 0, 0, time.UTC)
	ws.now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Second)
		return now
	}
	return ws
}

var (
	ada   = SeedRecordID("people", "ada-lovelace")
	grace = SeedRecordID("people", "grace-hopper")
	alan  = SeedRecordID("people", "alan-turing")
	lumen = SeedRecordID("companies", "lumen-labs")
	tide  = SeedRecordID("companies", "tidewater-health")
	api   = Actor{Type: "api-token", ID: "test-token"}
)

func mustGet(t *testing.T, ws *Workspace, object, id string) Record {
	t.Helper()
	r, err := ws.GetRecord(object, id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// refs lists the record ids a reference attribute of r points at.
func refs(r Record, slug string) []string {
	var out []string
	for _, v := range r.Get(slug) {
		out = append(out, v.String("target_record_id"))
	}
	return out
}

func strs(r Record, slug, key string) []string {
	var out []string
	for _, v := range r.Get(slug) {
		out = append(out, v.String(key))
	}
	return out
}

// collect appends each change to changes without its actor and attributes, which most tests
// do not look at.
func collect(changes *[]Change) func(Change) {
	return func(c Change) {
		c.Actor, c.Attributes = nil, nil
		*changes = append(*changes, c)
	}
}

// hasChange reports whether changes (as collect gathers them) hold want.
func hasChange(changes []Change, want Change) bool {
	return slices.ContainsFunc(changes, func(c Change) bool { return reflect.DeepEqual(c, want) })
}
