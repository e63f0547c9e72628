package workspace

import (
	"encoding/json"
	"fmt"
	"slices"

	"attio-studio/backend/store"
)

// The kinds of connection an app can have.
const (
	ConnectionWorkspace = "workspace"
	ConnectionUser      = "user"
)

// Connection is an app's stored credential: a workspace connection (one for everyone) or a
// user connection (one per member). Key tells apart the connections of one app that has
// several; it is "" for the usual single one. Value is the secret or OAuth token.
type Connection struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Key   string `json:"key"`
	Value string `json:"value"`
	// CreatedBy is the id of the member who added it.
	CreatedBy string `json:"createdBy"`
	// OwnedBy is the owning member's id for a user connection, the workspace id otherwise.
	OwnedBy   string    `json:"ownedBy"`
	CreatedAt Timestamp `json:"createdAt"`
}

// Connections lists the stored connections, oldest first.
func (w *Workspace) Connections() ([]Connection, error) {
	var out []Connection
	err := w.st.View(func(tx *store.Tx) error {
		var err error
		out, err = loadConnections(tx)
		return err
	})
	return out, err
}

// AddConnection stores c and returns it as stored. Missing fields are filled in: a new id, the
// current user as creator (and as owner of a user connection), the workspace as owner of a
// workspace connection, and the time. A connection with the same kind and key (and, for user
// connections, owner) is replaced.
func (w *Workspace) AddConnection(c Connection) (Connection, error) {
	if c.Kind != ConnectionWorkspace && c.Kind != ConnectionUser {
		return Connection{}, invalid("kind", "a connection is %q or %q, not %q",
			ConnectionWorkspace, ConnectionUser, c.Kind)
	}
	err := w.st.Update(func(tx *store.Tx) error {
		if err := w.fillConnection(tx, &c); err != nil {
			return err
		}
		existing, err := loadConnections(tx)
		if err != nil {
			return err
		}
		for _, old := range existing {
			if sameSlot(old, c) {
				if err := tx.Delete(bucketConnections, old.ID); err != nil {
					return err
				}
			}
		}
		return tx.Put(bucketConnections, c.ID, c)
	})
	if err != nil {
		return Connection{}, fmt.Errorf("add %s connection: %w", c.Kind, err)
	}
	return c, nil
}

func (w *Workspace) fillConnection(tx *store.Tx, c *Connection) error {
	if c.ID == "" {
		c.ID = newID()
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = At(w.now())
	}
	if c.CreatedBy == "" {
		var id string
		if _, err := tx.Get(bucketInfo, currentMemberKey, &id); err != nil {
			return err
		}
		c.CreatedBy = id
	}
	if c.OwnedBy != "" {
		return nil
	}
	if c.Kind == ConnectionUser {
		c.OwnedBy = c.CreatedBy
		return nil
	}
	info, err := getInfo(tx)
	c.OwnedBy = info.ID
	return err
}

func sameSlot(a, b Connection) bool {
	sameOwner := a.Kind != ConnectionUser || a.OwnedBy == b.OwnedBy
	return a.Kind == b.Kind && a.Key == b.Key && sameOwner
}

// RemoveConnection deletes the connection with the given id.
func (w *Workspace) RemoveConnection(id string) error {
	return w.st.Update(func(tx *store.Tx) error {
		if tx.GetRaw(bucketConnections, id) == nil {
			return notFound("connection", id)
		}
		return tx.Delete(bucketConnections, id)
	})
}

// FindConnection returns the connection of the given kind and key; for a user connection, the
// one owned by userID. found is false when there is none.
func (w *Workspace) FindConnection(kind, key, userID string) (c Connection, found bool,
	err error) {
	want := Connection{Kind: kind, Key: key, OwnedBy: userID}
	conns, err := w.Connections()
	for _, c := range conns {
		if sameSlot(c, want) {
			return c, true, nil
		}
	}
	return Connection{}, false, err
}

func loadConnections(tx *store.Tx) ([]Connection, error) {
	var out []Connection
	err := tx.ForEach(bucketConnections, func(key string, raw []byte) error {
		var c Connection
		if err := json.Unmarshal(raw, &c); err != nil {
			return fmt.Errorf("decode connection %s: %w", key, err)
		}
		out = append(out, c)
		return nil
	})
	slices.SortStableFunc(out, func(a, b Connection) int {
		return a.CreatedAt.Compare(b.CreatedAt.Time)
	})
	return out, err
}
