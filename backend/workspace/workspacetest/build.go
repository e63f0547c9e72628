package workspacetest

import (
	"encoding/json"
	"fmt"
	"os"

	"attio-studio/backend/store"
	"attio-studio/backend/workspace"
)

// chunk is how many records one transaction creates while building: small enough to keep a
// transaction's memory modest, large enough that building takes seconds, not minutes.
const chunk = 5000

var (
	firstNames = []string{"Ada", "Grace", "Alan", "Marie", "Emmy", "Hedy", "Tim", "Radia",
		"Edsger", "Barbara", "John", "Frances", "Claude", "Lise", "Max", "Ruby", "Mae", "Ida"}
	lastNames = []string{"Lovelace", "Hopper", "Turing", "Curie", "Noether", "Lamarr",
		"Berners-Lee", "Perlman", "Dijkstra", "Liskov", "Backus", "Allen", "Shannon",
		"Meitner", "Planck", "Payne-Scott", "Jemison", "Rhodes"}
	jobs   = []string{"CEO", "CTO", "Engineer", "Designer", "Sales Lead", "Analyst", "Founder"}
	cities = []struct{ city, region, country, prefix string }{
		{"London", "England", "GB", "+447700900"}, {"Paris", "Île-de-France", "FR", "+3363998"},
		{"Boston", "MA", "US", "+16175550"}, {"Berlin", "Berlin", "DE", "+4930231"},
		{"Melbourne", "VIC", "AU", "+61491570"},
	}
)

// fixtureIDs is what build records beside the file: the ids of what it added.
type fixtureIDs struct {
	Companies []string `json:"companies"`
	People    []string `json:"people"`
}

// build writes a workspace with n people and n/10 companies to path, and their ids to
// path+".ids.json".
func build(path string, n int) error {
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	ws, err := workspace.Open(st, nil)
	if err != nil {
		return err
	}
	var ids fixtureIDs
	if ids.Companies, err = createAll(ws, "companies", n/10, company); err != nil {
		return err
	}
	ids.People, err = createAll(ws, "people", n, func(i int) map[string]any {
		return person(i, ids.Companies[i%len(ids.Companies)])
	})
	if err != nil {
		return err
	}
	raw, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	return os.WriteFile(path+".ids.json", raw, 0o600)
}

func createAll(ws *workspace.Workspace, object string, n int,
	values func(i int) map[string]any) ([]string, error) {
	var ids []string
	for start := 0; start < n; start += chunk {
		rows := make([]map[string]any, 0, chunk)
		for i := start; i < min(start+chunk, n); i++ {
			rows = append(rows, values(i))
		}
		created, err := ws.CreateRecords(object, rows, workspace.System)
		if err != nil {
			return nil, fmt.Errorf("build %s %d-%d: %w", object, start, start+len(rows), err)
		}
		ids = append(ids, created...)
	}
	return ids, nil
}

func company(i int) map[string]any {
	c := cities[i%len(cities)]
	return map[string]any{
		"name":             fmt.Sprintf("Company %d", i),
		"domains":          []any{fmt.Sprintf("company%d.example", i)},
		"categories":       []any{"B2B", "SaaS"},
		"primary_location": map[string]any{"locality": c.city, "country_code": c.country},
	}
}

func person(i int, companyID string) map[string]any {
	c := cities[i%len(cities)]
	first, last := firstNames[i%len(firstNames)], lastNames[(i/len(firstNames))%len(lastNames)]
	return map[string]any{
		"name":            map[string]any{"first_name": first, "last_name": last},
		"email_addresses": []any{fmt.Sprintf("person%d@company.example", i)},
		"phone_numbers":   []any{fmt.Sprintf("%s%03d", c.prefix, i%1000)},
		"job_title":       jobs[i%len(jobs)],
		"company":         map[string]any{"target_object": "companies", "target_record_id": companyID},
		"primary_location": map[string]any{"locality": c.city, "region": c.region,
			"country_code": c.country},
	}
}
