package studio

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"attio-studio/backend/project/projecttest"
	"attio-studio/backend/workspace"
)

// whoami answers with getCurrentUser() and the user connection's secret, or the error code
// getUserConnection() threw.
var whoamiApp = map[string]string{
	"package.json": `{"name": "whoami"}`,
	"src/whoami.server.ts": `import {getCurrentUser, getUserConnection} from "attio/server"
export default async function () {
  let secret = null
  try { secret = getUserConnection().value } catch (e) { secret = e.code }
  return {user: getCurrentUser()?.id ?? null, secret}
}
`,
}

func TestServerCodeFollowsTheCurrentUser(t *testing.T) {
	dir := projecttest.WriteApp(t, whoamiApp)
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	api := NewAPI(s)
	sam, priya := workspace.MemberID("sam@acme.example"), workspace.MemberID("priya@acme.example")

	if _, err := s.AddConnection(ctx, ConnectionSpec{Kind: "user", Value: "sam-token"}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		actAs, add string
		want       whoami
	}{
		{"", "", whoami{sam, "sam-token"}},
		{priya, "", whoami{priya, "no-user-connection"}},
		{"", "priya-token", whoami{priya, "priya-token"}},
		{"sam@acme.example", "", whoami{sam, "sam-token"}},
	}
	for i, step := range steps {
		if step.actAs != "" {
			m, err := api.SetCurrentUser(step.actAs)
			if err != nil || m.ID != step.want.User {
				t.Fatalf("step %d: SetCurrentUser(%q) = %s, %v", i, step.actAs, m.ID, err)
			}
		}
		if step.add != "" {
			_, err := s.AddConnection(ctx, ConnectionSpec{Kind: "user", Value: step.add})
			if err != nil {
				t.Fatal(err)
			}
		}
		if got := callWhoami(t, s); got != step.want {
			t.Errorf("step %d: server code saw %+v, want %+v", i, got, step.want)
		}
		if me, _ := api.CurrentUser(); me.ID != step.want.User {
			t.Errorf("step %d: CurrentUser() = %s, want %s", i, me.ID, step.want.User)
		}
	}
}

func TestSetCurrentUserRefusesAStranger(t *testing.T) {
	dir := projecttest.WriteApp(t, whoamiApp)
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := NewAPI(s).SetCurrentUser("mallory@evil.example"); !errors.Is(err,
		workspace.ErrNotFound) {
		t.Errorf("SetCurrentUser(a stranger) = %v, want a not-found error", err)
	}
	if got := callWhoami(t, s); got.User != workspace.MemberID("sam@acme.example") {
		t.Errorf("after a refused switch server code runs as %s", got.User)
	}
}

type whoami struct {
	User   string `json:"user"`
	Secret string `json:"secret"`
}

func callWhoami(t *testing.T, s *Session) whoami {
	t.Helper()
	res, err := s.CallServerFunction(context.Background(), "whoami.server", nil, "")
	if err != nil || res.Error != nil {
		t.Fatalf("whoami: %v %+v", err, res.Error)
	}
	var got whoami
	if err := json.Unmarshal(res.Result, &got); err != nil {
		t.Fatalf("whoami answered %s: %v", res.Result, err)
	}
	return got
}
