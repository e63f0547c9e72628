package workspace

import (
	"strconv"
	"strings"
)

// normalizeName accepts {first_name, last_name, full_name} (any of them) or a string
// "Last, First"; a string without a comma is a first name, as in Attio.
func normalizeName(v any) (map[string]any, error) {
	var first, last, full string
	switch n := v.(type) {
	case string:
		if l, f, ok := strings.Cut(n, ","); ok {
			first, last = strings.TrimSpace(f), strings.TrimSpace(l)
		} else {
			first = strings.TrimSpace(n)
		}
	case map[string]any:
		var err error
		if first, err = optionalString(n, "first_name"); err != nil {
			return nil, err
		}
		if last, err = optionalString(n, "last_name"); err != nil {
			return nil, err
		}
		if full, err = optionalString(n, "full_name"); err != nil {
			return nil, err
		}
	default:
		return nil, problem("expects a name ({first_name, last_name, full_name} or "+
			"\"Last, First\"), but got %s", show(v))
	}
	if full == "" {
		full = strings.TrimSpace(first + " " + last)
	}
	if full == "" {
		return nil, problem("has an empty name")
	}
	return map[string]any{"first_name": first, "last_name": last, "full_name": full}, nil
}

func optionalString(m map[string]any, key string) (string, error) {
	switch s := m[key].(type) {
	case nil:
		return "", nil
	case string:
		return strings.TrimSpace(s), nil
	}
	return "", problem("%s must be text, but got %s", key, show(m[key]))
}

var locationKeys = []string{"line_1", "line_2", "line_3", "line_4", "locality", "region",
	"postcode", "country_code", "latitude", "longitude"}

// normalizeLocation accepts the full object (missing keys are null) or a string.
func normalizeLocation(v any) (map[string]any, error) {
	switch l := v.(type) {
	case string:
		return parseLocation(l), nil
	case map[string]any:
		return locationFromObject(l)
	}
	return nil, problem("expects a location object or an address string, but got %s", show(v))
}

func locationFromObject(in map[string]any) (map[string]any, error) {
	out := emptyLocation()
	for k, raw := range in {
		if _, known := out[k]; !known {
			return nil, problem("has no location field %q; the fields are %s", k,
				strings.Join(locationKeys, ", "))
		}
		switch x := raw.(type) {
		case nil:
		case string:
			out[k] = x
		case float64:
			if k != "latitude" && k != "longitude" {
				return nil, problem("%s must be text, but got %s", k, show(raw))
			}
			out[k] = strconv.FormatFloat(x, 'f', -1, 64)
		default:
			return nil, problem("%s must be text, but got %s", k, show(raw))
		}
	}
	if c, ok := out["country_code"].(string); ok {
		if len(c) != 2 {
			return nil, problem("country_code %q is not an ISO 3166 alpha-2 code such as GB", c)
		}
		out["country_code"] = strings.ToUpper(c)
	}
	return out, nil
}

func emptyLocation() map[string]any {
	out := make(map[string]any, len(locationKeys))
	for _, k := range locationKeys {
		out[k] = nil
	}
	return out
}

// parseLocation reads "street, city, region, country" from the right: a two-letter last part
// is the country code; leading parts that start with a digit (and any beyond the last two) are
// address lines; of the rest, the first is the locality and the second the region.
// TODO: Attio geocodes address strings; this split gets simple addresses right and may put a
// city in the region of others, so filters on locality can miss such records.
func parseLocation(s string) map[string]any {
	out := emptyLocation()
	var parts []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if n := len(parts); n > 1 && len(parts[n-1]) == 2 {
		out["country_code"] = strings.ToUpper(parts[n-1])
		parts = parts[:n-1]
	}
	var lines []string
	for len(parts) > 1 && (len(parts) > 2 || startsWithDigit(parts[0])) {
		lines, parts = append(lines, parts[0]), parts[1:]
	}
	for i, line := range lines {
		if i < 4 {
			out["line_"+strconv.Itoa(i+1)] = line
		}
	}
	if len(parts) > 0 {
		out["locality"] = parts[0]
	}
	if len(parts) > 1 {
		out["region"] = parts[1]
	}
	return out
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
