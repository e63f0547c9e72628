package studio

import (
	"encoding/base64"
	"strings"
	"testing"
)

// An icon given as a file name is read from src/assets as a data URL; nothing outside it, and
// nothing but PNG files, is handed out.
func TestAppAsset(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n-an-icon"
	s := openAppWithTimeout(t, map[string]string{
		"package.json":          `{"name": "assets-app"}`,
		"src/assets/logo.png":   png,
		"src/assets/notes.txt":  "not an image",
		"src/action.ts":         `export const recordAction = {id: "a", label: "A", icon: "logo.png", onTrigger() {}}`,
		"src/assets/deep/x.png": png,
	}, 0)
	got, err := s.AppAsset("logo.png")
	if want := "data:image/png;base64," + base64.StdEncoding.EncodeToString([]byte(png)); err != nil ||
		got != want {
		t.Errorf("logo.png gave %q, %v; want %q", got, err, want)
	}
	if _, err := s.AppAsset("deep/x.png"); err != nil {
		t.Errorf("a PNG in a folder of src/assets: %v", err)
	}
	for name, want := range map[string]string{
		"missing.png":         "src/assets/missing.png does not exist",
		"notes.txt":           "is not a PNG file in src/assets",
		"../action.ts":        "is not a PNG file in src/assets",
		"../../package.json":  "is not a PNG file in src/assets",
		"deep/../../logo.png": "is not a PNG file in src/assets",
		"/etc/passwd.png":     "is not a PNG file in src/assets",
		"":                    "is not a PNG file in src/assets",
	} {
		if _, err := s.AppAsset(name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q gave %v, want an error saying %q", name, err, want)
		}
	}
}
