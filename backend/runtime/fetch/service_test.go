package fetch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestServiceFetch(t *testing.T) {
	var seen *http.Request
	var seenBody string
	s := Service{MaxBody: 8, Do: func(ctx context.Context, req *http.Request) (*http.Response, error) {
		seen = req
		if req.Body != nil {
			b, _ := io.ReadAll(req.Body)
			seenBody = string(b)
		}
		body := "ok"
		if strings.HasSuffix(req.URL.Path, "/big") {
			body = "0123456789"
		}
		return &http.Response{StatusCode: 201, Status: "201 Created",
			Header: http.Header{"Content-Type": {"text/plain"}, "Set-Cookie": {"a=1", "b=2"}},
			Body:   io.NopCloser(strings.NewReader(body))}, nil
	}}
	got, err := s.Fetch(context.Background(), Request{Method: "POST", URL: "https://a.test/x",
		Header: [][2]string{{"x-one", "1"}, {"x-one", "2"}}, Body: []byte("hi")})
	if err != nil {
		t.Fatal(err)
	}
	want := Response{Status: 201, StatusText: "Created", URL: "https://a.test/x", Body: []byte("ok"),
		Header: [][2]string{{"content-type", "text/plain"}, {"set-cookie", "a=1"}, {"set-cookie", "b=2"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("response (-want +got):\n%s", diff)
	}
	if seen.Method != "POST" || seenBody != "hi" || strings.Join(seen.Header.Values("X-One"), ",") != "1,2" {
		t.Errorf("sent %s %q %v", seen.Method, seenBody, seen.Header)
	}
	if _, err := s.Fetch(context.Background(), Request{Method: "GET", URL: "https://a.test/big"}); err == nil ||
		!strings.Contains(err.Error(), "larger than") {
		t.Errorf("oversized body: %v", err)
	}
	if _, err := (Service{}).Fetch(context.Background(), Request{Method: "GET", URL: "https://a.test"}); !errors.Is(err, ErrNoFetch) {
		t.Errorf("no client: %v", err)
	}
}
