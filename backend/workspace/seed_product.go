package workspace

// The default workspace's users and workspaces: the accounts and sign-ins of the product Acme
// sells, linked to the companies and people who use it, so apps that read userRecord,
// workspace or a person's associated_users find something.

func productWorkspace(id, name, company string) map[string]any {
	return map[string]any{"workspace_id": id, "name": name,
		"company": ref("companies", company)}
}

func productUser(person, email, userID string, workspaces ...string) map[string]any {
	refs := make([]any, len(workspaces))
	for i, w := range workspaces {
		refs[i] = ref("workspaces", w)
	}
	return map[string]any{"person": ref("people", person), "primary_email_address": email,
		"user_id": userID, "workspace": refs}
}

var seedWorkspaces = []seedRecord{
	{"lumen-labs", productWorkspace("ws_lumen", "Lumen Labs", "lumen-labs")},
	{"tidewater-health", productWorkspace("ws_tidewater", "Tidewater Health",
		"tidewater-health")},
	{"kestrel-logistics", productWorkspace("ws_kestrel", "Kestrel Logistics",
		"kestrel-logistics")},
	{"granite-cloud", productWorkspace("ws_granite", "Granite Cloud", "granite-cloud")},
	{"granite-cloud-staging", productWorkspace("ws_granite_staging", "Granite Cloud (staging)",
		"granite-cloud")},
}

var seedUsers = []seedRecord{
	{"ada-lovelace", productUser("ada-lovelace", "ada@lumenlabs.example", "usr_ada",
		"lumen-labs")},
	{"katherine-johnson", productUser("katherine-johnson", "katherine@lumenlabs.example",
		"usr_katherine", "lumen-labs")},
	{"grace-hopper", productUser("grace-hopper", "grace@tidewaterhealth.example", "usr_grace",
		"tidewater-health")},
	{"alan-turing", productUser("alan-turing", "alan@kestrel-logistics.example", "usr_alan",
		"kestrel-logistics", "lumen-labs")},
	{"frances-allen", productUser("frances-allen", "frances@granitecloud.example",
		"usr_frances", "granite-cloud", "granite-cloud-staging")},
	{"john-backus", productUser("john-backus", "john@granitecloud.example", "usr_john",
		"granite-cloud")},
	{"radia-perlman", productUser("radia-perlman", "radia@granitecloud.example", "usr_radia",
		"granite-cloud-staging")},
}
