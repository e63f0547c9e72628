package workspace

import "fmt"

// generateChunk is how many records one transaction of Generate creates: small enough to keep
// a transaction's memory modest, large enough that 100,000 people take seconds, not minutes.
const generateChunk = 5000

var (
	genFirstNames = []string{"Ada", "Grace", "Alan", "Marie", "Emmy", "Hedy", "Tim", "Radia",
		"Edsger", "Barbara", "John", "Frances", "Claude", "Lise", "Max", "Ruby", "Mae", "Ida"}
	genLastNames = []string{"Lovelace", "Hopper", "Turing", "Curie", "Noether", "Lamarr",
		"Berners-Lee", "Perlman", "Dijkstra", "Liskov", "Backus", "Allen", "Shannon",
		"Meitner", "Planck", "Payne-Scott", "Jemison", "Rhodes"}
	genJobs   = []string{"CEO", "CTO", "Engineer", "Designer", "Sales Lead", "Analyst", "Founder"}
	genCities = []struct{ city, region, country, prefix string }{
		{"London", "England", "GB", "+447700900"}, {"Paris", "Île-de-France", "FR", "+3363998"},
		{"Boston", "MA", "US", "+16175550"}, {"Berlin", "Berlin", "DE", "+4930231"},
		{"Melbourne", "VIC", "AU", "+61491570"},
	}
)

// Generated is what Generate added: the new records' ids in creation order.
type Generated struct {
	Companies []string `json:"companies"`
	People    []string `json:"people"`
}

// Generate adds people people and people/10 companies (at least one) of made-up but valid
// data, each person working at one of the new companies, to try the studio at scale. Numbers
// in names, emails and domains continue from the records already there, so generating twice
// does not collide with unique values. Each chunk of records is one transaction: stopping
// halfway keeps the chunks already written.
func (w *Workspace) Generate(people int, actor Actor) (Generated, error) {
	var g Generated
	if people < 0 {
		return g, fmt.Errorf("cannot generate %d people", people)
	}
	companiesFrom, err := w.CountRecords("companies")
	if err != nil {
		return g, err
	}
	peopleFrom, err := w.CountRecords("people")
	if err != nil {
		return g, err
	}
	g.Companies, err = w.createChunked("companies", max(people/10, 1), func(i int) map[string]any {
		return generatedCompany(companiesFrom + i)
	})
	if err != nil {
		return g, err
	}
	g.People, err = w.createChunked("people", people, func(i int) map[string]any {
		return generatedPerson(peopleFrom+i, g.Companies[i%len(g.Companies)])
	})
	return g, err
}

func (w *Workspace) createChunked(object string, n int, values func(i int) map[string]any) (
	[]string, error) {
	ids := make([]string, 0, n)
	for start := 0; start < n; start += generateChunk {
		rows := make([]map[string]any, 0, generateChunk)
		for i := start; i < min(start+generateChunk, n); i++ {
			rows = append(rows, values(i))
		}
		created, err := w.CreateRecords(object, rows, System)
		if err != nil {
			return ids, fmt.Errorf("generate %s %d-%d: %w", object, start, start+len(rows), err)
		}
		ids = append(ids, created...)
	}
	return ids, nil
}

func generatedCompany(i int) map[string]any {
	c := genCities[i%len(genCities)]
	return map[string]any{
		"name":             fmt.Sprintf("Company %d", i),
		"domains":          []any{fmt.Sprintf("company%d.example", i)},
		"categories":       []any{"B2B", "SaaS"},
		"primary_location": map[string]any{"locality": c.city, "country_code": c.country},
	}
}

func generatedPerson(i int, companyID string) map[string]any {
	c := genCities[i%len(genCities)]
	first := genFirstNames[i%len(genFirstNames)]
	last := genLastNames[(i/len(genFirstNames))%len(genLastNames)]
	return map[string]any{
		"name":            map[string]any{"first_name": first, "last_name": last},
		"email_addresses": []any{fmt.Sprintf("person%d@company.example", i)},
		"phone_numbers":   []any{fmt.Sprintf("%s%03d", c.prefix, i%1000)},
		"job_title":       genJobs[i%len(genJobs)],
		"company": map[string]any{"target_object": "companies",
			"target_record_id": companyID},
		"primary_location": map[string]any{"locality": c.city, "region": c.region,
			"country_code": c.country},
	}
}
