package workspace

// The default workspace's companies and deals. The first five companies and four deals are
// the original seed, kept first and with the same keys so ids and tests stay valid. A few
// records lack values on purpose (a company without domains, one without a description, a deal
// without a value), because apps meet such records in real workspaces.

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
	company("northwind-robotics", "Northwind Robotics", "northwind-robotics.example",
		"Warehouse picking robots.", place("Seattle", "WA", "US"), "51-250",
		"B2B", "Hardware"),
	company("quayside-capital", "Quayside Capital", "quayside.example",
		"Growth equity for European software.", place("Dublin", "Leinster", "IE"), "11-50",
		"Finance", "Enterprise"),
	company("saffron-table", "Saffron Table", "saffrontable.example",
		"Restaurant bookings and loyalty.", place("Melbourne", "VIC", "AU"), "11-50",
		"B2C", "E-commerce"),
	withValues(company("helix-bio", "Helix Bio", "helixbio.example",
		"Protein analysis for research labs.", place("Cambridge", "England", "GB"), "51-250",
		"Health", "B2B"), map[string]any{"funding_raised_usd": 64000000,
		"foundation_date": "2018-02-12"}),
	company("paper-lantern", "Paper Lantern Studio", "paperlantern.example", "",
		place("Montréal", "QC", "CA"), "1-10", "B2C"),
	withValues(company("granite-cloud", "Granite Cloud", "granitecloud.example",
		"Managed databases for growing teams.", place("Austin", "TX", "US"), "251-1K",
		"B2B", "SaaS", "Software"), map[string]any{"estimated_arr_usd": "$50M-$100M"}),
	company("orchard-ledger", "Orchard Ledger", "orchardledger.example",
		"Bookkeeping for farms and co-operatives.", place("Amsterdam", "North Holland", "NL"),
		"11-50", "Finance", "SaaS"),
	company("blue-heron-freight", "Blue Heron Freight", "",
		"Inland shipping on the Rhine.", place("Rotterdam", "South Holland", "NL"), "51-250",
		"Logistics"),
	company("vela-mobility", "Vela Mobility", "velamobility.example",
		"Electric delivery vans.", place("Munich", "Bavaria", "DE"), "251-1K", "Hardware"),
	company("summit-schools", "Summit Schools", "summitschools.example",
		"Online courses for high schools.", place("Denver", "CO", "US"), "", "B2C"),
}

// company builds a company's values; empty arguments leave the attribute without a value.
func company(key, name, domain, description string, loc map[string]any, employees string,
	categories ...string) seedRecord {
	v := map[string]any{"name": name, "primary_location": loc}
	setIf(v, "domains", domain)
	setIf(v, "description", description)
	setIf(v, "employee_range", employees)
	if len(categories) > 0 {
		v["categories"] = categories
	}
	return seedRecord{key, v}
}

func withValues(s seedRecord, extra map[string]any) seedRecord {
	for k, v := range extra {
		s.values[k] = v
	}
	return s
}

func setIf(v map[string]any, slug, value string) {
	if value != "" {
		v[slug] = value
	}
}

// deal builds a deal's values; a zero value leaves the deal without one.
func deal(name, stage, owner string, value float64, company string,
	people ...string) map[string]any {
	refs := make([]any, len(people))
	for i, p := range people {
		refs[i] = ref("people", p)
	}
	v := map[string]any{
		"name": name, "stage": stage, "owner": owner,
		"associated_company": ref("companies", company), "associated_people": refs,
	}
	if value != 0 {
		v["value"] = value
	}
	return v
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
	{"northwind-warehouse-robots", deal("Northwind warehouse robots", "In Progress",
		"priya@acme.example", 250000, "northwind-robotics", "dorothy-vaughan",
		"claude-shannon")},
	{"granite-seat-expansion", deal("Granite Cloud seat expansion", "Won 🎉",
		"sam@acme.example", 84000, "granite-cloud", "frances-allen", "john-backus")},
	{"orchard-audit-tooling", deal("Orchard Ledger audit tooling", "Lead", "jonas@acme.example",
		22000, "orchard-ledger", "edsger-dijkstra")},
	{"helix-lab-platform", deal("Helix Bio lab data platform", "In Progress",
		"priya@acme.example", 175000, "helix-bio", "rosalind-franklin", "francis-crick")},
	{"quayside-reporting", deal("Quayside portfolio reporting", "Lead", "sam@acme.example", 0,
		"quayside-capital", "mary-somerville")},
	{"saffron-loyalty", deal("Saffron Table loyalty app", "Lost", "jonas@acme.example", 18000,
		"saffron-table", "ida-rhodes")},
	{"summit-lms", deal("Summit Schools LMS integration", "In Progress", "priya@acme.example",
		56000, "summit-schools", "mae-jemison", "evelyn-granville")},
	{"paper-lantern-pilot", deal("Paper Lantern pilot", "Lead", "jonas@acme.example", 6000,
		"paper-lantern", "marie-curie")},
	{"vela-fleet-telemetry", deal("Vela fleet telemetry", "Won 🎉", "sam@acme.example", 132000,
		"vela-mobility", "max-planck", "lise-meitner")},
	{"kestrel-customs", deal("Kestrel customs automation", "In Progress", "jonas@acme.example",
		64000, "kestrel-logistics", "charles-babbage")},
	{"blue-heron-tracking", deal("Blue Heron shipment tracking", "Lead", "priya@acme.example",
		41000, "blue-heron-freight")},
}
