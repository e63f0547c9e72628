package workspace

import "time"

// attrDef is a compact description of a standard attribute.
type attrDef struct {
	slug, title string
	typ         AttributeType
	multi       bool
	unique      bool
	required    bool
	system      bool // set by Attio: not writable
	target      string
	inverse     string
	options     []string
	currency    string
}

type objectDef struct {
	slug, singular, plural string
	attrs                  []attrDef
}

var socialAttrs = []attrDef{
	{slug: "angellist", title: "AngelList", typ: TypeText},
	{slug: "facebook", title: "Facebook", typ: TypeText},
	{slug: "instagram", title: "Instagram", typ: TypeText},
	{slug: "linkedin", title: "LinkedIn", typ: TypeText},
	{slug: "twitter", title: "Twitter", typ: TypeText},
	{slug: "twitter_follower_count", title: "Twitter follower count", typ: TypeNumber,
		system: true},
}

var interactionAttrs = []attrDef{
	{slug: "first_interaction", title: "First interaction", typ: TypeInteraction, system: true},
	{slug: "last_interaction", title: "Last interaction", typ: TypeInteraction, system: true},
	{slug: "next_interaction", title: "Next interaction", typ: TypeInteraction, system: true},
}

var recordSystemAttrs = []attrDef{
	{slug: "created_at", title: "Created at", typ: TypeTimestamp, system: true},
	{slug: "created_by", title: "Created by", typ: TypeActorReference, system: true},
}

