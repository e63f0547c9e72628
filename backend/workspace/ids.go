package workspace

import (
	"strings"

	"github.com/google/uuid"
)

// idNamespace seeds every id of the default workspace, so a fresh workspace has the same ids on
// every machine and every reset: tests, screenshots and saved links stay valid.
var idNamespace = uuid.MustParse("6b1c7f0e-3d1a-5c9e-9a41-a771057ab5d0")

// stableID is the deterministic id of a named thing of the default workspace.
func stableID(parts ...string) string {
	return uuid.NewSHA1(idNamespace, []byte(strings.Join(parts, "/"))).String()
}

// newID is the id of something created after the default workspace.
func newID() string { return uuid.NewString() }
