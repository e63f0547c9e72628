package workspace

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	companiesID     = stableID("object", "companies")
	employeeRangeID = stableID("attribute", companiesID, "employee_range")
)

// Each write form Attio accepts must read back in Attio's shape, and each value Attio refuses
// must be refused with a message naming the attribute.
func TestWriteFormsReadBackInAttioShape(t *testing.T) {
	tests := []struct {
		name   string
		object string
		id     string
		slug   string
		write  any
		want   map[string]any
	}{
		{"phone E.164", "people", ada, "phone_numbers", []any{"+447700900999"},
			map[string]any{"original_phone_number": "+447700900999",
				"normalized_phone_number": "+447700900999", "country_code": "GB"}},
		{"phone with spaces", "people", ada, "phone_numbers", "+33 6 39 98 00 77",
			map[string]any{"original_phone_number": "+33 6 39 98 00 77",
				"normalized_phone_number": "+33639980077", "country_code": "FR"}},
		{"phone national with country", "people", ada, "phone_numbers",
			map[string]any{"original_phone_number": "030 5550 1234", "country_code": "DE"},
			map[string]any{"original_phone_number": "030 5550 1234",
				"normalized_phone_number": "+493055501234", "country_code": "DE"}},
		{"phone in Canada", "people", ada, "phone_numbers",
			map[string]any{"original_phone_number": "+14165550123", "country_code": "CA"},
			map[string]any{"original_phone_number": "+14165550123",
				"normalized_phone_number": "+14165550123", "country_code": "CA"}},
		{"email", "people", ada, "email_addresses", "Ada.L+work@Mail.Lumen.example",
			map[string]any{"email_address": "ada.l+work@mail.lumen.example",
				"original_email_address": "Ada.L+work@Mail.Lumen.example",
				"email_domain":           "mail.lumen.example",
				"email_root_domain":      "lumen.example", "email_local_specifier": "ada.l"}},
		{"domain from URL", "companies", lumen, "domains", "https://www.Lumen.co.uk/about",
			map[string]any{"domain": "www.lumen.co.uk", "root_domain": "lumen.co.uk"}},
		{"name object", "people", ada, "name",
			map[string]any{"first_name": "Augusta", "last_name": "King"},
			map[string]any{"first_name": "Augusta", "last_name": "King",
				"full_name": "Augusta King"}},
		{"name Last, First", "people", ada, "name", "Byron, Ada",
			map[string]any{"first_name": "Ada", "last_name": "Byron", "full_name": "Ada Byron"}},
		{"location string", "people", ada, "primary_location", "10 Downing St, London, GB",
			map[string]any{"line_1": "10 Downing St", "line_2": nil, "line_3": nil, "line_4": nil,
				"locality": "London", "region": nil, "postcode": nil, "country_code": "GB",
				"latitude": nil, "longitude": nil}},
		{"text object", "people", ada, "job_title", map[string]any{"value": "CEO"},
			map[string]any{"value": "CEO"}},
		{"currency number", "deals", SeedRecordID("deals", "tidewater-pilot"), "value", 99.5,
			map[string]any{"currency_value": 99.5, "currency_code": "USD"}},
		{"date from timestamp", "companies", lumen, "foundation_date", "2015-03-02T10:00:00Z",
			map[string]any{"value": "2015-03-02"}},
		{"select by lowercase title", "companies", lumen, "employee_range", "1k-5k",
			map[string]any{"option": map[string]any{"title": "1K-5K", "is_archived": false,
				"id": map[string]any{"workspace_id": defaultInfo.ID,
					"object_id": companiesID, "attribute_id": employeeRangeID,
					"option_id": stableID("option", employeeRangeID, "1K-5K")}}}},
		{"reference by domain", "people", ada, "company",
			map[string]any{"target_object": "companies", "domains": "tidewaterhealth.example"},
			map[string]any{"target_object": "companies", "target_record_id": tide}},
		{"actor by email", "deals", SeedRecordID("deals", "tidewater-pilot"), "owner",
			"priya@acme.example", map[string]any{"referenced_actor_type": "workspace-member",
				"referenced_actor_id": MemberID("priya@acme.example")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := openTest(t)
			r, err := ws.UpdateRecord(tt.object, tt.id, map[string]any{tt.slug: tt.write},
				Overwrite, api)
			if err != nil {
				t.Fatal(err)
			}
			values := r.Get(tt.slug)
			if len(values) != 1 {
				t.Fatalf("%s has %d values, want 1", tt.slug, len(values))
			}
			if diff := cmp.Diff(tt.want, values[0].Fields); diff != "" {
				t.Errorf("read fields (-want +got):\n%s", diff)
			}
			raw, _ := json.Marshal(values[0])
			var flat map[string]any
			json.Unmarshal(raw, &flat)
			if flat["attribute_type"] == nil || flat["active_until"] != nil ||
				flat["created_by_actor"] == nil {
				t.Errorf("value JSON lacks Attio's common fields: %s", raw)
			}
		})
	}
}

