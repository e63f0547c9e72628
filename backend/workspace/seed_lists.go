package workspace

import (
	"fmt"
	"time"
)

// The default workspace's lists (a sales pipeline of deals and the key accounts among the
// companies), with entries, and a few notes and tasks on the seeded records, so apps that read
// any of them find realistic data. Ids derive from keys like the records'.

var seedLists = []struct {
	slug, name, parent string
	attrs              []attrDef
	entries            []seedRecord // key is the parent record's key
}{
	{"sales_pipeline", "Sales pipeline", "deals", []attrDef{
		{slug: "priority", title: "Priority", typ: TypeSelect,
			options: []string{"Low", "Medium", "High"}},
		{slug: "next_step", title: "Next step", typ: TypeText},
		{slug: "expected_close", title: "Expected close", typ: TypeDate},
		{slug: "confidence", title: "Confidence", typ: TypeRating},
	}, []seedRecord{
		{"lumen-labs-renewal", map[string]any{"priority": "High",
			"next_step": "Send the renewal quote", "expected_close": "2024-03-29",
			"confidence": 4}},
		{"kestrel-fleet-analytics", map[string]any{"priority": "Medium",
			"next_step": "Book a demo with Tim", "expected_close": "2024-05-15"}},
		{"northwind-warehouse-robots", map[string]any{"priority": "High",
			"next_step": "Site visit in Seattle", "expected_close": "2024-04-15",
			"confidence": 3}},
		{"helix-lab-platform", map[string]any{"priority": "High",
			"next_step": "Answer the security review", "confidence": 3}},
		{"summit-lms", map[string]any{"priority": "Low",
			"next_step": "Wait for the budget vote"}},
		{"kestrel-customs", map[string]any{"priority": "Medium",
			"next_step": "Map their customs forms", "expected_close": "2024-06-30"}},
		{"blue-heron-tracking", map[string]any{"priority": "Low"}},
	}},
	{"key_accounts", "Key accounts", "companies", []attrDef{
		{slug: "tier", title: "Tier", typ: TypeSelect,
			options: []string{"Tier 1", "Tier 2", "Tier 3"}},
		{slug: "account_manager", title: "Account manager", typ: TypeActorReference},
		{slug: "health", title: "Health", typ: TypeStatus,
			options: []string{"Healthy", "At risk", "Churned"}},
	}, []seedRecord{
		{"lumen-labs", map[string]any{"tier": "Tier 1", "account_manager": "sam@acme.example",
			"health": "Healthy"}},
		{"granite-cloud", map[string]any{"tier": "Tier 1",
			"account_manager": "priya@acme.example", "health": "Healthy"}},
		{"helix-bio", map[string]any{"tier": "Tier 2", "account_manager": "priya@acme.example",
			"health": "At risk"}},
		{"kestrel-logistics", map[string]any{"tier": "Tier 2",
			"account_manager": "jonas@acme.example", "health": "Healthy"}},
		{"tidewater-health", map[string]any{"tier": "Tier 3",
			"account_manager": "jonas@acme.example", "health": "Churned"}},
	}},
}

var seedNotes = []struct {
	key, object, record string
	in                  NoteInput
}{
	{"ada-renewal-call", "people", "ada-lovelace", NoteInput{Title: "Renewal call",
		Format: "markdown", Content: "## Renewal\n- Wants **SSO** before signing\n" +
			"- Budget approved for Q2"}},
	{"grace-email-only", "people", "grace-hopper", NoteInput{Title: "Email only",
		Format: "plaintext", Content: "Grace prefers email; there is no phone number on file."}},
	{"lumen-account-plan", "companies", "lumen-labs", NoteInput{Title: "Account plan",
		Format: "markdown", Content: "Expand from *observability* to the whole platform " +
			"team. See [the plan](https://lumenlabs.example/plan)."}},
	{"kestrel-demo", "deals", "kestrel-fleet-analytics", NoteInput{Title: "Demo notes",
		Format: "plaintext", Content: "Tim wants fleet reports by depot, weekly."}},
	{"tidewater-lost", "deals", "tidewater-pilot", NoteInput{Title: "Why we lost",
		Format: "plaintext", Content: "They chose an in-house tool after the pilot."}},
}

