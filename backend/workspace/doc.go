// Package workspace is the mock Attio workspace an app runs against: objects (people,
// companies, deals, users, workspaces and any custom ones), their attributes, records whose
// values have Attio's REST shapes and keep their history, lists and their entries, notes,
// tasks, workspace members, and the app's connections. Everything lives in the studio's store,
// so it survives restarts, can be reset to the default workspace, and can be exported and
// imported as one JSON document.
//
// A Workspace is safe for concurrent use. Every write is one store transaction: it is either
// applied whole, with its history, its indexes and the inverse side of every relationship, or
// not at all. Subscribers hear about each committed write after it is durable.
//
// Queries read a compact row index (rows.go, rowcodec.go) instead of the records, so filters,
// sorts and searches over 100,000 records stay within tens of milliseconds and the first page
// of an object costs only that page.
package workspace
