package studio

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"attio-studio/backend/project"
	"attio-studio/backend/store"
)

// DefaultDataFile is where an app's data lives unless --data says otherwise: one file per app
// folder, in the user's data folder, named after the app so a person can find it.
func DefaultDataFile(p *project.Project) (string, error) {
	base, err := userDataDir()
	if err != nil {
		return "", fmt.Errorf("find the user's data folder (use --data to choose a file): %w", err)
	}
	sum := sha256.Sum256([]byte(p.Dir))
	name := fmt.Sprintf("%s-%s.db", safeName(p.Name), hex.EncodeToString(sum[:4]))
	return filepath.Join(base, "attio-studio", "apps", name), nil
}

func userDataDir() (string, error) {
	if dir := os.Getenv("XDG_DATA_HOME"); dir != "" && runtime.GOOS == "linux" {
		return dir, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support"), nil
	case "windows":
		return os.UserConfigDir()
	}
	return filepath.Join(home, ".local", "share"), nil
}

func safeName(s string) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			out = append(out, r)
		default:
			out = append(out, '-')
		}
	}
	if len(out) == 0 {
		return "app"
	}
	return string(out)
}

// apiToken returns the app's ATTIO_API_TOKEN, made once per data file.
func apiToken(st *store.Store) (string, error) {
	var token string
	err := st.Update(func(tx *store.Tx) error {
		found, err := tx.Get(metaBucket, "attio_api_token", &token)
		if err != nil || found {
			return err
		}
		raw := make([]byte, 16)
		rand.Read(raw)
		token = "attio_studio_" + hex.EncodeToString(raw)
		return tx.Put(metaBucket, "attio_api_token", token)
	})
	return token, err
}

// metaBucket holds the session's own settings in the store.
const metaBucket = "studio"
