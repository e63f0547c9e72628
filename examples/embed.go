// Package examples holds the Attio apps that ship with the studio, embedded in the binary so it
// works from any folder.
package examples

import "embed"

// FS holds every example app, each in a folder named after it.
//
//go:embed all:acme-lead-checker
var FS embed.FS

// Default is the example the studio opens when given no app folder.
const Default = "acme-lead-checker"
