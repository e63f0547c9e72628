package studio

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"attio-studio/backend/calllog"
	"attio-studio/backend/project/projecttest"
)

func TestConnectionEventsRegisterAndDeleteTheWebhook(t *testing.T) {
	s, _ := openExample(t)
	ctx := context.Background()
	seeded, _ := s.Connections()
	if len(seeded) != 1 {
		t.Fatalf("seeded connections %+v", seeded)
	}
	if err := s.RemoveConnection(ctx, seeded[0].ID); err != nil {
		t.Fatal(err)
	}

	c, err := s.AddConnection(ctx, ConnectionSpec{Kind: "workspace", Value: "alc_live_1"})
	if err != nil {
		t.Fatal(err)
	}
	handlers, _ := s.hooks.List(ctx)
	if len(handlers) != 1 || handlers[0].FileName != "lead-processed" ||
		handlers[0].ExternalWebhookID == nil || *handlers[0].ExternalWebhookID != "wh_91b0c4" {
		t.Fatalf("after connection-added, handlers %+v", handlers)
	}
	calls, _ := s.Calls(1)
	if calls[0].Kind != calllog.KindEvent || calls[0].Name != "connection-added" ||
		!strings.Contains(string(calls[0].Args), `"value":"alc_live_1"`) {
		t.Errorf("event call %+v", calls[0])
	}

	if err := s.RemoveConnection(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	handlers, _ = s.hooks.List(ctx)
	conns, _ := s.Connections()
	if len(handlers) != 0 || len(conns) != 0 {
		t.Errorf("after connection-removed: handlers %+v, connections %+v", handlers, conns)
	}
}

func TestThrowingConnectionAddedSavesNothing(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json": `{"name": "picky"}`,
		"src/events/connection-added.event.ts": "export default async function ({connection}) {\n" +
			"  if (!connection.value.startsWith(\"sk_\")) throw new Error(\"That is not an API key\")\n}\n",
	})
	s, err := Open(Options{Dir: dir, DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()

	_, err = s.AddConnection(ctx, ConnectionSpec{Kind: "workspace", Value: "nope"})
	if err == nil || !strings.Contains(err.Error(), "That is not an API key") {
		t.Fatalf("add: %v", err)
	}
	if conns, _ := s.Connections(); len(conns) != 0 {
		t.Errorf("a refused connection was saved: %+v", conns)
	}
	calls, _ := s.Calls(1)
	if calls[0].Status != calllog.StatusError || calls[0].Error.Line != 2 {
		t.Errorf("event call %+v", calls[0])
	}
	if _, err := s.AddConnection(ctx, ConnectionSpec{Kind: "workspace", Value: "sk_1"}); err != nil {
		t.Errorf("a good key was refused: %v", err)
	}
}
