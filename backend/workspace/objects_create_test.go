package workspace

import (
	"errors"
	"strings"
	"testing"
)

func TestCreateObjectHoldsRecords(t *testing.T) {
	ws := openTest(t)
	obj, err := ws.CreateObject(ObjectSpec{APISlug: "invoices", SingularNoun: "Invoice",
		PluralNoun: "Invoices"})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := obj.Attribute("name"); !ok {
		t.Fatal("a custom object has no name attribute")
	}
	spec := AttributeSpec{Slug: "amount", Type: TypeNumber}
	if _, err := ws.EnsureAttribute("invoices", spec); err != nil {
		t.Fatal(err)
	}
	r, err := ws.CreateRecord("invoices", map[string]any{"name": "INV-1", "amount": 120}, System)
	if err != nil {
		t.Fatal(err)
	}
	got := mustGet(t, ws, "invoices", r.ID.RecordID)
	if n, _ := ws.CountRecords("invoices"); n != 1 || len(got.Values["amount"]) != 1 {
		t.Errorf("count %d, record %+v", n, got.Values)
	}
}

func TestCreateObjectRefusesBadSpecs(t *testing.T) {
	ws := openTest(t)
	tests := []struct {
		spec ObjectSpec
		want string
	}{
		{ObjectSpec{APISlug: "people", SingularNoun: "P", PluralNoun: "Ps"}, "already the slug"},
		{ObjectSpec{APISlug: "Bad Slug", SingularNoun: "B", PluralNoun: "Bs"},
			"not a valid object slug"},
		{ObjectSpec{APISlug: "things"}, "singular and a plural noun"},
	}
	for _, tt := range tests {
		_, err := ws.CreateObject(tt.spec)
		var ve *ValidationError
		if !errors.As(err, &ve) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: %v, want a validation error saying %q", tt.spec, err, tt.want)
		}
	}
}
