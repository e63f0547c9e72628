package workspace

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"attio-studio/backend/store"
)

func TestDefaultWorkspace(t *testing.T) {
	ws := openTest(t)
	info, err := ws.Info()
	if err != nil || info.Name != "Acme" || info.Slug != "acme" {
		t.Fatalf("Info() = %+v, %v; want Acme/acme", info, err)
	}
	objs, err := ws.Objects()
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, o := range objs {
		slugs = append(slugs, o.Slug)
	}
	want := []string{"people", "companies", "deals", "users", "workspaces"}
	if !slices.Equal(slugs, want) {
		t.Errorf("objects = %v, want %v", slugs, want)
	}
	for object, want := range map[string]int{"people": 40, "companies": 15, "deals": 15,
		"workspaces": 5, "users": 7} {
		rs, err := ws.ListRecords(object, Query{})
		if err != nil || len(rs) != want {
			t.Errorf("%s: %d records, %v; want %d", object, len(rs), err, want)
		}
	}
	me, err := ws.CurrentUser()
	if err != nil || me.Email != "sam@acme.example" {
		t.Errorf("CurrentUser() = %+v, %v", me, err)
	}
}

func TestExactlyGraceHopperHasNoPhone(t *testing.T) {
	ws := openTest(t)
	people, err := ws.ListRecords("people", Query{})
	if err != nil {
		t.Fatal(err)
	}
	var without []string
	for _, p := range people {
		if len(p.Get("phone_numbers")) == 0 {
			name, _ := p.First("name")
			without = append(without, name.String("full_name"))
		}
	}
	if !slices.Equal(without, []string{"Grace Hopper"}) {
		t.Errorf("people without phones = %v, want [Grace Hopper]", without)
	}
}

func TestUsersAndWorkspacesLinkBothWays(t *testing.T) {
	ws := openTest(t)
	user := mustGet(t, ws, "users", SeedRecordID("users", "alan-turing"))
	if got := refs(user, "person"); !slices.Equal(got, []string{alan}) {
		t.Errorf("Alan's user points at person %v", got)
	}
	if got := refs(mustGet(t, ws, "people", alan), "associated_users"); !slices.Equal(got,
		[]string{user.ID.RecordID}) {
		t.Errorf("Alan's associated users = %v", got)
	}
	lumenWS := mustGet(t, ws, "workspaces", SeedRecordID("workspaces", "lumen-labs"))
	if got := refs(lumenWS, "users"); !slices.Contains(got, user.ID.RecordID) {
		t.Errorf("the Lumen Labs workspace's users %v lack Alan", got)
	}
	if got := refs(mustGet(t, ws, "companies", lumen), "associated_workspaces"); !slices.Equal(
		got, []string{lumenWS.ID.RecordID}) {
		t.Errorf("Lumen Labs' workspaces = %v", got)
	}
	_, err := ws.CreateRecord("users", map[string]any{"user_id": "usr_x"}, api)
	if err == nil || err.Error() != "primary_email_address: is required on users and has no value" {
		t.Errorf("a user without an email: %v", err)
	}
}

func TestSeedRelationshipsAreBothWays(t *testing.T) {
	ws := openTest(t)
	company := mustGet(t, ws, "companies", lumen)
	team := refs(company, "team")
	slices.Sort(team)
	want := []string{ada, SeedRecordID("people", "katherine-johnson"),
		SeedRecordID("people", "jean-bartik"), SeedRecordID("people", "betty-holberton")}
	slices.Sort(want)
	if !slices.Equal(team, want) {
		t.Errorf("Lumen Labs team = %v, want %v", team, want)
	}
	person := mustGet(t, ws, "people", grace)
	if got := refs(person, "associated_deals"); len(got) != 1 ||
		got[0] != SeedRecordID("deals", "tidewater-pilot") {
		t.Errorf("Grace's deals = %v", got)
	}
}

// The default workspace must be byte-for-byte the same everywhere, so that record ids in tests
// and screenshots stay valid.
func TestDefaultWorkspaceIsDeterministic(t *testing.T) {
	dump := func() string {
		ws := openTest(t)
		var all []Record
		for _, o := range []string{"people", "companies", "deals"} {
			rs, err := ws.ListRecords(o, Query{})
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, rs...)
		}
		objs, _ := ws.Objects()
		raw, _ := json.Marshal([]any{all, objs})
		return string(raw)
	}
	if a, b := dump(), dump(); a != b {
		t.Error("two default workspaces differ")
	}
}

func TestReopenKeepsChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "studio.db")
	open := func() (*store.Store, *Workspace) {
		st, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		ws, err := Open(st, nil)
		if err != nil {
			t.Fatal(err)
		}
		return st, ws
	}
	st, ws := open()
	if _, err := ws.UpdateRecord("people", ada, map[string]any{"job_title": "Chief Scientist"},
		Append, api); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, ws = open()
	defer st.Close()
	r := mustGet(t, ws, "people", ada)
	if got, _ := r.First("job_title"); got.String("value") != "Chief Scientist" {
		t.Errorf("job title after reopen = %q", got.String("value"))
	}
}

func TestResetRestoresDefault(t *testing.T) {
	ws := openTest(t)
	var changes []Change
	cancel := ws.Subscribe(collect(&changes))
	defer cancel()
	if err := ws.DeleteRecord("people", ada); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.AddConnection(Connection{Kind: "workspace", Value: "s3cret"}); err != nil {
		t.Fatal(err)
	}
	if err := ws.Reset(); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.GetRecord("people", ada); err != nil {
		t.Errorf("Ada after reset: %v", err)
	}
	if conns, _ := ws.Connections(); len(conns) != 0 {
		t.Errorf("connections after reset = %v", conns)
	}
	if last := changes[len(changes)-1]; last.Kind != ChangeReset {
		t.Errorf("last change = %+v, want a reset", last)
	}
}

func TestUnknownObjectIsNotFound(t *testing.T) {
	ws := openTest(t)
	_, err := ws.Object("invoices")
	if !errors.Is(err, ErrNotFound) || err.Error() != `object "invoices" not found` {
		t.Errorf("Object(invoices) error = %v", err)
	}
	_, err = ws.GetRecord("people", "nope")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("GetRecord(nope) error = %v", err)
	}
}
