package attiosdk

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

func answer(status int, body string, seen *http.Request) func(context.Context, *http.Request) (*http.Response, error) {
	return func(_ context.Context, req *http.Request) (*http.Response, error) {
		*seen = *req
		return &http.Response{StatusCode: status, Body: io.NopCloser(strings.NewReader(body)),
			Header: http.Header{}}, nil
	}
}

func TestAttioFetcher(t *testing.T) {
	tests := []struct {
		name       string
		req        AttioRequest
		status     int
		body       string
		wantURL    string
		wantJSON   string
		wantErr    string
		wantAPIErr *APIError
		transport  bool
	}{
		{name: "query and body", req: AttioRequest{Method: "post", Path: "/objects/people/records/query",
			Query: [][2]string{{"limit", "5"}, {"q", "a b"}}, Body: []byte(`{"filter":{}}`)},
			status: 200, body: `{"data":[]}`,
			wantURL: "https://api.attio.com/v2/objects/people/records/query?limit=5&q=a+b", wantJSON: `{"data":[]}`},
		{name: "empty 2xx body", req: AttioRequest{Method: "DELETE", Path: "/notes/n1"}, status: 204,
			wantURL: "https://api.attio.com/v2/notes/n1", wantJSON: "null"},
		{name: "attio error body", req: AttioRequest{Method: "PATCH", Path: "/objects/people/records/x"},
			status: 400, body: `{"status_code":400,"type":"invalid_request_error","code":"validation_type","message":"Bad value"}`,
			wantErr: "attioFetch PATCH /objects/people/records/x failed: 400 validation_type: Bad value",
			wantAPIErr: &APIError{Method: "PATCH", Path: "/objects/people/records/x", Status: 400,
				Type: "invalid_request_error", Code: "validation_type", Message: "Bad value"}},
		{name: "non-JSON error", req: AttioRequest{Method: "GET", Path: "/self"}, status: 502, body: "upstream",
			wantErr: "attioFetch GET /self failed: 502: upstream"},
		{name: "non-JSON success", req: AttioRequest{Method: "GET", Path: "/self"}, status: 200, body: "<html>",
			wantErr: "is not JSON", transport: true},
		{name: "bad method", req: AttioRequest{Method: "TRACE", Path: "/self"}, wantErr: `method "TRACE"`},
		{name: "relative path", req: AttioRequest{Method: "GET", Path: "self"}, wantErr: "must start with /"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen http.Request
			f := AttioFetcher{Fetch: answer(tt.status, tt.body, &seen), Token: "tok"}
			got, err := f.Do(context.Background(), tt.req)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				var apiErr *APIError
				if tt.wantAPIErr != nil && (!errors.As(err, &apiErr) || *apiErr != *tt.wantAPIErr) {
					t.Errorf("APIError = %+v", apiErr)
				}
				if tt.transport != errors.As(err, new(*TransportError)) {
					t.Errorf("transport error = %v, want %v", !tt.transport, tt.transport)
				}
				return
			}
			if err != nil || string(got) != tt.wantJSON {
				t.Fatalf("got %s, %v", got, err)
			}
			if seen.URL.String() != tt.wantURL || seen.Header.Get("Authorization") != "Bearer tok" {
				t.Errorf("sent %s with %q", seen.URL, seen.Header.Get("Authorization"))
			}
			if (tt.req.Body != nil) != (seen.Header.Get("Content-Type") == "application/json") {
				t.Errorf("Content-Type = %q", seen.Header.Get("Content-Type"))
			}
		})
	}
}

func TestAttioFetcherTransportFailure(t *testing.T) {
	f := AttioFetcher{Fetch: func(context.Context, *http.Request) (*http.Response, error) {
		return nil, errors.New("connection refused")
	}}
	_, err := f.Do(context.Background(), AttioRequest{Method: "GET", Path: "/self"})
	var te *TransportError
	if !errors.As(err, &te) || err.Error() != "attioFetch GET /self failed: connection refused" {
		t.Fatalf("err = %v", err)
	}
}

type memStore struct{ created []string }

func (m *memStore) Create(_ context.Context, f string) (WebhookHandler, error) {
	m.created = append(m.created, f)
	return WebhookHandler{ID: "h1", FileName: f}, nil
}
func (m *memStore) List(context.Context) ([]WebhookHandler, error)      { return nil, nil }
func (m *memStore) Get(context.Context, string) (WebhookHandler, error) { return WebhookHandler{}, nil }
func (m *memStore) Update(context.Context, string, string) error        { return nil }
func (m *memStore) Delete(context.Context, string) error                { return nil }

func TestHandlerServiceChecksArguments(t *testing.T) {
	ctx := context.Background()
	store := &memStore{}
	s := HandlerService{Store: store, Files: []string{"lead-processed"}}
	tests := []struct {
		fileName, wantErr string
	}{
		{"lead-processed", ""},
		{"", "needs {fileName}"},
		{"lead-processed.webhook.ts", `pass "lead-processed"`},
		{"other", "no webhook handler file src/webhooks/other.webhook.ts"},
	}
	for _, tt := range tests {
		_, err := s.Create(ctx, tt.fileName)
		if (tt.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("Create(%q) err = %v, want %q", tt.fileName, err, tt.wantErr)
		}
	}
	if len(store.created) != 1 {
		t.Errorf("store saw %v, want only the valid file", store.created)
	}
	if list, err := s.List(ctx); err != nil || list == nil {
		t.Errorf("List = %v, %v; want an empty, non-nil list", list, err)
	}
	if err := s.Delete(ctx, ""); err == nil {
		t.Error("Delete with no id succeeded")
	}
	if _, err := (HandlerService{}).List(ctx); !errors.Is(err, ErrNoWebhookStore) {
		t.Errorf("no store: %v", err)
	}
}