func link(object, key string) map[string]any {
	return map[string]any{"target_object": object, "target_record_id": SeedRecordID(object, key)}
}

func deadline(s string) *string { return &s }

var seedTasks = []struct {
	key string
	in  TaskInput
}{
	{"send-ada-quote", TaskInput{Content: "Send Ada the renewal quote", Format: "plaintext",
		Deadline: deadline("2024-03-01T17:00:00Z"), LinkedRecords: []any{
			link("people", "ada-lovelace"), link("deals", "lumen-labs-renewal")},
		Assignees: []any{"sam@acme.example"}}},
	{"book-kestrel-demo", TaskInput{Content: "Book a demo with Kestrel", Format: "plaintext",
		Deadline:      deadline("2024-02-20T12:00:00Z"),
		LinkedRecords: []any{link("deals", "kestrel-fleet-analytics")},
		Assignees:     []any{"priya@acme.example"}}},
	{"email-grace", TaskInput{Content: "Follow up with Grace by email", Format: "plaintext",
		IsCompleted: true, LinkedRecords: []any{link("people", "grace-hopper")},
		Assignees: []any{"jonas@acme.example"}}},
	{"helix-security", TaskInput{Content: "Fill in Helix Bio's security questionnaire",
		Format: "plaintext", LinkedRecords: []any{link("companies", "helix-bio"),
			link("deals", "helix-lab-platform")},
		Assignees: []any{"priya@acme.example", "sam@acme.example"}}},
}

// seedCollections writes the lists, entries, notes and tasks with wr, after the records.
func seedCollections(wr *writer, at time.Time) error {
	for i, def := range seedLists {
		created := At(at.Add(time.Duration(i) * time.Millisecond))
		l := List{ID: stableID("list", def.slug), Slug: def.slug, Name: def.name,
			ParentObject: def.parent, WorkspaceAccess: "full-access", CreatedBy: wr.actor,
			CreatedAt: created}
		l.Attributes = buildObject(objectDef{slug: l.ID, attrs: def.attrs}, created.Time).
			Attributes
		for i := range l.Attributes {
			l.Attributes[i].IsSystem = false
		}
		if err := saveList(wr.tx, &l); err != nil {
			return err
		}
	}
	for _, def := range seedLists {
		l, err := wr.list(def.slug)
		if err != nil {
			return err
		}
		for _, s := range def.entries {
			at = at.Add(time.Minute)
			wr.now = At(at)
			id := SeedEntryID(def.slug, s.key)
			if _, err := wr.createEntry(l, id, def.parent, SeedRecordID(def.parent, s.key),
				s.values); err != nil {
				return fmt.Errorf("seed entry %s of %s: %w", s.key, def.slug, err)
			}
		}
	}
	return seedNotesAndTasks(wr, at)
}

func seedNotesAndTasks(wr *writer, at time.Time) error {
	for _, s := range seedNotes {
		at = at.Add(time.Minute)
		wr.now = At(at)
		in := s.in
		in.ParentObject, in.ParentRecordID = s.object, SeedRecordID(s.object, s.record)
		n, err := wr.newNote(in)
		if err != nil {
			return fmt.Errorf("seed note %s: %w", s.key, err)
		}
		n.ID.NoteID = SeedNoteID(s.key)
		if err := wr.tx.Put(bucketNotes, n.ID.NoteID, n); err != nil {
			return err
		}
	}
	for _, s := range seedTasks {
		at = at.Add(time.Minute)
		wr.now = At(at)
		t := Task{ID: TaskID{wr.info.ID, SeedTaskID(s.key)},
			ContentPlaintext: s.in.Content, IsCompleted: s.in.IsCompleted,
			CreatedBy: wr.actor, CreatedAt: wr.now}
		err := wr.applyTask(&t, TaskUpdate{Deadline: s.in.Deadline,
			LinkedRecords: &s.in.LinkedRecords, Assignees: &s.in.Assignees})
		if err != nil {
			return fmt.Errorf("seed task %s: %w", s.key, err)
		}
		if err := wr.tx.Put(bucketTasks, t.ID.TaskID, t); err != nil {
			return err
		}
	}
	return nil
}
