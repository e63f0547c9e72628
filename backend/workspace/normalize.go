package workspace

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// Attio accepts each attribute type in a few write forms and stores one read shape (§13.2 of
// the SDK notes). normalize turns what a caller wrote into the read fields of each value, or
// says, naming the attribute, why Attio would refuse it.

// problemError is a normalizer's complaint about one value; normalize adds the attribute's
// name. Other errors (from the store) pass through unchanged.
type problemError struct{ msg string }

func (e *problemError) Error() string { return e.msg }

func problem(format string, args ...any) error {
	return &problemError{fmt.Sprintf(format, args...)}
}

// normalize returns the read fields of each value written to attr. key is the name the caller
// used for the attribute (slug or id), which error messages repeat.
func (w *writer) normalize(obj *Object, attr *Attribute, key string, raw any) (
	[]map[string]any, error) {
	items := asList(raw)
	if !attr.IsMultiselect && len(items) > 1 {
		return nil, invalid(key, "accepts one value, but %d were given", len(items))
	}
	out := make([]map[string]any, 0, len(items))
	for _, item := range items {
		if item == nil || item == "" {
			continue
		}
		fields, err := w.normalizeOne(obj, attr, item)
		if err != nil {
			var pe *problemError
			var ve *ValidationError
			if errors.As(err, &pe) || errors.As(err, &ve) {
				return nil, invalid(key, "%v", err)
			}
			return nil, err
		}
		out = append(out, fields)
	}
	return out, nil
}

func (w *writer) normalizeOne(obj *Object, attr *Attribute, v any) (map[string]any, error) {
	switch attr.Type {
	case TypeText:
		return normalizeText(v)
	case TypeNumber:
		return normalizeNumber(v)
	case TypeCheckbox:
		return normalizeCheckbox(v)
	case TypeCurrency:
		return normalizeCurrency(v, attr.CurrencyCode)
	case TypeDate:
		return normalizeDate(v)
	case TypeTimestamp:
		return normalizeTimestamp(v)
	case TypeRating:
		return normalizeRating(v)
	case TypeSelect, TypeStatus:
		return w.normalizeOption(obj, attr, v)
	case TypeRecordReference:
		return w.normalizeReference(attr, v)
	case TypeActorReference:
		return w.normalizeActor(v)
	case TypeLocation:
		return normalizeLocation(v)
	case TypeDomain:
		return normalizeDomain(v)
	case TypeEmailAddress:
		return normalizeEmail(v)
	case TypePhoneNumber:
		return normalizePhone(v)
	case TypePersonalName:
		return normalizeName(v)
	}
	return nil, problem("has type %s, which apps cannot write", attr.Type)
}

// asList is the list of values a write gives: Attio takes a list for every attribute, and a
// lone value for a single one.
func asList(raw any) []any {
	switch v := raw.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{raw}
}

// unwrap returns obj[key] when v is an object (the `{value: ...}` write forms), else v.
func unwrap(v any, key string) any {
	if m, ok := v.(map[string]any); ok {
		return m[key]
	}
	return v
}

// show quotes a written value for an error message, keeping it short.
func show(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if s := string(raw); len(s) <= 80 {
		return s
	}
	return string(raw[:77]) + "..."
}

func normalizeText(v any) (map[string]any, error) {
	s, ok := unwrap(v, "value").(string)
	if !ok {
		return nil, problem("expects text, but got %s", show(v))
	}
	return map[string]any{"value": s}, nil
}

func normalizeNumber(v any) (map[string]any, error) {
	n, ok := unwrap(v, "value").(float64)
	if !ok {
		return nil, problem("expects a number, but got %s", show(v))
	}
	return map[string]any{"value": n}, nil
}

func normalizeCheckbox(v any) (map[string]any, error) {
	switch b := unwrap(v, "value").(type) {
	case bool:
		return map[string]any{"value": b}, nil
	case string:
		if b == "true" || b == "false" {
			return map[string]any{"value": b == "true"}, nil
		}
	}
	return nil, problem("expects true or false, but got %s", show(v))
}

func normalizeCurrency(v any, defaultCode string) (map[string]any, error) {
	code := defaultCode
	if m, ok := v.(map[string]any); ok {
		if c, ok := m["currency_code"].(string); ok && c != "" {
			code = strings.ToUpper(c)
		}
	}
	n, ok := unwrap(v, "currency_value").(float64)
	if !ok {
		return nil, problem("expects an amount (a number or {currency_value}), but got %s",
			show(v))
	}
	if len(code) != 3 {
		return nil, problem("has currency code %q, which is not an ISO 4217 code", code)
	}
	return map[string]any{"currency_value": n, "currency_code": code}, nil
}

func normalizeDate(v any) (map[string]any, error) {
	s, ok := unwrap(v, "value").(string)
	if !ok {
		return nil, problem("expects a date (YYYY-MM-DD), but got %s", show(v))
	}
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return nil, problem("%s is not a date: write it as YYYY-MM-DD", show(v))
	}
	return map[string]any{"value": s}, nil
}

func normalizeTimestamp(v any) (map[string]any, error) {
	s, ok := unwrap(v, "value").(string)
	if !ok {
		return nil, problem("expects an ISO 8601 timestamp, but got %s", show(v))
	}
	t, ok := parseInstant(s)
	if !ok {
		return nil, problem("%s is not an ISO 8601 timestamp such as 2024-05-01T09:30:00Z",
			show(v))
	}
	return map[string]any{"value": t.String()}, nil
}

func normalizeRating(v any) (map[string]any, error) {
	n, ok := unwrap(v, "value").(float64)
	if !ok || n != math.Trunc(n) || n < 0 || n > 5 {
		return nil, problem("expects a whole number from 0 to 5, but got %s", show(v))
	}
	return map[string]any{"value": n}, nil
}
