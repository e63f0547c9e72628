package workspace

import (
	"errors"
	"testing"
)

func TestConnections(t *testing.T) {
	ws := openTest(t)
	me, _ := ws.CurrentUser()
	info, _ := ws.Info()
	first, err := ws.AddConnection(Connection{Kind: ConnectionWorkspace, Value: "old"})
	if err != nil {
		t.Fatal(err)
	}
	if first.OwnedBy != info.ID || first.CreatedBy != me.ID || first.ID == "" {
		t.Errorf("filled connection = %+v", first)
	}
	// A second workspace connection with the same key replaces the first.
	second, err := ws.AddConnection(Connection{Kind: ConnectionWorkspace, Value: "new"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.AddConnection(Connection{Kind: ConnectionUser, Value: "mine"}); err != nil {
		t.Fatal(err)
	}
	other := MemberID("priya@acme.example")
	if _, err := ws.AddConnection(Connection{Kind: ConnectionUser, Value: "hers",
		CreatedBy: other}); err != nil {
		t.Fatal(err)
	}
	conns, _ := ws.Connections()
	if len(conns) != 3 {
		t.Errorf("%d connections, want 3: %+v", len(conns), conns)
	}

	tests := []struct {
		kind, key, user string
		want            string
		found           bool
	}{
		{ConnectionWorkspace, "", "", "new", true},
		{ConnectionUser, "", me.ID, "mine", true},
		{ConnectionUser, "", other, "hers", true},
		{ConnectionUser, "", MemberID("jonas@acme.example"), "", false},
		{ConnectionWorkspace, "billing", "", "", false},
	}
	for _, tt := range tests {
		c, found, err := ws.FindConnection(tt.kind, tt.key, tt.user)
		if err != nil || found != tt.found || c.Value != tt.want {
			t.Errorf("FindConnection(%s, %q, %s) = %q, %v, %v", tt.kind, tt.key, tt.user,
				c.Value, found, err)
		}
	}

	if err := ws.RemoveConnection(second.ID); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := ws.FindConnection(ConnectionWorkspace, "", ""); found {
		t.Error("the removed connection is still found")
	}
	if err := ws.RemoveConnection(second.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	if _, err := ws.AddConnection(Connection{Kind: "team"}); err == nil {
		t.Error("a connection of an unknown kind was added")
	}
}
