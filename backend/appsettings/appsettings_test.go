package appsettings

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"attio-studio/backend/store"
)

func newSettings(t *testing.T, schema Schema) *Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st, schema)
}

func all(t *testing.T, s *Store) map[string]string {
	t.Helper()
	values, err := s.All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for k, v := range values {
		out[k] = string(v)
	}
	return out
}

func TestWithSchema(t *testing.T) {
	ctx := context.Background()
	s := newSettings(t, Schema{"apiRegion": String, "limit": Number, "enabled": Boolean})
	if diff := cmp.Diff(map[string]string{"apiRegion": "null", "limit": "null", "enabled": "null"},
		all(t, s)); diff != "" {
		t.Errorf("unset settings (-want +got):\n%s", diff)
	}
	for key, value := range map[string]string{"apiRegion": `"eu"`, "limit": `25`, "enabled": `true`} {
		if err := s.Set(ctx, key, json.RawMessage(value)); err != nil {
			t.Fatalf("set %s: %v", key, err)
		}
	}
	if got, _ := s.Get(ctx, "limit"); string(got) != "25" {
		t.Errorf("limit = %s", got)
	}
	if err := s.Set(ctx, "limit", json.RawMessage(`null`)); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"apiRegion": `"eu"`, "limit": "null", "enabled": "true"}
	if diff := cmp.Diff(want, all(t, s)); diff != "" {
		t.Errorf("settings (-want +got):\n%s", diff)
	}
}

func TestRejectsWhatTheSchemaDoesNotAllow(t *testing.T) {
	ctx := context.Background()
	s := newSettings(t, Schema{"limit": Number, "enabled": Boolean})
	tests := []struct {
		name, key, value string
		wantErr          error
		want             string
	}{
		{"unknown key", "limt", `1`, ErrUnknownSetting,
			`the app's settings schema has no workspace setting "limt" (it has enabled, limit)`},
		{"wrong type", "limit", `"ten"`, ErrWrongType,
			`workspace setting "limit" is a number, so it cannot be set to the string "ten"`},
		{"object", "enabled", `{"on":true}`, ErrWrongType, "must be a string, a number, a boolean or null"},
		{"empty key", "", `1`, ErrUnknownSetting, "needs a key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Set(ctx, tt.key, json.RawMessage(tt.value))
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := s.Get(ctx, "nope"); !errors.Is(err, ErrUnknownSetting) {
		t.Errorf("get of an unknown key: %v", err)
	}
}

func TestWithoutSchemaAnyKeyIsKept(t *testing.T) {
	ctx := context.Background()
	s := newSettings(t, nil)
	if got, err := s.Get(ctx, "anything"); err != nil || string(got) != "null" {
		t.Errorf("unset = %s, %v", got, err)
	}
	s.Set(ctx, "a", json.RawMessage(`"x"`))
	s.Set(ctx, "b", json.RawMessage(`false`))
	if diff := cmp.Diff(map[string]string{"a": `"x"`, "b": "false"}, all(t, s)); diff != "" {
		t.Errorf("settings (-want +got):\n%s", diff)
	}

	s.SetSchema(Schema{"a": String})
	if diff := cmp.Diff(map[string]string{"a": `"x"`}, all(t, s)); diff != "" {
		t.Errorf("after a schema arrives (-want +got):\n%s", diff)
	}
}
