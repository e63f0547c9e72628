package workspace

import (
	"errors"
	"reflect"
	"slices"
	"testing"
)

func TestUpdateKeepsHistory(t *testing.T) {
	ws := openTest(t)
	for _, title := range []string{"Chief Scientist", "Chief Scientist", "Founder"} {
		if _, err := ws.UpdateRecord("people", ada, map[string]any{"job_title": title},
			Append, api); err != nil {
			t.Fatal(err)
		}
	}
	all, err := ws.AttributeValues("people", ada, "job_title", true)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, v := range all {
		titles = append(titles, v.String("value"))
		if v.Current() != (v.String("value") == "Founder") {
			t.Errorf("%q current = %v", v.String("value"), v.Current())
		}
	}
	// Rewriting an unchanged value must not add a history entry.
	if want := []string{"CTO", "Chief Scientist", "Founder"}; !slices.Equal(titles, want) {
		t.Errorf("history = %v, want %v", titles, want)
	}
	if all[0].ActiveUntil == nil || !all[0].ActiveUntil.Equal(all[1].ActiveFrom.Time) {
		t.Errorf("replaced value ends %v, its successor starts %v", all[0].ActiveUntil,
			all[1].ActiveFrom)
	}
	current, _ := ws.AttributeValues("people", ada, "job_title", false)
	if len(current) != 1 || current[0].String("value") != "Founder" {
		t.Errorf("current values = %v", current)
	}
	if all[2].CreatedBy != api {
		t.Errorf("created_by_actor = %+v, want %+v", all[2].CreatedBy, api)
	}
}

func TestAppendAddsAndOverwriteReplacesMultiselect(t *testing.T) {
	tests := []struct {
		mode UpdateMode
		want []string
	}{
		{Append, []string{"+14155550101", "+14155550199", "+447700900999"}},
		{Overwrite, []string{"+447700900999"}},
	}
	for _, tt := range tests {
		ws := openTest(t)
		r, err := ws.UpdateRecord("people", ada,
			map[string]any{"phone_numbers": []any{"+447700900999"}}, tt.mode, api)
		if err != nil {
			t.Fatal(err)
		}
		if got := strs(r, "phone_numbers", "normalized_phone_number"); !slices.Equal(got, tt.want) {
			t.Errorf("mode %d: phones = %v, want %v", tt.mode, got, tt.want)
		}
	}
}

func TestUniqueValuesConflict(t *testing.T) {
	ws := openTest(t)
	_, err := ws.UpdateRecord("people", alan, map[string]any{
		"job_title": "Impostor", "email_addresses": "ADA@lumenlabs.example"}, Append, api)
	var conflict *ConflictError
	if !errors.As(err, &conflict) || conflict.RecordID != ada {
		t.Fatalf("error = %v, want a conflict with Ada", err)
	}
	if v, _ := mustGet(t, ws, "people", alan).First("job_title"); v.String("value") == "Impostor" {
		t.Error("the refused write still changed the job title")
	}
	// Once Ada lets the address go, it is free.
	if _, err := ws.UpdateRecord("people", ada, map[string]any{"email_addresses": "a@x.example"},
		Overwrite, api); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.UpdateRecord("people", alan,
		map[string]any{"email_addresses": "ada@lumenlabs.example"}, Append, api); err != nil {
		t.Errorf("taking a released address: %v", err)
	}
}

func TestRelationshipsStayInverse(t *testing.T) {
	ws := openTest(t)
	// Moving Ada from Lumen Labs to Tidewater updates both teams.
	if _, err := ws.UpdateRecord("people", ada, map[string]any{"company": tide}, Append,
		api); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(refs(mustGet(t, ws, "companies", lumen), "team"), ada) {
		t.Error("Ada is still in Lumen Labs' team")
	}
	if !slices.Contains(refs(mustGet(t, ws, "companies", tide), "team"), ada) {
		t.Error("Ada is not in Tidewater's team")
	}
	// Adding Grace to Lumen Labs' team moves her company, and Tidewater loses her.
	if _, err := ws.UpdateRecord("companies", lumen, map[string]any{"team": []any{grace}},
		Append, api); err != nil {
		t.Fatal(err)
	}
	if got := refs(mustGet(t, ws, "people", grace), "company"); !slices.Equal(got,
		[]string{lumen}) {
		t.Errorf("Grace's company = %v, want Lumen Labs", got)
	}
	if slices.Contains(refs(mustGet(t, ws, "companies", tide), "team"), grace) {
		t.Error("Grace is still in Tidewater's team")
	}
}

func TestDeleteRecord(t *testing.T) {
	ws := openTest(t)
	var changes []Change
	defer ws.Subscribe(collect(&changes))()
	if err := ws.DeleteRecord("people", ada); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.GetRecord("people", ada); !errors.Is(err, ErrNotFound) {
		t.Errorf("GetRecord after delete: %v", err)
	}
	if slices.Contains(refs(mustGet(t, ws, "companies", lumen), "team"), ada) {
		t.Error("a deleted person is still in a team")
	}
	if !hasChange(changes, Change{Kind: ChangeDeleted, Object: "people", RecordID: ada}) ||
		!hasChange(changes, Change{Kind: ChangeUpdated, Object: "companies", RecordID: lumen}) {
		t.Errorf("changes = %v", changes)
	}
	// The deleted person's address is free again.
	if _, err := ws.CreateRecord("people",
		map[string]any{"email_addresses": "ada@lumenlabs.example"}, api); err != nil {
		t.Errorf("reusing a deleted person's email: %v", err)
	}
	if err := ws.DeleteRecord("people", ada); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}

