package workspace

import (
	"slices"
	"testing"
)

// A new person is given the company their work email's domain names: the one that has that
// domain, or a new one named after it, made once; personal mail and a company given stay alone.
func TestNewPersonGetsTheCompanyOfTheirEmailDomain(t *testing.T) {
	ws := openTest(t)
	create := func(values map[string]any) Record {
		t.Helper()
		r, err := ws.CreateRecord("people", values, api)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	email := func(address string) map[string]any {
		return map[string]any{"email_addresses": []any{address}}
	}

	if got := refs(create(email("new.hire@lumenlabs.example")), "company"); !slices.Equal(got,
		[]string{lumen}) {
		t.Errorf("a Lumen Labs address gave the company %v, want Lumen Labs", got)
	}

	first := refs(create(email("ceo@acme-robotics.example")), "company")
	second := refs(create(email("cto@acme-robotics.example")), "company")
	if len(first) != 1 || !slices.Equal(first, second) {
		t.Fatalf("two addresses at a new domain gave the companies %v and %v, want one", first,
			second)
	}
	company := mustGet(t, ws, "companies", first[0])
	if name, _ := company.First("name"); name.String("value") != "Acme Robotics" {
		t.Errorf("the new company is named %q, want Acme Robotics", name.String("value"))
	}
	if domain, _ := company.First("domains"); domain.String("domain") != "acme-robotics.example" {
		t.Errorf("the new company's domain is %q", domain.String("domain"))
	}
	if team := refs(mustGet(t, ws, "companies", first[0]), "team"); len(team) != 2 {
		t.Errorf("the new company's team has %d people, want 2", len(team))
	}

	if got := refs(create(email("someone@gmail.com")), "company"); len(got) != 0 {
		t.Errorf("a gmail address gave the company %v, want none", got)
	}
	given := create(map[string]any{"email_addresses": []any{"x@acme-robotics.example"},
		"company": []any{map[string]any{"target_object": "companies", "target_record_id": tide}}})
	if got := refs(given, "company"); !slices.Equal(got, []string{tide}) {
		t.Errorf("a company given in the write became %v", got)
	}
}

func TestCompanyName(t *testing.T) {
	for domain, want := range map[string]string{
		"acme-robotics.example": "Acme Robotics",
		"mail.stripe.com":       "Stripe",
		"bbc.co.uk":             "Bbc",
		"x_y.io":                "X Y",
	} {
		if got := companyName(domain); got != want {
			t.Errorf("companyName(%q) = %q, want %q", domain, got, want)
		}
	}
}