func concat(parts ...[]attrDef) []attrDef {
	var out []attrDef
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// standardObjects are the objects of the default workspace with Attio's standard attributes.
// Users and workspaces are the people and accounts of the product the workspace's company
// sells (not workspace members): Attio links a user to its person and its workspaces, and a
// workspace to its company.
var standardObjects = []objectDef{
	{slug: "people", singular: "Person", plural: "People", attrs: concat([]attrDef{
		{slug: "name", title: "Name", typ: TypePersonalName},
		{slug: "email_addresses", title: "Email addresses", typ: TypeEmailAddress, multi: true,
			unique: true},
		{slug: "description", title: "Description", typ: TypeText},
		{slug: "company", title: "Company", typ: TypeRecordReference, target: "companies",
			inverse: "team"},
		{slug: "job_title", title: "Job title", typ: TypeText},
		{slug: "phone_numbers", title: "Phone numbers", typ: TypePhoneNumber, multi: true},
		{slug: "primary_location", title: "Primary location", typ: TypeLocation},
		{slug: "avatar_url", title: "Avatar URL", typ: TypeText},
		{slug: "associated_deals", title: "Associated deals", typ: TypeRecordReference,
			multi: true, target: "deals", inverse: "associated_people"},
		{slug: "associated_users", title: "Associated users", typ: TypeRecordReference,
			multi: true, target: "users", inverse: "person"},
	}, socialAttrs, interactionAttrs, recordSystemAttrs)},
	{slug: "companies", singular: "Company", plural: "Companies", attrs: concat([]attrDef{
		{slug: "name", title: "Name", typ: TypeText},
		{slug: "domains", title: "Domains", typ: TypeDomain, multi: true, unique: true},
		{slug: "description", title: "Description", typ: TypeText},
		{slug: "team", title: "Team", typ: TypeRecordReference, multi: true, target: "people",
			inverse: "company"},
		{slug: "categories", title: "Categories", typ: TypeSelect, multi: true, options: []string{
			"B2B", "B2C", "SaaS", "E-commerce", "Enterprise", "Finance", "Health", "Hardware",
			"Logistics", "Software"}},
		{slug: "primary_location", title: "Primary location", typ: TypeLocation},
		{slug: "logo_url", title: "Logo URL", typ: TypeText},
		{slug: "estimated_arr_usd", title: "Estimated ARR", typ: TypeSelect, options: []string{
			"$0-$1M", "$1M-$10M", "$10M-$50M", "$50M-$100M", "$100M-$250M", "$250M-$500M",
			"$500M-$1B", "$1B-$10B", "$10B+"}},
		{slug: "funding_raised_usd", title: "Funding raised", typ: TypeCurrency,
			currency: "USD"},
		{slug: "foundation_date", title: "Foundation date", typ: TypeDate},
		{slug: "employee_range", title: "Employee range", typ: TypeSelect, options: []string{
			"1-10", "11-50", "51-250", "251-1K", "1K-5K", "5K-10K", "10K-50K", "50K-100K",
			"100K+"}},
		{slug: "associated_deals", title: "Associated deals", typ: TypeRecordReference,
			multi: true, target: "deals", inverse: "associated_company"},
		{slug: "associated_workspaces", title: "Associated workspaces",
			typ: TypeRecordReference, multi: true, target: "workspaces", inverse: "company"},
	}, socialAttrs, interactionAttrs, recordSystemAttrs)},
	{slug: "deals", singular: "Deal", plural: "Deals", attrs: concat([]attrDef{
		{slug: "name", title: "Deal name", typ: TypeText, required: true},
		{slug: "stage", title: "Deal stage", typ: TypeStatus, required: true,
			options: []string{"Lead", "In Progress", "Won 🎉", "Lost"}},
		{slug: "owner", title: "Deal owner", typ: TypeActorReference, required: true},
		{slug: "value", title: "Deal value", typ: TypeCurrency, currency: "USD"},
		{slug: "associated_people", title: "Associated people", typ: TypeRecordReference,
			multi: true, target: "people", inverse: "associated_deals"},
		{slug: "associated_company", title: "Associated company", typ: TypeRecordReference,
			target: "companies", inverse: "associated_deals"},
	}, recordSystemAttrs)},
	{slug: "users", singular: "User", plural: "Users", attrs: concat([]attrDef{
		{slug: "person", title: "Person", typ: TypeRecordReference, target: "people",
			inverse: "associated_users"},
		{slug: "primary_email_address", title: "Primary email address", typ: TypeEmailAddress,
			unique: true, required: true},
		{slug: "user_id", title: "User ID", typ: TypeText, unique: true},
		{slug: "workspace", title: "Workspace", typ: TypeRecordReference, multi: true,
			target: "workspaces", inverse: "users"},
	}, recordSystemAttrs)},
	{slug: "workspaces", singular: "Workspace", plural: "Workspaces", attrs: concat([]attrDef{
		{slug: "workspace_id", title: "Workspace ID", typ: TypeText, unique: true,
			required: true},
		{slug: "name", title: "Name", typ: TypeText},
		{slug: "users", title: "Users", typ: TypeRecordReference, multi: true, target: "users",
			inverse: "workspace"},
		{slug: "company", title: "Company", typ: TypeRecordReference, target: "companies",
			inverse: "associated_workspaces"},
		{slug: "avatar_url", title: "Avatar URL", typ: TypeText},
	}, recordSystemAttrs)},
}

// buildObject turns a definition into an object with the default workspace's stable ids.
func buildObject(def objectDef, created time.Time) Object {
	obj := Object{ID: stableID("object", def.slug), Slug: def.slug, Singular: def.singular,
		Plural: def.plural, CreatedAt: At(created)}
	for _, d := range def.attrs {
		a := Attribute{
			ID: stableID("attribute", obj.ID, d.slug), Slug: d.slug, Title: d.title,
			Type: d.typ, IsMultiselect: d.multi, IsUnique: d.unique, IsRequired: d.required,
			IsWritable: !d.system, IsSystem: true, TargetObject: d.target,
			Inverse: d.inverse, CurrencyCode: d.currency, CreatedAt: At(created),
		}
		addOptions(&a, d.options)
		if d.typ == TypeStatus {
			for i := range a.Options {
				a.Options[i].CelebrationEnabled = a.Options[i].Title == "Won 🎉"
			}
		}
		obj.Attributes = append(obj.Attributes, a)
	}
	return obj
}
