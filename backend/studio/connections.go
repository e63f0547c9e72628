package studio

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"

	"attio-studio/backend/calllog"
	"attio-studio/backend/workspace"
)

// ConnectionSpec is a connection to add: Kind "workspace" or "user", an optional connection
// Key, and the secret or token as Value.
type ConnectionSpec struct {
	Kind  string `json:"kind"`
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Connections lists the app's connections.
func (s *Session) Connections() ([]workspace.Connection, error) {
	conns, err := s.workspace.Connections()
	if conns == nil {
		conns = []workspace.Connection{}
	}
	return conns, err
}

// AddConnection adds a connection the way Attio does: the app's connection-added handler runs
// first, with the connection as it will be saved, and only if it returns is the connection
// saved. A throw aborts the save and is returned, recorded as the event's call.
func (s *Session) AddConnection(ctx context.Context, spec ConnectionSpec) (workspace.Connection,
	error) {
	if spec.Kind != workspace.ConnectionWorkspace && spec.Kind != workspace.ConnectionUser {
		return workspace.Connection{}, fmt.Errorf("a connection is %q or %q, not %q",
			workspace.ConnectionWorkspace, workspace.ConnectionUser, spec.Kind)
	}
	if spec.Value == "" {
		return workspace.Connection{}, fmt.Errorf("a connection needs a value (the secret or token)")
	}
	c, err := s.newConnection(spec)
	if err != nil {
		return workspace.Connection{}, err
	}
	if err := s.runConnectionEvent(ctx, "connection-added", c); err != nil {
		return workspace.Connection{}, err
	}
	return s.workspace.AddConnection(c)
}

// newConnection fills in what Attio sets on a new connection: its id, creator, owner and time.
func (s *Session) newConnection(spec ConnectionSpec) (workspace.Connection, error) {
	user, err := s.workspace.CurrentUser()
	if err != nil {
		return workspace.Connection{}, err
	}
	info, err := s.workspace.Info()
	if err != nil {
		return workspace.Connection{}, err
	}
	c := workspace.Connection{ID: uuid.NewString(), Kind: spec.Kind, Key: spec.Key,
		Value: spec.Value, CreatedBy: user.ID, OwnedBy: info.ID, CreatedAt: workspace.At(time.Now())}
	if spec.Kind == workspace.ConnectionUser {
		c.OwnedBy = user.ID
	}
	return c, nil
}

// RemoveConnection removes a connection after the app's connection-removed handler returns; a
// throw keeps the connection and is returned.
func (s *Session) RemoveConnection(ctx context.Context, id string) error {
	conns, err := s.workspace.Connections()
	if err != nil {
		return err
	}
	for _, c := range conns {
		if c.ID == id {
			if err := s.runConnectionEvent(ctx, "connection-removed", c); err != nil {
				return err
			}
			return s.workspace.RemoveConnection(id)
		}
	}
	return fmt.Errorf("no connection has the id %q", id)
}

// runConnectionEvent runs the app's handler for event, if it has one, as a recorded call.
func (s *Session) runConnectionEvent(ctx context.Context, event string,
	c workspace.Connection) error {
	rt := s.running()
	if rt == nil {
		return errNoBuild
	}
	if !hasEvent(s.Manifest(), event) {
		return nil
	}
	conn := toRuntimeConnection(c)
	args, _ := json.Marshal(map[string]any{"connection": conn})
	rec := s.calls.Start(calllog.KindEvent, event, "", args)
	_, err := rt.RunEvent(calllog.WithRecorder(ctx, rec), event, conn)
	if err != nil {
		call := rec.Finish(nil, callError(err))
		return fmt.Errorf("the app's %s handler threw, so nothing changed: %s", event,
			call.Error.Message)
	}
	rec.Finish(nil, nil)
	return nil
}

func hasEvent(m Manifest, event string) bool {
	for _, e := range m.Events {
		if e == event {
			return true
		}
	}
	return false
}
