package workspace

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"attio-studio/backend/store"
)

const currentMemberKey = "current_member"

// Members lists the workspace members, oldest first; the order does not change when the
// current user does, so a list of them stays put while someone switches.
func (w *Workspace) Members() ([]Member, error) {
	var members []Member
	err := w.st.View(func(tx *store.Tx) error {
		var err error
		members, err = loadMembers(tx)
		return err
	})
	return members, err
}

// Member finds a workspace member by id or email address.
func (w *Workspace) Member(idOrEmail string) (Member, error) {
	var m Member
	err := w.st.View(func(tx *store.Tx) error {
		var err error
		m, err = getMember(tx, idOrEmail)
		return err
	})
	return m, err
}

// CurrentUser is the member the studio acts as: the user who clicks actions and owns user
// connections.
func (w *Workspace) CurrentUser() (Member, error) {
	var m Member
	err := w.st.View(func(tx *store.Tx) error {
		var id string
		if _, err := tx.Get(bucketInfo, currentMemberKey, &id); err != nil {
			return err
		}
		found, err := tx.Get(bucketMembers, id, &m)
		if err == nil && !found {
			err = notFound("workspace member", id)
		}
		return err
	})
	if err != nil {
		return Member{}, fmt.Errorf("current user: %w", err)
	}
	return m, nil
}

// SetCurrentUser makes the member with this id (or email address) the one the studio acts as,
// and returns it. It is kept in the store, so it outlasts the session; getCurrentUser(), the
// owner of user connections and the actor of the studio's own writes all follow it. A member
// that does not exist is an ErrNotFound error and changes nothing.
func (w *Workspace) SetCurrentUser(idOrEmail string) (Member, error) {
	var m Member
	err := w.st.Update(func(tx *store.Tx) error {
		var err error
		if m, err = getMember(tx, idOrEmail); err != nil {
			return err
		}
		return tx.Put(bucketInfo, currentMemberKey, m.ID)
	})
	if err != nil {
		return Member{}, fmt.Errorf("set the current user: %w", err)
	}
	w.logger.Info("switched the current user", "member", m.ID, "email", m.Email)
	return m, nil
}

func loadMembers(tx *store.Tx) ([]Member, error) {
	var members []Member
	err := tx.ForEach(bucketMembers, func(key string, raw []byte) error {
		var m Member
		if err := json.Unmarshal(raw, &m); err != nil {
			return fmt.Errorf("decode workspace member %s: %w", key, err)
		}
		members = append(members, m)
		return nil
	})
	slices.SortStableFunc(members, func(a, b Member) int {
		return a.CreatedAt.Compare(b.CreatedAt.Time)
	})
	return members, err
}

// getMember is findMember with a member that is not there as an ErrNotFound error.
func getMember(tx *store.Tx, idOrEmail string) (Member, error) {
	m, found, err := findMember(tx, idOrEmail)
	if err == nil && !found {
		err = notFound("workspace member", idOrEmail)
	}
	return m, err
}

func findMember(tx *store.Tx, idOrEmail string) (Member, bool, error) {
	var m Member
	found, err := tx.Get(bucketMembers, idOrEmail, &m)
	if err != nil || found {
		return m, found, err
	}
	members, err := loadMembers(tx)
	if err != nil {
		return Member{}, false, err
	}
	for _, m := range members {
		if strings.EqualFold(m.Email, idOrEmail) {
			return m, true, nil
		}
	}
	return Member{}, false, nil
}
