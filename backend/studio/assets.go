package studio

import (
	"encoding/base64"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// maxAssetBytes caps an image the page asks for; an icon is a few kilobytes.
const maxAssetBytes = 2 << 20

// AppAsset is the app's image src/assets/name as a data URL, for an icon given as a file name
// ("logo.png"), as Attio's early SDK allows. Only PNG files inside src/assets are served.
func (s *Session) AppAsset(name string) (string, error) {
	clean := path.Clean("/" + strings.ReplaceAll(name, "\\", "/"))[1:]
	if clean == "" || clean != name || !strings.EqualFold(path.Ext(clean), ".png") {
		return "", fmt.Errorf("the icon %q is not a PNG file in src/assets, such as \"logo.png\"",
			name)
	}
	file := filepath.Join(s.Project().Dir, "src", "assets", filepath.FromSlash(clean))
	info, err := os.Stat(file)
	if err != nil {
		return "", fmt.Errorf("the icon %q is not in src/assets: %s does not exist", name,
			"src/assets/"+clean)
	}
	if info.Size() > maxAssetBytes {
		return "", fmt.Errorf("src/assets/%s is %d KB; an icon should be a few KB", clean,
			info.Size()>>10)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read src/assets/%s: %w", clean, err)
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(raw), nil
}