func TestCreateRecord(t *testing.T) {
	ws := openTest(t)
	var changes []Change
	defer ws.Subscribe(collect(&changes))()
	r, err := ws.CreateRecord("people", map[string]any{
		"name": "Liskov, Barbara", "email_addresses": []string{"barbara@lumenlabs.example"},
		"company": map[string]any{"target_object": "companies", "target_record_id": lumen},
	}, api)
	if err != nil {
		t.Fatal(err)
	}
	if name, _ := r.First("name"); name.String("full_name") != "Barbara Liskov" {
		t.Errorf("name = %v", name.Fields)
	}
	if by, _ := r.First("created_by"); by.String("referenced_actor_type") != "api-token" {
		t.Errorf("created_by = %v", by.Fields)
	}
	if r.WebURL != "https://app.attio.com/acme/person/"+r.ID.RecordID {
		t.Errorf("web_url = %s", r.WebURL)
	}
	want := []Change{{Kind: ChangeCreated, Object: "people", RecordID: r.ID.RecordID},
		{Kind: ChangeUpdated, Object: "companies", RecordID: lumen}}
	if !reflect.DeepEqual(changes, want) {
		t.Errorf("changes = %v, want %v", changes, want)
	}
	if _, err := ws.CreateRecord("deals", map[string]any{"name": "No stage"}, api); err == nil {
		t.Error("a deal without its required stage and owner was created")
	}
}

func TestAssertRecord(t *testing.T) {
	ws := openTest(t)
	r, created, err := ws.AssertRecord("people", "email_addresses", map[string]any{
		"email_addresses": "ada@lumenlabs.example", "job_title": "Countess"}, api)
	if err != nil || created || r.ID.RecordID != ada {
		t.Fatalf("assert existing = %s, created %v, %v", r.ID.RecordID, created, err)
	}
	r, created, err = ws.AssertRecord("people", "email_addresses", map[string]any{
		"email_addresses": "new@person.example", "name": "New, Person"}, api)
	if err != nil || !created || r.ID.RecordID == ada {
		t.Fatalf("assert new = %s, created %v, %v", r.ID.RecordID, created, err)
	}
	_, _, err = ws.AssertRecord("people", "job_title", map[string]any{"job_title": "x"}, api)
	if err == nil || err.Error() != "job_title: is not unique, so it cannot match records" {
		t.Errorf("assert on a non-unique attribute: %v", err)
	}
}

func TestEnsureAttribute(t *testing.T) {
	ws := openTest(t)
	spec := AttributeSpec{Slug: "alc_status", Title: "ALC status", Type: TypeSelect,
		Options: []string{"Pending", "Complete"}}
	first, err := ws.EnsureAttribute("people", spec)
	if err != nil {
		t.Fatal(err)
	}
	spec.Options = append(spec.Options, "Failed")
	again, err := ws.EnsureAttribute("people", spec)
	if err != nil || again.ID != first.ID || len(again.Options) != 3 {
		t.Fatalf("second EnsureAttribute = %+v, %v", again, err)
	}
	r, err := ws.UpdateRecord("people", ada, map[string]any{"alc_status": "Pending"}, Append, api)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := r.First("alc_status"); v.Map("option")["title"] != "Pending" {
		t.Errorf("alc_status = %v", v.Fields)
	}
	spec.Type = TypeText
	if _, err := ws.EnsureAttribute("people", spec); err == nil {
		t.Error("changing an attribute's type was accepted")
	}
}

// An update says which attributes' values changed, on both sides of a relationship.
func TestUpdateSaysWhichAttributesChanged(t *testing.T) {
	ws := openTest(t)
	var changes []Change
	defer ws.Subscribe(func(c Change) { changes = append(changes, c) })()
	if _, err := ws.UpdateRecord("people", grace, map[string]any{"job_title": "Admiral",
		"company": []any{map[string]any{"target_object": "companies", "target_record_id": lumen}}},
		Overwrite, api); err != nil {
		t.Fatal(err)
	}
	people, _ := ws.Object("people")
	companies, _ := ws.Object("companies")
	id := func(obj Object, slug string) string {
		a, _ := obj.Attribute(slug)
		return a.ID
	}
	want := map[string][]string{
		grace: sortedKeys(map[string]bool{id(people, "job_title"): true,
			id(people, "company"): true}),
		lumen: {id(companies, "team")},
		tide:  {id(companies, "team")},
	}
	for _, c := range changes {
		if w, ok := want[c.RecordID]; ok && !slices.Equal(c.Attributes, w) {
			t.Errorf("%s %s changed %v, want %v", c.Object, c.RecordID, c.Attributes, w)
		}
		delete(want, c.RecordID)
	}
	if len(want) > 0 {
		t.Errorf("no change for %v", want)
	}
}
