package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
)

// method is one exported method of the studio API, called by reflection.
type method struct {
	fn   reflect.Value
	args []reflect.Type
}

var errorType = reflect.TypeFor[error]()

// methodsOf lists the exported methods of api by name.
func methodsOf(api any) map[string]method {
	v := reflect.ValueOf(api)
	methods := map[string]method{}
	for i := 0; i < v.NumMethod(); i++ {
		m := method{fn: v.Method(i)}
		for j := 0; j < m.fn.Type().NumIn(); j++ {
			m.args = append(m.args, m.fn.Type().In(j))
		}
		methods[v.Type().Method(i).Name] = m
	}
	return methods
}

// serveMethod calls the API method named in the path with the JSON array in the body.
func (s *Server) serveMethod(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("method")
	m, ok := s.methods[name]
	if !ok {
		writeJSON(w, http.StatusNotFound,
			map[string]string{"error": fmt.Sprintf("The studio has no method %q", name)})
		return
	}
	args, err := m.decode(r.Body)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": fmt.Sprintf("%s: %v", name, err)})
		return
	}
	result, err := m.call(args)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, result)
}

func (m method) decode(body io.Reader) ([]reflect.Value, error) {
	var raw []json.RawMessage
	data, err := io.ReadAll(io.LimitReader(body, 64<<20))
	if err != nil {
		return nil, err
	}
	if len(data) > 0 {
		if err := json.Unmarshal(data, &raw); err != nil {
			return nil, fmt.Errorf("the body must be a JSON array of arguments: %w", err)
		}
	}
	if len(raw) != len(m.args) {
		return nil, fmt.Errorf("takes %d arguments, got %d", len(m.args), len(raw))
	}
	values := make([]reflect.Value, len(raw))
	for i, t := range m.args {
		v := reflect.New(t)
		if err := json.Unmarshal(raw[i], v.Interface()); err != nil {
			return nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
		values[i] = v.Elem()
	}
	return values, nil
}

// call runs the method; a last result of type error becomes the returned error.
func (m method) call(args []reflect.Value) (any, error) {
	out := m.fn.Call(args)
	if n := len(out); n > 0 && out[n-1].Type() == errorType {
		if err, _ := out[n-1].Interface().(error); err != nil {
			return nil, err
		}
		out = out[:n-1]
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out[0].Interface(), nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
