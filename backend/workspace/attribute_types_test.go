package workspace

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// typeCase is one attribute type's contract (attio-sdk.md §13.2, §13.3): a write form, the
// fields it reads back as, a filter that then selects the record and one that does not, and a
// write Attio refuses with its message.
type typeCase struct {
	typ    AttributeType
	object string
	slug   string
	// spec, when set, adds the attribute first: the default workspace lacks it.
	spec      *AttributeSpec
	write     any
	read      map[string]any // nil: the type is read-only, and write must be refused
	hit, miss map[string]any
	bad       any
	badError  string
}

var typeCases = []typeCase{
	{typ: TypeText, object: "people", slug: "job_title", write: "Chief Analyst",
		read: map[string]any{"value": "Chief Analyst"},
		hit:  map[string]any{"job_title": map[string]any{"$starts_with": "chief"}},
		miss: map[string]any{"job_title": map[string]any{"$ends_with": "engineer"}},
		bad:  true, badError: "job_title: expects text, but got true"},
	{typ: TypeNumber, object: "people", slug: "papers",
		spec:  &AttributeSpec{Slug: "papers", Title: "Papers", Type: TypeNumber},
		write: 1815, read: map[string]any{"value": float64(1815)},
		hit:  map[string]any{"papers": map[string]any{"$gte": 1815}},
		miss: map[string]any{"papers": map[string]any{"$lt": 1000}},
		bad:  "many", badError: `papers: expects a number, but got "many"`},
	{typ: TypeCheckbox, object: "people", slug: "is_vip",
		spec:  &AttributeSpec{Slug: "is_vip", Title: "VIP", Type: TypeCheckbox},
		write: "true", read: map[string]any{"value": true},
		hit: map[string]any{"is_vip": true}, miss: map[string]any{"is_vip": false},
		bad: "maybe", badError: `is_vip: expects true or false, but got "maybe"`},
	{typ: TypeCurrency, object: "people", slug: "budget",
		spec: &AttributeSpec{Slug: "budget", Title: "Budget", Type: TypeCurrency,
			CurrencyCode: "EUR"},
		write:    map[string]any{"currency_value": 2500.5},
		read:     map[string]any{"currency_value": 2500.5, "currency_code": "EUR"},
		hit:      map[string]any{"budget": map[string]any{"currency_value": map[string]any{"$gt": 2500}}},
		miss:     map[string]any{"budget": map[string]any{"currency_code": "USD"}},
		bad:      "lots",
		badError: `budget: expects an amount (a number or {currency_value}), but got "lots"`},
	{typ: TypeDate, object: "people", slug: "birthday",
		spec:  &AttributeSpec{Slug: "birthday", Title: "Birthday", Type: TypeDate},
		write: "1815-12-10T08:00:00Z", read: map[string]any{"value": "1815-12-10"},
		hit:  map[string]any{"birthday": map[string]any{"$lt": "1900-01-01"}},
		miss: map[string]any{"birthday": map[string]any{"$gt": "1900-01-01"}},
		bad:  "10/12/1815", badError: `birthday: "10/12/1815" is not a date: write it as YYYY-MM-DD`},
	{typ: TypeTimestamp, object: "people", slug: "last_seen",
		spec:  &AttributeSpec{Slug: "last_seen", Title: "Last seen", Type: TypeTimestamp},
		write: "2024-05-01T09:30:00+02:00",
		read:  map[string]any{"value": "2024-05-01T07:30:00.000000000Z"},
		// The same instant in another zone and precision.
		hit:  map[string]any{"last_seen": map[string]any{"$gte": "2024-05-01T09:30:00+02:00"}},
		miss: map[string]any{"last_seen": map[string]any{"$lt": "2024-05-01T07:30:00Z"}},
		bad:  "yesterday", badError: `last_seen: "yesterday" is not an ISO 8601 timestamp ` +
			`such as 2024-05-01T09:30:00Z`},
	{typ: TypeRating, object: "people", slug: "fit",
		spec:  &AttributeSpec{Slug: "fit", Title: "Fit", Type: TypeRating},
		write: 4, read: map[string]any{"value": float64(4)},
		hit:  map[string]any{"fit": map[string]any{"$gte": 4}},
		miss: map[string]any{"fit": 5},
		bad:  7, badError: "fit: expects a whole number from 0 to 5, but got 7"},
	{typ: TypeStatus, object: "people", slug: "lifecycle",
		spec: &AttributeSpec{Slug: "lifecycle", Title: "Lifecycle", Type: TypeStatus,
			Options: []string{"Lead", "Customer"}},
		write: "customer", read: nil, // the status object is checked by title below
		hit:      map[string]any{"lifecycle": "Customer"},
		miss:     map[string]any{"lifecycle": map[string]any{"$eq": "Lead"}},
		bad:      "Churned",
		badError: `lifecycle: has no status "Churned"; the choices are "Lead", "Customer"`},
	{typ: TypeSelect, object: "people", slug: "tier",
		spec: &AttributeSpec{Slug: "tier", Title: "Tier", Type: TypeSelect,
			Options: []string{"Gold", "Silver"}},
		write: "Gold", read: nil,
		hit:  map[string]any{"tier": map[string]any{"$in": []any{"gold", "bronze"}}},
		miss: map[string]any{"tier": "Silver"},
		bad:  "Platinum", badError: `tier: has no option "Platinum"; the choices are "Gold", "Silver"`},
	{typ: TypeRecordReference, object: "people", slug: "company",
		write:    map[string]any{"target_object": "companies", "target_record_id": tide},
		read:     map[string]any{"target_object": "companies", "target_record_id": tide},
		hit:      map[string]any{"company": map[string]any{"target_record_id": tide}},
		miss:     map[string]any{"company": map[string]any{"target_record_id": lumen}},
		bad:      map[string]any{"target_object": "companies", "target_record_id": "gone"},
		badError: `company: points at companies record "gone", which does not exist`},
	{typ: TypeActorReference, object: "deals", slug: "owner", write: "priya@acme.example",
		read: map[string]any{"referenced_actor_type": "workspace-member",
			"referenced_actor_id": MemberID("priya@acme.example")},
		hit:  map[string]any{"owner": MemberID("priya@acme.example")},
		miss: map[string]any{"owner": map[string]any{"referenced_actor_type": "api-token"}},
		bad:  "nobody@acme.example",
		badError: `owner: "nobody@acme.example" is not a workspace member's id or email ` +
			`address`},
	{typ: TypeLocation, object: "people", slug: "primary_location",
		write: map[string]any{"locality": "Reykjavík", "country_code": "IS"},
		read: map[string]any{"line_1": nil, "line_2": nil, "line_3": nil, "line_4": nil,
			"locality": "Reykjavík", "region": nil, "postcode": nil, "country_code": "IS",
			"latitude": nil, "longitude": nil},
		hit:  map[string]any{"primary_location": map[string]any{"country_code": "is"}},
		miss: map[string]any{"primary_location": map[string]any{"locality": "London"}},
		bad:  42, badError: "primary_location: expects a location object or an address " +
			"string, but got 42"},
	{typ: TypeDomain, object: "companies", slug: "domains", write: "https://Shop.Fjord.example/x",
		read: map[string]any{"domain": "shop.fjord.example", "root_domain": "fjord.example"},
		hit:  map[string]any{"domains": map[string]any{"root_domain": "fjord.example"}},
		miss: map[string]any{"domains": "lumenlabs.example"},
		bad:  "not a domain", badError: `domains: "not a domain" is not a valid domain`},
	{typ: TypeEmailAddress, object: "people", slug: "email_addresses", write: "Ada@Fjord.example",
		read: map[string]any{"email_address": "ada@fjord.example",
			"original_email_address": "Ada@Fjord.example", "email_domain": "fjord.example",
			"email_root_domain": "fjord.example", "email_local_specifier": "ada"},
		hit: map[string]any{"email_addresses": map[string]any{
			"email_domain": map[string]any{"$eq": "FJORD.example"}}},
		miss: map[string]any{"email_addresses": "ada@lumenlabs.example"},
		bad:  "ada@", badError: `email_addresses: "ada@" is not a valid email address`},
	{typ: TypePhoneNumber, object: "people", slug: "phone_numbers", write: "+354 555 1234",
		read: map[string]any{"original_phone_number": "+354 555 1234",
			"normalized_phone_number": "+3545551234", "country_code": "IS"},
		hit:  map[string]any{"phone_numbers": map[string]any{"phone_number": "+3545551234"}},
		miss: map[string]any{"phone_numbers": map[string]any{"country_code": "GB"}},
		bad:  "555 1234", badError: `phone_numbers: "555 1234" is not a valid phone number: ` +
			`it must start with + and a country code`},
	{typ: TypePersonalName, object: "people", slug: "name", write: "Byron, Augusta Ada",
		read: map[string]any{"first_name": "Augusta Ada", "last_name": "Byron",
			"full_name": "Augusta Ada Byron"},
		hit:  map[string]any{"name": map[string]any{"last_name": map[string]any{"$eq": "Byron"}}},
		miss: map[string]any{"name": "Ada Lovelace"},
		bad:  12, badError: `name: expects a name ({first_name, last_name, full_name} or ` +
			`"Last, First"), but got 12`},
	{typ: TypeInteraction, object: "people", slug: "last_interaction",
		write: map[string]any{"interaction_type": "email"}, read: nil,
		hit: map[string]any{"last_interaction": map[string]any{
			"interaction_type": map[string]any{"$not_empty": false}}},
		miss:     map[string]any{"last_interaction": map[string]any{"interaction_type": "email"}},
		bad:      map[string]any{"interaction_type": "email"},
		badError: "last_interaction: is set by Attio and cannot be written"},
}

