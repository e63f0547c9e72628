package workspace

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"attio-studio/backend/store"
)

// ImportError says what is wrong with a workspace document and where: Path is a JSONPath-like
// location such as `records.people[3].values.email_addresses[0]`.
type ImportError struct {
	Path    string
	Message string
}

// Error reads "workspace document: <path>: <message>".
func (e *ImportError) Error() string {
	if e.Path == "" {
		return "workspace document: " + e.Message
	}
	return "workspace document: " + e.Path + ": " + e.Message
}

func bad(path, format string, args ...any) error {
	return &ImportError{Path: path, Message: fmt.Sprintf(format, args...)}
}

// Import replaces the whole workspace with the document in r (as Export writes it), in one
// transaction: a document that does not decode or is not consistent (an unknown attribute, a
// value of the wrong shape, a reference to a missing record, a taken unique value) changes
// nothing and gives an *ImportError naming the place. Subscribers then hear a ChangeReset.
func (w *Workspace) Import(r io.Reader) error {
	defer w.webhooks.Add(1)
	doc, err := decodeDocument(r)
	if err != nil {
		return err
	}
	if err := checkDocument(doc); err != nil {
		return err
	}
	err = w.st.Update(func(tx *store.Tx) error {
		if err := dropWorkspace(tx); err != nil {
			return err
		}
		if err := writeDocument(tx, doc); err != nil {
			return err
		}
		if err := tx.Put(bucketInfo, layoutKey, currentLayout); err != nil {
			return err
		}
		if err := touchData(tx); err != nil {
			return err
		}
		return rebuildIndexes(tx)
	})
	if err != nil {
		return fmt.Errorf("import the workspace: %w", err)
	}
	w.logger.Info("imported a workspace", "name", doc.Workspace.Name)
	w.publish([]Change{{Kind: ChangeReset}})
	return nil
}

func decodeDocument(r io.Reader) (*document, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read the workspace document: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	var doc document
	if err := dec.Decode(&doc); err != nil {
		return nil, decodeError(raw, err)
	}
	if dec.More() {
		return nil, bad("", "has more than one JSON value; it must be one object")
	}
	return &doc, nil
}

// decodeError says where a document failed to decode.
func decodeError(raw []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		// Offset counts the bytes read, the offending one included.
		line, col := position(raw, syntax.Offset-1)
		return bad("", "is not valid JSON at line %d, column %d: %s", line, col,
			strings.TrimPrefix(syntax.Error(), "json: "))
	case errors.As(err, &typ):
		return bad(typ.Field, "must be %s, not %s", jsonKind(typ.Type.Kind().String()),
			typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return bad("", "is empty or cut short")
	}
	return bad("", "%s", strings.TrimPrefix(err.Error(), "json: "))
}

func position(raw []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for i := 0; i < int(offset) && i < len(raw); i++ {
		if raw[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int64", "float64":
		return "a number"
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "bool":
		return "true or false"
	}
	return "an object"
}

// dropWorkspace removes every bucket of the workspace.
func dropWorkspace(tx *store.Tx) error {
	for _, name := range tx.Buckets() {
		if name == bucketPrefix || strings.HasPrefix(name, bucketPrefix+"/") {
			if err := tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("drop %s: %w", name, err)
			}
		}
	}
	return nil
}

// writeDocument stores a checked document into an empty workspace.
func writeDocument(tx *store.Tx, doc *document) error {
	if err := tx.Put(bucketInfo, infoKey, doc.Workspace); err != nil {
		return err
	}
	if err := tx.Put(bucketInfo, currentMemberKey, doc.CurrentMember); err != nil {
		return err
	}
	for _, m := range doc.Members {
		if err := tx.Put(bucketMembers, m.ID, m); err != nil {
			return err
		}
	}
	for i := range doc.Objects {
		obj := &doc.Objects[i]
		if err := saveObject(tx, obj); err != nil {
			return err
		}
		for i := range doc.Records[obj.Slug] {
			r := copyRecord(&doc.Records[obj.Slug][i])
			if err := moveHistory(tx, obj, r); err != nil {
				return err
			}
			if err := tx.Put(recordsBucket(obj.ID), r.ID.RecordID, r); err != nil {
				return err
			}
		}
	}
	for i := range doc.Lists {
		l := &doc.Lists[i]
		if err := saveList(tx, l); err != nil {
			return err
		}
		for _, e := range doc.Entries[l.Slug] {
			if err := tx.Put(entriesBucket(l.ID), e.ID.EntryID, e); err != nil {
				return err
			}
		}
	}
	for _, n := range doc.Notes {
		if err := tx.Put(bucketNotes, n.ID.NoteID, n); err != nil {
			return err
		}
	}
	for _, t := range doc.Tasks {
		if err := tx.Put(bucketTasks, t.ID.TaskID, t); err != nil {
			return err
		}
	}
	for _, c := range doc.Connections {
		if err := tx.Put(bucketConnections, c.ID, c); err != nil {
			return err
		}
	}
	return nil
}
