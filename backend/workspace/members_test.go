package workspace

import (
	"errors"
	"path/filepath"
	"testing"

	"attio-studio/backend/store"
)

func TestSetCurrentUser(t *testing.T) {
	ws := openTest(t)
	sam, priya := MemberID("sam@acme.example"), MemberID("priya@acme.example")

	tests := []struct {
		name, target string
		want         string
		wantErr      bool
	}{
		{"by id", priya, priya, false},
		{"by email, any case", "Sam@Acme.Example", sam, false},
		{"unknown member", "nobody@acme.example", sam, true},
		{"empty", "", sam, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ws.SetCurrentUser(tt.target)
			if tt.wantErr {
				if !errors.Is(err, ErrNotFound) {
					t.Fatalf("SetCurrentUser(%q) = %+v, %v; want a not-found error", tt.target, m, err)
				}
			} else if err != nil || m.ID != tt.want {
				t.Fatalf("SetCurrentUser(%q) = %+v, %v; want %s", tt.target, m, err, tt.want)
			}
			// A failed switch leaves the previous user in place.
			if me, err := ws.CurrentUser(); err != nil || me.ID != tt.want {
				t.Errorf("CurrentUser() = %s, %v; want %s", me.ID, err, tt.want)
			}
		})
	}
}

func TestCurrentUserOwnsNewUserConnections(t *testing.T) {
	ws := openTest(t)
	priya := MemberID("priya@acme.example")
	if _, err := ws.AddConnection(Connection{Kind: ConnectionUser, Value: "sams"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.SetCurrentUser(priya); err != nil {
		t.Fatal(err)
	}
	c, err := ws.AddConnection(Connection{Kind: ConnectionUser, Value: "priyas"})
	if err != nil {
		t.Fatal(err)
	}
	if c.CreatedBy != priya || c.OwnedBy != priya {
		t.Errorf("a user connection added as Priya = %+v, want hers", c)
	}
	// Sam's connection is another slot: both stay.
	if conns, _ := ws.Connections(); len(conns) != 2 {
		t.Errorf("%d connections, want Sam's and Priya's: %+v", len(conns), conns)
	}
}

func TestCurrentUserOutlastsTheStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "studio.db")
	jonas := MemberID("jonas@acme.example")
	for round := range 2 {
		st, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		ws, err := Open(st, nil)
		if err != nil {
			t.Fatal(err)
		}
		if round == 0 {
			_, err = ws.SetCurrentUser(jonas)
		} else {
			var me Member
			me, err = ws.CurrentUser()
			if err == nil && me.ID != jonas {
				t.Errorf("after reopening, CurrentUser() = %s, want Jonas (%s)", me.ID, jonas)
			}
		}
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestMembersKeepTheirOrderAcrossSwitches(t *testing.T) {
	ws := openTest(t)
	before, _ := ws.Members()
	if _, err := ws.SetCurrentUser(MemberID("jonas@acme.example")); err != nil {
		t.Fatal(err)
	}
	after, _ := ws.Members()
	if len(before) != 3 || len(after) != 3 {
		t.Fatalf("members = %d then %d, want 3", len(before), len(after))
	}
	for i := range before {
		if before[i].ID != after[i].ID {
			t.Errorf("member %d was %s and is %s after a switch", i, before[i].ID, after[i].ID)
		}
	}
}