func TestEveryAttributeType(t *testing.T) {
	seen := map[AttributeType]bool{}
	for _, tc := range typeCases {
		seen[tc.typ] = true
	}
	for typ := range knownTypes {
		if !seen[typ] {
			t.Errorf("attribute type %s has no case", typ)
		}
	}
	for _, tc := range typeCases {
		t.Run(string(tc.typ), func(t *testing.T) { checkType(t, tc) })
	}
}

func checkType(t *testing.T, tc typeCase) {
	ws := openTest(t)
	if tc.spec != nil {
		if _, err := ws.EnsureAttribute(tc.object, *tc.spec); err != nil {
			t.Fatal(err)
		}
	}
	id := map[string]string{"people": ada, "companies": lumen,
		"deals": SeedRecordID("deals", "tidewater-pilot")}[tc.object]

	before := mustGet(t, ws, tc.object, id)
	_, err := ws.UpdateRecord(tc.object, id, map[string]any{tc.slug: tc.bad}, Overwrite, api)
	var ve *ValidationError
	if !errors.As(err, &ve) || err.Error() != tc.badError {
		t.Errorf("bad write: error =\n  %v\nwant\n  %s", err, tc.badError)
	}
	if diff := cmp.Diff(before, mustGet(t, ws, tc.object, id)); diff != "" {
		t.Errorf("a refused write changed the record:\n%s", diff)
	}

	if tc.typ != TypeInteraction {
		r, err := ws.UpdateRecord(tc.object, id, map[string]any{tc.slug: tc.write}, Overwrite,
			api)
		if err != nil {
			t.Fatalf("write %v: %v", tc.write, err)
		}
		values := r.Get(tc.slug)
		if len(values) != 1 || values[0].Type != tc.typ {
			t.Fatalf("%s reads back as %+v", tc.slug, values)
		}
		got := values[0].Fields
		switch tc.typ {
		case TypeSelect, TypeStatus:
			key := map[AttributeType]string{TypeSelect: "option", TypeStatus: "status"}[tc.typ]
			opt, _ := got[key].(map[string]any)
			ids, _ := opt["id"].(map[string]any)
			if opt["title"] != map[AttributeType]string{TypeSelect: "Gold",
				TypeStatus: "Customer"}[tc.typ] || opt["is_archived"] != false ||
				ids[key+"_id"] == nil {
				t.Errorf("%s reads back as %v", key, got)
			}
		default:
			if diff := cmp.Diff(tc.read, got); diff != "" {
				t.Errorf("read fields (-want +got):\n%s", diff)
			}
		}
	}

	for _, f := range []struct {
		filter map[string]any
		want   bool
	}{{tc.hit, true}, {tc.miss, false}} {
		rs, err := ws.ListRecords(tc.object, Query{Filter: f.filter})
		if err != nil {
			t.Errorf("filter %v: %v", f.filter, err)
			continue
		}
		found := slices.ContainsFunc(rs, func(r Record) bool { return r.ID.RecordID == id })
		if found != f.want {
			t.Errorf("filter %v selects the record: %v, want %v", f.filter, found, f.want)
		}
	}
}