func TestInvalidWritesNameTheAttribute(t *testing.T) {
	tests := []struct {
		name   string
		object string
		id     string
		values map[string]any
		want   string
	}{
		{"phone without plus", "people", ada, map[string]any{"phone_numbers": []any{"12345"}},
			`phone_numbers: "12345" is not a valid phone number: it must start with + and a ` +
				`country code`},
		{"phone too long", "people", ada, map[string]any{"phone_numbers": "+4412345678901234"},
			`phone_numbers: "+4412345678901234" is not a valid phone number: it has 16 digits, ` +
				`and a phone number has at most 15`},
		{"NANP length", "people", ada, map[string]any{"phone_numbers": "+1415555"},
			`phone_numbers: "+1415555" is not a valid phone number: a number in the +1 region ` +
				`has 10 digits after the +1`},
		{"phone letters", "people", ada, map[string]any{"phone_numbers": "+44 CALL ME"},
			`phone_numbers: "+44 CALL ME" is not a valid phone number: it may contain only ` +
				`digits, spaces, dashes, dots and brackets`},
		{"email", "people", ada, map[string]any{"email_addresses": "ada-at-lumen"},
			`email_addresses: "ada-at-lumen" is not a valid email address`},
		{"unknown option", "companies", lumen, map[string]any{"categories": "Space"},
			`categories: has no option "Space"; the choices are "B2B", "B2C", "SaaS", ` +
				`"E-commerce", "Enterprise", "Finance", "Health", "Hardware", "Logistics", ` +
				`"Software"`},
		{"unknown attribute", "people", ada, map[string]any{"shoe_size": 9},
			`shoe_size: people have no attribute with this slug or id`},
		{"not writable", "people", ada, map[string]any{"created_at": "2020-01-01"},
			`created_at: is set by Attio and cannot be written`},
		{"two values for one", "people", ada, map[string]any{"job_title": []any{"A", "B"}},
			`job_title: accepts one value, but 2 were given`},
		{"text gets number", "people", ada, map[string]any{"job_title": 7},
			`job_title: expects text, but got 7`},
		{"missing target", "people", ada, map[string]any{"company": "no-such-id"},
			`company: points at companies record "no-such-id", which does not exist`},
		{"wrong target object", "people", ada, map[string]any{"company": map[string]any{
			"target_object": "people", "target_record_id": grace}},
			`company: can only point at companies, not people`},
		{"required cleared", "deals", SeedRecordID("deals", "tidewater-pilot"),
			map[string]any{"stage": nil}, `stage: is required on deals and has no value`},
		{"bad date", "companies", lumen, map[string]any{"foundation_date": "last year"},
			`foundation_date: "last year" is not a date: write it as YYYY-MM-DD`},
		{"unknown member", "deals", SeedRecordID("deals", "tidewater-pilot"),
			map[string]any{"owner": "nobody@acme.example"},
			`owner: "nobody@acme.example" is not a workspace member's id or email address`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := openTest(t)
			before := mustGet(t, ws, tt.object, tt.id)
			_, err := ws.UpdateRecord(tt.object, tt.id, tt.values, Overwrite, api)
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error = %v, want a *ValidationError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error =\n  %s\nwant\n  %s", err, tt.want)
			}
			if diff := cmp.Diff(before, mustGet(t, ws, tt.object, tt.id)); diff != "" {
				t.Errorf("a refused write changed the record:\n%s", diff)
			}
		})
	}
}
