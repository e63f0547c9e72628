package graphql

import (
	"bytes"
	"encoding/json"
)

// orderedObject is a response object whose keys keep the order the query selected them in, as
// GraphQL requires.
type orderedObject struct {
	keys   []string
	values []any
}

func (o *orderedObject) set(key string, v any) {
	o.keys = append(o.keys, key)
	o.values = append(o.values, v)
}

// MarshalJSON writes the keys in selection order.
func (o *orderedObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		key, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		b.Write(key)
		b.WriteByte(':')
		val, err := json.Marshal(o.values[i])
		if err != nil {
			return nil, err
		}
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
