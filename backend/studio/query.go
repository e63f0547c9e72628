package studio

import "regexp"

var operationName = regexp.MustCompile(
	`(?m)^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)`)

// queryName names a GraphQL call in the call log by its operation, or "query" when unnamed.
func queryName(query string) string {
	if m := operationName.FindStringSubmatch(query); m != nil {
		return m[2]
	}
	return "query"
}
