// Package workspace is the mock Attio workspace an app runs against: objects (people, companies,
// deals and any custom ones), their attributes, records whose values have Attio's REST shapes and
// keep their history, workspace members, and the app's connections. Everything lives in the
// studio's store, so it survives restarts and can be reset to the default workspace.
//
// A Workspace is safe for concurrent use. Every write is one store transaction: it is either
// applied whole, with its history and the inverse side of every relationship, or not at all.
// Subscribers hear about each committed write after it is durable.
package workspace
