package diag

import "testing"

func TestString(t *testing.T) {
	tests := []struct {
		name string
		d    Diagnostic
		want string
	}{
		{"no location", Errorf("Could not find %q", "src"), `error: Could not find "src"`},
		{
			"with source line",
			Diagnostic{Severity: Error, Text: "Expected \";\"", File: "src/a.ts", Line: 3, Column: 5,
				LineText: "\tlet x y"},
			"src/a.ts:3:5: error: Expected \";\"\n    \tlet x y\n    \t   ^",
		},
		{
			"with note",
			Errorf("Could not resolve %q", "attio/clinet").At("src/x.tsx", 1, 20).WithNote("Did you mean %q?", "attio/client"),
			"src/x.tsx:1:20: error: Could not resolve \"attio/clinet\"\n  note: Did you mean \"attio/client\"?",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestHasErrors(t *testing.T) {
	if HasErrors([]Diagnostic{{Severity: Warning}}) {
		t.Error("a warning is not an error")
	}
	if !HasErrors([]Diagnostic{{Severity: Warning}, {Severity: Error}}) {
		t.Error("an error was not seen")
	}
}
