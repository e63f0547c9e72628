package workspace

import "strings"

// personalMail are mail providers whose addresses say nothing of a person's company; Attio does
// not make companies of them.
var personalMail = map[string]bool{
	"gmail.com": true, "googlemail.com": true, "yahoo.com": true, "yahoo.co.uk": true,
	"hotmail.com": true, "outlook.com": true, "live.com": true, "msn.com": true,
	"icloud.com": true, "me.com": true, "mac.com": true, "aol.com": true, "proton.me": true,
	"protonmail.com": true, "gmx.com": true, "gmx.de": true, "mail.com": true, "yandex.com": true,
	"zoho.com": true, "fastmail.com": true, "hey.com": true,
}

// companyFromEmail gives a new person without a company the company their first work email's
// domain names, as Attio does: the company whose domains include it, or a new one with that
// domain and a name made from it.
func (w *writer) companyFromEmail(people *Object, r *Record) error {
	if people.Slug != "people" || len(currentValues(r.Values["company"])) > 0 {
		return nil
	}
	if _, ok := people.Attribute("company"); !ok {
		return nil
	}
	companies, err := w.object("companies")
	if err != nil {
		return nil // a workspace without companies
	}
	domains, ok := companies.Attribute("domains")
	if !ok || !domains.IsUnique {
		return nil
	}
	for _, email := range currentValues(r.Values["email_addresses"]) {
		domain := email.String("email_domain")
		if domain == "" || personalMail[domain] || personalMail[email.String("email_root_domain")] {
			continue
		}
		id, found, err := w.lookupUnique(companies, domains,
			[]map[string]any{{"domain": domain}})
		if err != nil {
			return err
		}
		if !found {
			c, err := w.create(companies, "", map[string]any{
				"domains": []any{domain}, "name": companyName(domain)})
			if err != nil {
				return err
			}
			id = c.ID.RecordID
		}
		return w.set(people, r, map[string]any{"company": []any{map[string]any{
			"target_object": "companies", "target_record_id": id}}}, Overwrite)
	}
	return nil
}

// companyName is a company's name guessed from its domain: "acme-labs.example" is "Acme Labs".
func companyName(domain string) string {
	label := strings.Split(rootDomain(domain), ".")[0]
	words := strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' })
	for i, word := range words {
		words[i] = strings.ToUpper(word[:1]) + word[1:]
	}
	return strings.Join(words, " ")
}
