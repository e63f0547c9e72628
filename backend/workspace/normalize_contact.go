package workspace

import (
	"strings"
)

func normalizeEmail(v any) (map[string]any, error) {
	s, ok := unwrap(v, "email_address").(string)
	if !ok {
		return nil, problem("expects an email address, but got %s", show(v))
	}
	original := strings.TrimSpace(s)
	local, domain, found := strings.Cut(strings.ToLower(original), "@")
	if !found || local == "" || strings.ContainsAny(local, " \t@") || !validDomain(domain) {
		return nil, problem("%q is not a valid email address", original)
	}
	specifier, _, _ := strings.Cut(local, "+")
	return map[string]any{
		"email_address":          local + "@" + domain,
		"original_email_address": original,
		"email_domain":           domain,
		"email_root_domain":      rootDomain(domain),
		"email_local_specifier":  specifier,
	}, nil
}

func normalizeDomain(v any) (map[string]any, error) {
	s, ok := unwrap(v, "domain").(string)
	if !ok {
		return nil, problem("expects a domain such as attio.com, but got %s", show(v))
	}
	d := strings.ToLower(strings.TrimSpace(s))
	if i := strings.Index(d, "://"); i >= 0 {
		d = d[i+3:]
	}
	d, _, _ = strings.Cut(d, "/")
	d, _, _ = strings.Cut(d, ":")
	d = strings.TrimSuffix(d, ".")
	if !validDomain(d) {
		return nil, problem("%q is not a valid domain", s)
	}
	return map[string]any{"domain": d, "root_domain": rootDomain(d)}, nil
}

func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
		for _, r := range l {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127) {
				return false
			}
		}
	}
	return true
}

// secondLevelSuffixes are the common public suffixes of two labels, under which the root
// domain has three (acme.co.uk, not co.uk).
var secondLevelSuffixes = map[string]bool{
	"co.uk": true, "org.uk": true, "ac.uk": true, "gov.uk": true, "me.uk": true,
	"com.au": true, "net.au": true, "org.au": true, "co.nz": true, "co.jp": true,
	"co.in": true, "com.br": true, "com.mx": true, "co.za": true, "com.sg": true,
	"com.cn": true, "com.hk": true, "co.kr": true, "com.tr": true, "com.ar": true,
}

// rootDomain is the registrable part of a domain: app.attio.com → attio.com.
func rootDomain(d string) string {
	labels := strings.Split(d, ".")
	n := 2
	if len(labels) >= 3 && secondLevelSuffixes[strings.Join(labels[len(labels)-2:], ".")] {
		n = 3
	}
	if len(labels) <= n {
		return d
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

// normalizePhone accepts "+447700900123" or {original_phone_number, country_code}; a number
// without + needs the country code and is read as a national number of that country.
func normalizePhone(v any) (map[string]any, error) {
	s, ok := unwrap(v, "original_phone_number").(string)
	if !ok {
		return nil, problem("expects a phone number such as \"+14155550100\", but got %s",
			show(v))
	}
	var country string
	if m, ok := v.(map[string]any); ok {
		country, _ = m["country_code"].(string)
		country = strings.ToUpper(country)
	}
	original := strings.TrimSpace(s)
	normalized, country, err := e164(original, country)
	if err != nil {
		return nil, problem("%q is not a valid phone number: %v", original, err)
	}
	return map[string]any{
		"original_phone_number":   original,
		"normalized_phone_number": normalized,
		"country_code":            country,
	}, nil
}

// e164 returns the number in E.164 form and its country.
func e164(original, country string) (string, string, error) {
	international := strings.HasPrefix(original, "+")
	digits, err := phoneDigits(strings.TrimPrefix(original, "+"))
	if err != nil {
		return "", "", err
	}
	if !international {
		code, ok := callingCodeOf[country]
		if !ok {
			return "", "", problem("it must start with + and a country code")
		}
		digits = code + strings.TrimPrefix(digits, "0")
	}
	code, guess := countryOfNumber(digits)
	if code == "" {
		return "", "", problem("+%s does not start with a known country calling code", digits)
	}
	if country == "" || callingCodeOf[country] != code {
		country = guess
	}
	switch {
	case code == "1" && len(digits) != 11:
		return "", "", problem("a number in the +1 region has 10 digits after the +1")
	case len(digits) < 7:
		return "", "", problem("it is too short")
	case len(digits) > 15:
		return "", "", problem("it has %d digits, and a phone number has at most 15", len(digits))
	}
	return "+" + digits, country, nil
}

// phoneDigits drops the separators people write inside numbers.
func phoneDigits(s string) (string, error) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune(" -().", r):
		default:
			return "", problem("it may contain only digits, spaces, dashes, dots and brackets")
		}
	}
	if b.Len() == 0 {
		return "", problem("it has no digits")
	}
	return b.String(), nil
}

// countryOfNumber finds the calling code an international number starts with (the longest
// known one) and the country it most likely belongs to.
func countryOfNumber(digits string) (code, country string) {
	for n := 3; n >= 1; n-- {
		if len(digits) > n {
			if c, ok := countryOfCallingCode[digits[:n]]; ok {
				return digits[:n], c
			}
		}
	}
	return "", ""
}
