package workspace

import (
	"fmt"
	"time"

	"attio-studio/backend/store"
)

// seedTime is when the default workspace was "created"; seeded records follow a minute apart,
// so their timestamps, like their ids, are the same on every machine.
var seedTime = time.Date(2024, time.January, 15, 9, 0, 0, 0, time.UTC)

var defaultInfo = Info{ID: stableID("workspace", "acme"), Name: "Acme", Slug: "acme",
	CreatedAt: At(seedTime)}

// The first member is the current user.
var seedMembers = []Member{
	{FirstName: "Sam", LastName: "Rivera", Email: "sam@acme.example", AccessLevel: "admin"},
	{FirstName: "Priya", LastName: "Patel", Email: "priya@acme.example", AccessLevel: "member"},
	{FirstName: "Jonas", LastName: "Berg", Email: "jonas@acme.example", AccessLevel: "member"},
}

// MemberID is the id the default workspace gives the member with this email address.
func MemberID(email string) string { return stableID("member", email) }

// SeedRecordID is the id the default workspace gives the seeded record named key of object,
// e.g. SeedRecordID("people", "grace-hopper"), so tests can name seeded records.
func SeedRecordID(object, key string) string { return stableID("record", object, key) }

type seedRecord struct {
	key    string
	values map[string]any
}

func ref(object, key string) map[string]any {
	return map[string]any{"target_object": object, "target_record_id": SeedRecordID(object, key)}
}

func place(locality, region, country string) map[string]any {
	return map[string]any{"locality": locality, "region": region, "country_code": country}
}

// createDefault writes the default workspace into an empty store.
func createDefault(tx *store.Tx) error {
	if err := tx.Put(bucketInfo, infoKey, defaultInfo); err != nil {
		return err
	}
	if err := tx.Put(bucketInfo, layoutKey, currentLayout); err != nil {
		return err
	}
	if err := touchData(tx); err != nil {
		return err
	}
	for i, m := range seedMembers {
		m.ID = MemberID(m.Email)
		m.CreatedAt = At(seedTime.Add(time.Duration(i) * time.Second))
		if err := tx.Put(bucketMembers, m.ID, m); err != nil {
			return err
		}
	}
	if err := tx.Put(bucketInfo, currentMemberKey, MemberID(seedMembers[0].Email)); err != nil {
		return err
	}
	for i, def := range standardObjects {
		obj := buildObject(def, seedTime.Add(time.Duration(i)*time.Millisecond))
		if err := saveObject(tx, &obj); err != nil {
			return err
		}
	}
	return seedRecords(tx)
}

func seedRecords(tx *store.Tx) error {
	actor := Member{ID: MemberID(seedMembers[0].Email)}.Actor()
	at := seedTime
	// One writer for every record: it keeps what it wrote, so later records see earlier
	// ones, and each record gets its own time.
	objs, err := loadObjects(tx)
	if err != nil {
		return err
	}
	wr, err := newWriter(tx, objs, actor, at)
	if err != nil {
		return err
	}
	for _, set := range []struct {
		object  string
		records []seedRecord
	}{{"companies", seedCompanies}, {"people", seedPeople}, {"deals", seedDeals},
		{"workspaces", seedWorkspaces}, {"users", seedUsers}} {
		obj, err := wr.object(set.object)
		if err != nil {
			return err
		}
		for _, s := range set.records {
			at = at.Add(time.Minute)
			wr.now = At(at)
			if _, err := wr.create(obj, SeedRecordID(set.object, s.key), s.values); err != nil {
				return fmt.Errorf("seed %s %s: %w", set.object, s.key, err)
			}
		}
	}
	if err := seedCollections(wr, at.Add(time.Hour)); err != nil {
		return err
	}
	_, err = wr.commit()
	return err
}

// SeedEntryID is the id the default workspace gives the entry of list (slug) that holds the
// seeded record named key, e.g. SeedEntryID("sales_pipeline", "lumen-labs-renewal").
func SeedEntryID(list, key string) string { return stableID("entry", list, key) }

// SeedTaskID is the id of the default workspace's task named key, e.g.
// SeedTaskID("send-ada-quote").
func SeedTaskID(key string) string { return stableID("task", key) }

// SeedNoteID is the id of the default workspace's note named key, e.g.
// SeedNoteID("ada-renewal-call").
func SeedNoteID(key string) string { return stableID("note", key) }
