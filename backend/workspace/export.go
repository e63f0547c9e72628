package workspace

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"attio-studio/backend/store"
)

// DocumentFormat and DocumentVersion identify the JSON document Export writes and Import reads.
const (
	DocumentFormat  = "attio-studio-workspace"
	DocumentVersion = 1
)

// document is the whole workspace as one JSON value. Records and entries keep their history,
// so a round trip through Export and Import loses nothing.
type document struct {
	Format        string              `json:"format"`
	Version       int                 `json:"version"`
	Workspace     Info                `json:"workspace"`
	CurrentMember string              `json:"current_member"`
	Members       []Member            `json:"members"`
	Objects       []Object            `json:"objects"`
	Records       map[string][]Record `json:"records"`
	Lists         []List              `json:"lists"`
	Entries       map[string][]Entry  `json:"entries"`
	Notes         []Note              `json:"notes"`
	Tasks         []Task              `json:"tasks"`
	Connections   []Connection        `json:"connections"`
}

// Export writes the whole workspace (objects, attributes, records with their history, lists
// and entries, notes, tasks, members and connections) to out as one JSON document that Import
// reads back. It reads one consistent state of the store. Connections hold the app's secrets
// as stored, so the document is as sensitive as the data file.
func (w *Workspace) Export(out io.Writer) error {
	var doc document
	err := w.st.View(func(tx *store.Tx) error {
		var err error
		doc, err = readDocument(tx)
		return err
	})
	if err != nil {
		return fmt.Errorf("export the workspace: %w", err)
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write the workspace document: %w", err)
	}
	return nil
}

// readDocument reads the whole workspace into memory.
// TODO: a 100,000-record workspace makes a document of a few hundred megabytes held whole in
// memory (and Import reads it whole too); streaming records would bound that.
func readDocument(tx *store.Tx) (document, error) {
	doc := document{Format: DocumentFormat, Version: DocumentVersion,
		Records: map[string][]Record{}, Entries: map[string][]Entry{}}
	var err error
	if doc.Workspace, err = getInfo(tx); err != nil {
		return doc, err
	}
	if _, err := tx.Get(bucketInfo, currentMemberKey, &doc.CurrentMember); err != nil {
		return doc, err
	}
	if doc.Members, err = loadMembers(tx); err != nil {
		return doc, err
	}
	if doc.Objects, err = loadObjects(tx); err != nil {
		return doc, err
	}
	for _, obj := range doc.Objects {
		if doc.Records[obj.Slug], err = storedRecords(tx, obj); err != nil {
			return doc, err
		}
	}
	if doc.Lists, err = loadLists(tx); err != nil {
		return doc, err
	}
	for i := range doc.Lists {
		if doc.Entries[doc.Lists[i].Slug], err = storedEntries(tx, &doc.Lists[i]); err != nil {
			return doc, err
		}
	}
	if doc.Notes, err = loadNotes(tx); err != nil {
		return doc, err
	}
	if doc.Tasks, err = loadTasks(tx); err != nil {
		return doc, err
	}
	doc.Connections, err = loadConnections(tx)
	return doc, err
}

// storedRecords reads every record of obj with its history, oldest first.
func storedRecords(tx *store.Tx, obj Object) ([]Record, error) {
	out := []Record{}
	err := tx.ForEach(recordsBucket(obj.ID), func(key string, raw []byte) error {
		var r Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("decode %s record %s: %w", obj.Slug, key, err)
		}
		var err error
		r.Values, err = withHistory(tx, &obj, &r, "")
		out = append(out, r)
		return err
	})
	slices.SortStableFunc(out, func(a, b Record) int {
		if c := a.CreatedAt.Compare(b.CreatedAt.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID.RecordID, b.ID.RecordID)
	})
	return out, err
}

// storedEntries reads every entry of l with its history, oldest first.
func storedEntries(tx *store.Tx, l *List) ([]Entry, error) {
	out := []Entry{}
	err := tx.ForEach(entriesBucket(l.ID), func(key string, raw []byte) error {
		var e Entry
		if err := json.Unmarshal(raw, &e); err != nil {
			return fmt.Errorf("decode entry %s of list %s: %w", key, l.Slug, err)
		}
		out = append(out, e)
		return nil
	})
	slices.SortStableFunc(out, func(a, b Entry) int {
		if c := a.CreatedAt.Compare(b.CreatedAt.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID.EntryID, b.ID.EntryID)
	})
	return out, err
}
