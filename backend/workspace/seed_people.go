package workspace

// The default workspace's people: the original ten first (Ada Lovelace and Grace Hopper lead,
// as the example app's tests expect), then thirty more across the other companies. Phone
// numbers are in ranges reserved for fiction where the country has one. Grace Hopper is the
// only person without a phone number: she shows what an app does when a person cannot be
// called. A few people lack other values: no job title, no location, no company, no last name.

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
	if job == "" {
		delete(v, "job_title")
	}
	if company == "" {
		delete(v, "company")
	}
	if loc == nil {
		delete(v, "primary_location")
	}
	return v
}

// canadian is a Canadian number, written with its country because +1 alone reads as the US.
func canadian(number string) map[string]any {
	return map[string]any{"original_phone_number": number, "country_code": "CA"}
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
	{"dorothy-vaughan", person("Dorothy", "Vaughan", "dorothy@northwind-robotics.example",
		"Head of Engineering", "northwind-robotics", []any{"+12065550134"}, seattle)},
	{"claude-shannon", person("Claude", "Shannon", "claude@northwind-robotics.example", "CTO",
		"northwind-robotics", []any{"+12065550177", "+12065550178"}, seattle)},
	{"frances-allen", person("Frances", "Allen", "frances@granitecloud.example",
		"Principal Engineer", "granite-cloud", []any{"+15125550110"}, austin)},
	{"john-backus", person("John", "Backus", "john@granitecloud.example", "VP Engineering",
		"granite-cloud", []any{"+15125550142"}, austin)},
	{"radia-perlman", person("Radia", "Perlman", "radia@granitecloud.example",
		"Network Architect", "granite-cloud", []any{"+15125550163"}, nil)},
	{"edsger-dijkstra", person("Edsger", "Dijkstra", "edsger@orchardledger.example",
		"Chief Architect", "orchard-ledger", []any{"+31205550187"}, amsterdam)},
	{"adele-goldberg", person("Adele", "Goldberg", "adele@orchardledger.example",
		"Head of Product", "orchard-ledger", []any{"+31205550121"}, amsterdam)},
	{"rosalind-franklin", person("Rosalind", "Franklin", "rosalind@helixbio.example",
		"Head of Research", "helix-bio", []any{"+447700900512"}, cambridge)},
	{"francis-crick", person("Francis", "Crick", "francis@helixbio.example", "CEO",
		"helix-bio", []any{"+447700900533"}, cambridge)},
	{"dorothy-hodgkin", person("Dorothy", "Hodgkin", "dorothy@helixbio.example", "",
		"helix-bio", []any{"+447700900587"}, place("Oxford", "England", "GB"))},
	{"mary-somerville", person("Mary", "Somerville", "mary@quayside.example",
		"Managing Partner", "quayside-capital", []any{"+353209101234"},
		place("Dublin", "Leinster", "IE"))},
	{"george-boole", person("George", "Boole", "george@quayside.example", "Analyst",
		"quayside-capital", []any{"+353209101256"}, place("Cork", "Munster", "IE"))},
	{"ida-rhodes", person("Ida", "Rhodes", "ida@saffrontable.example", "Founder",
		"saffron-table", []any{"+61491570156"}, melbourne)},
	{"ruby-payne-scott", person("Ruby", "Payne-Scott", "ruby@saffrontable.example",
		"Head of Operations", "saffron-table", []any{"+61491570157"}, melbourne)},
	{"mae-jemison", person("Mae", "Jemison", "mae@summitschools.example",
		"Director of Partnerships", "summit-schools", []any{"+17205550119"}, denver)},
	{"evelyn-granville", person("Evelyn", "Granville", "evelyn@summitschools.example",
		"Head of Curriculum", "summit-schools", []any{"+17205550145"}, denver)},
	{"marie-curie", person("Marie", "Curie", "marie@paperlantern.example", "Founder",
		"paper-lantern", []any{canadian("+15145550166")}, montreal)},
	{"pierre-curie", person("Pierre", "Curie", "pierre@paperlantern.example", "Designer",
		"paper-lantern", []any{canadian("+15145550188")}, montreal)},
	{"lise-meitner", person("Lise", "Meitner", "lise@velamobility.example",
		"Head of Engineering", "vela-mobility", []any{"+493023125012"}, munich)},
	{"max-planck", person("Max", "Planck", "max@velamobility.example", "CEO",
		"vela-mobility", []any{"+493023125045"}, munich)},
	{"johannes-kepler", person("Johannes", "Kepler", "johannes@velamobility.example",
		"Sales Lead", "vela-mobility", []any{"+4915550123789"}, munich)},
	{"annie-easley", person("Annie", "Easley", "annie@fastmail.example",
		"Independent consultant", "", []any{"+12165550102"},
		place("Cleveland", "OH", "US"))},
	{"jean-bartik", person("Jean", "Bartik", "jean@lumenlabs.example", "Engineering Manager",
		"lumen-labs", []any{"+14155550123"}, place("San Francisco", "CA", "US"))},
	{"betty-holberton", person("Betty", "Holberton", "betty@lumenlabs.example",
		"Staff Engineer", "lumen-labs", []any{"+14155550124"}, place("Oakland", "CA", "US"))},
	{"charles-babbage", person("Charles", "Babbage", "charles@kestrel-logistics.example",
		"Operations Director", "kestrel-logistics", []any{"+447700900789"},
		place("Manchester", "England", "GB"))},
	{"florence-nightingale", person("Florence", "Nightingale",
		"florence@tidewaterhealth.example", "Chief Nursing Officer", "tidewater-health",
		[]any{"+16175550191"}, place("Boston", "MA", "US"))},
	{"gottfried-leibniz", person("Gottfried", "Leibniz", "gottfried@bergmann-analytik.example",
		"Statistician", "bergmann-analytik", []any{"+493023125077"},
		place("Berlin", "Berlin", "DE"))},
	{"nettie-stevens", person("Nettie", "Stevens", "nettie@helixbio.example", "Lab Manager",
		"helix-bio", []any{"+447700900561"}, cambridge)},
	{"chien-shiung-wu", person("Chien-Shiung", "Wu", "chien-shiung@northwind-robotics.example",
		"Physicist", "northwind-robotics", []any{"+12065550108"}, seattle)},
	{"hypatia", person("Hypatia", "", "hypatia@maisonverte.example", "Advisor",
		"maison-verte", []any{"+33639980099"}, place("Paris", "Île-de-France", "FR"))},
}

var (
	seattle   = place("Seattle", "WA", "US")
	austin    = place("Austin", "TX", "US")
	amsterdam = place("Amsterdam", "North Holland", "NL")
	cambridge = place("Cambridge", "England", "GB")
	melbourne = place("Melbourne", "VIC", "AU")
	denver    = place("Denver", "CO", "US")
	montreal  = place("Montréal", "QC", "CA")
	munich    = place("Munich", "Bavaria", "DE")
)

func withDescription(v map[string]any, text string) map[string]any {
	v["description"] = text
	return v
}
