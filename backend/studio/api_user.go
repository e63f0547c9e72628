package studio

import "attio-studio/backend/workspace"

// CurrentUser is the workspace member the studio acts as: the user who runs actions, whose id
// getCurrentUser() returns, and who owns the user connections getUserConnection() reads.
func (s *Session) CurrentUser() (workspace.Member, error) { return s.workspace.CurrentUser() }

// SetCurrentUser makes another workspace member (by id or email address) the one the studio
// acts as, kept in the app's data file. Server code reads the user when it asks, so every
// getCurrentUser() and getUserConnection() after it returns sees the new one.
func (s *Session) SetCurrentUser(memberID string) (workspace.Member, error) {
	return s.workspace.SetCurrentUser(memberID)
}

// CurrentUser is the workspace member the studio acts as.
func (a *API) CurrentUser() (workspace.Member, error) { return a.session.CurrentUser() }

// SetCurrentUser switches the workspace member the studio acts as and returns it.
func (a *API) SetCurrentUser(memberID string) (workspace.Member, error) {
	return a.session.SetCurrentUser(memberID)
}
