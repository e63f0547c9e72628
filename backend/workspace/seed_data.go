package workspace

// The default workspace's records: five companies, ten people and four deals that refer to one
// another. Phone numbers are in ranges reserved for fiction. Grace Hopper has no phone number
// on purpose: she shows what an app does when a person cannot be called.

var seedCompanies = []seedRecord{
	{"lumen-labs", map[string]any{
		"name": "Lumen Labs", "domains": []any{"lumenlabs.example"},
		"description":      "Developer tools for observability.",
		"categories":       []any{"B2B", "SaaS", "Software"},
		"primary_location": place("San Francisco", "CA", "US"),
		"employee_range":   "51-250", "estimated_arr_usd": "$10M-$50M",
		"foundation_date": "2016-04-01", "funding_raised_usd": 42000000,
	}},
	{"kestrel-logistics", map[string]any{
		"name": "Kestrel Logistics", "domains": []any{"kestrel-logistics.example"},
		"description":      "Freight forwarding across Europe.",
		"categories":       []any{"B2B", "Logistics"},
		"primary_location": place("London", "England", "GB"),
		"employee_range":   "251-1K", "foundation_date": "2009-09-14",
	}},
	{"maison-verte", map[string]any{
		"name": "Maison Verte", "domains": []any{"maisonverte.example"},
		"description":      "Plants and pots delivered to Paris flats.",
		"categories":       []any{"B2C", "E-commerce"},
		"primary_location": place("Paris", "Île-de-France", "FR"),
		"employee_range":   "11-50",
	}},
	{"bergmann-analytik", map[string]any{
		"name": "Bergmann Analytik", "domains": []any{"bergmann-analytik.example"},
		"description":      "Statistics consultancy for manufacturers.",
		"categories":       []any{"Enterprise", "Software"},
		"primary_location": place("Berlin", "Berlin", "DE"),
		"employee_range":   "11-50",
	}},
	{"tidewater-health", map[string]any{
		"name": "Tidewater Health", "domains": []any{"tidewaterhealth.example"},
		"description":      "Clinic scheduling software.",
		"categories":       []any{"Health", "SaaS"},
		"primary_location": place("Boston", "MA", "US"),
		"employee_range":   "251-1K", "funding_raised_usd": 18500000,
	}},
}

func person(first, last, email, job, company string, phones []any,
	loc map[string]any) map[string]any {
	v := map[string]any{
		"name":             map[string]any{"first_name": first, "last_name": last},
		"email_addresses":  []any{email},
		"job_title":        job,
		"company":          ref("companies", company),
		"primary_location": loc,
	}
	if phones != nil {
		v["phone_numbers"] = phones
	}
	return v
}

var seedPeople = []seedRecord{
	{"ada-lovelace", person("Ada", "Lovelace", "ada@lumenlabs.example", "CTO", "lumen-labs",
		[]any{"+14155550101", "+14155550199"}, place("San Francisco", "CA", "US"))},
	{"grace-hopper", withDescription(person("Grace", "Hopper", "grace@tidewaterhealth.example",
		"Head of Engineering", "tidewater-health", nil, place("Boston", "MA", "US")),
		"Has no phone number.")},
	{"alan-turing", person("Alan", "Turing", "alan@kestrel-logistics.example", "Data Scientist",
		"kestrel-logistics", []any{"+447700900123"}, place("London", "England", "GB"))},
	{"katherine-johnson", person("Katherine", "Johnson", "katherine@lumenlabs.example",
		"VP Operations", "lumen-labs", []any{"+12025550143"}, place("Washington", "DC", "US"))},
	{"margaret-hamilton", person("Margaret", "Hamilton", "margaret@tidewaterhealth.example",
		"Director of Product", "tidewater-health", []any{"+16175550188"},
		place("Boston", "MA", "US"))},
	{"tim-berners-lee", person("Tim", "Berners-Lee", "tim@kestrel-logistics.example", "CEO",
		"kestrel-logistics", []any{"+447700900456"}, place("London", "England", "GB"))},
	{"hedy-lamarr", person("Hedy", "Lamarr", "hedy@maisonverte.example", "Founder",
		"maison-verte", []any{"+33639980012"}, place("Paris", "Île-de-France", "FR"))},
	{"sophie-germain", person("Sophie", "Germain", "sophie@maisonverte.example",
		"Head of Growth", "maison-verte", []any{"+33639980045"},
		place("Paris", "Île-de-France", "FR"))},
	{"emmy-noether", person("Emmy", "Noether", "emmy@bergmann-analytik.example",
		"Head of Research", "bergmann-analytik", []any{"+4915550123456"},
		place("Berlin", "Berlin", "DE"))},
	{"konrad-zuse", person("Konrad", "Zuse", "konrad@bergmann-analytik.example", "CEO",
		"bergmann-analytik", []any{"+4930555012345"}, place("Berlin", "Berlin", "DE"))},
}

func withDescription(v map[string]any, text string) map[string]any {
	v["description"] = text
	return v
}

func deal(name, stage, owner string, value float64, company string,
	people ...string) map[string]any {
	refs := make([]any, len(people))
	for i, p := range people {
		refs[i] = ref("people", p)
	}
	return map[string]any{
		"name": name, "stage": stage, "owner": owner, "value": value,
		"associated_company": ref("companies", company), "associated_people": refs,
	}
}

var seedDeals = []seedRecord{
	{"lumen-labs-renewal", deal("Lumen Labs platform renewal", "In Progress",
		"sam@acme.example", 48000, "lumen-labs", "ada-lovelace", "katherine-johnson")},
	{"kestrel-fleet-analytics", deal("Kestrel fleet analytics", "Lead", "priya@acme.example",
		120000, "kestrel-logistics", "alan-turing", "tim-berners-lee")},
	{"maison-verte-storefront", deal("Maison Verte storefront", "Won 🎉", "sam@acme.example",
		15000, "maison-verte", "hedy-lamarr")},
	{"tidewater-pilot", deal("Tidewater pilot", "Lost", "jonas@acme.example", 30000,
		"tidewater-health", "grace-hopper", "margaret-hamilton")},
}
