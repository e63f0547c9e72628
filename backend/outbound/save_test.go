package outbound

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// studioFile is an app's attio-studio.json as a developer might have formatted it.
const studioFile = `{
  "attributes": {
    "people": [
      {"slug": "alc_status", "type": "select", "options": ["Pending", "Complete"]}
    ]
  },
  "mocks": [
    {"method": "POST", "url": "https://old.test/", "response": {"status": 500}}
  ],
  "connections": [{"kind": "workspace", "value": "secret"}]
}
`

func TestSaveRules(t *testing.T) {
	rules := []Rule{
		{Method: "POST", URL: "https://alc.test/leads", Response: Response{Status: 201,
			Body: json.RawMessage(`{"id":"lead_1"}`),
			Callback: &Callback{AfterMs: 1500, Webhook: "lead-processed",
				Body: json.RawMessage(`{"reference":"{{request.body.reference}}"}`)}}},
		{URL: "https://alc.test/status", Responses: []Response{{Status: 202}, {Status: 200}},
			Then: ThenRepeat},
	}
	tests := []struct {
		name     string
		existing string // "" means no file
		keep     []string
	}{
		{"replaces the mocks and keeps every other key as written", studioFile, []string{
			`  "attributes": {
    "people": [
      {"slug": "alc_status", "type": "select", "options": ["Pending", "Complete"]}
    ]
  },`,
			`  "connections": [{"kind": "workspace", "value": "secret"}]
}
`}},
		{"adds mocks to a file without them", "{\n  \"connections\": []\n}\n",
			[]string{"{\n  \"connections\": [],\n  \"mocks\": ["}},
		{"adds mocks to an empty object", "{}", []string{"{\n  \"mocks\": ["}},
		{"creates the file", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "attio-studio.json")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if err := SaveRules(path, rules); err != nil {
				t.Fatal(err)
			}
			saved, _ := os.ReadFile(path)
			for _, part := range tt.keep {
				if !strings.Contains(string(saved), part) {
					t.Errorf("saved file lost\n%s\nin\n%s", part, saved)
				}
			}
			var file struct {
				Mocks json.RawMessage `json:"mocks"`
			}
			if err := json.Unmarshal(saved, &file); err != nil {
				t.Fatalf("saved file is not JSON: %v\n%s", err, saved)
			}
			back, err := ParseRules(file.Mocks)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(normalize(t, rules), normalize(t, back)); diff != "" {
				t.Errorf("rules read back differ (-saved +read):\n%s", diff)
			}
			if strings.Contains(string(saved), `"response": {}`) {
				t.Errorf("a sequence rule was saved with an empty response:\n%s", saved)
			}
			if info, _ := os.Stat(path); tt.existing != "" && info.Mode().Perm() != 0o600 {
				t.Errorf("mode %v, want the file's own 0600", info.Mode().Perm())
			}
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp"))
			if len(leftovers) != 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
		})
	}
}

// normalize compares rules by their JSON, so formatting of raw bodies does not matter.
func normalize(t *testing.T, rules []Rule) any {
	t.Helper()
	raw, _ := json.Marshal(rules)
	var v any
	json.Unmarshal(raw, &v)
	return v
}

func TestSaveRulesNeverDamagesTheFile(t *testing.T) {
	good := []Rule{{URL: "https://alc.test/"}}
	tests := []struct {
		name, existing string
		rules          []Rule
		wantErr        string
	}{
		{"broken JSON", `{"attributes": {`, good, "not valid JSON"},
		{"trailing garbage", `{"mocks": []} {`, good, "not valid JSON"},
		{"not an object", `[1, 2]`, good, "not a JSON object"},
		{"invalid rule", studioFile, []Rule{{URL: " "}}, "rule 0: url is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "attio-studio.json")
			os.WriteFile(path, []byte(tt.existing), 0o644)
			err := SaveRules(path, tt.rules)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
			if after, _ := os.ReadFile(path); string(after) != tt.existing {
				t.Errorf("the file changed to\n%s", after)
			}
		})
	}
}

func TestSavedEmptyRulesAreAnEmptyArray(t *testing.T) {
	path := filepath.Join(t.TempDir(), "attio-studio.json")
	os.WriteFile(path, []byte(studioFile), 0o644)
	if err := SaveRules(path, nil); err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(path)
	if !strings.Contains(string(saved), `"mocks": [],`) {
		t.Errorf("saved\n%s", saved)
	}
}
