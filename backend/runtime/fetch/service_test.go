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

func TestServiceFollowsRedirects(t *testing.T) {
	var seen []string
	s := Service{Do: func(ctx context.Context, req *http.Request) (*http.Response, error) {
		body := ""
		if req.Body != nil {
			b, _ := io.ReadAll(req.Body)
			body = string(b)
		}
		seen = append(seen, req.Method+" "+req.URL.String()+" "+body+" "+req.Header.Get("Authorization")+
			" "+req.Header.Get("Content-Type"))
		h := http.Header{}
		status := 200
		switch req.URL.Path {
		case "/a":
			h.Set("Location", "/b")
			status = 303
		case "/b":
			h.Set("Location", "https://other.test/c?x=1")
			status = 307
		case "/bad":
			h.Set("Location", "ftp://files.test/x")
			status = 302
		case "/no-location":
			status = 301
		}
		return &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(strings.NewReader("ok"))}, nil
	}}
	got, err := s.Fetch(context.Background(), Request{Method: "POST", URL: "https://a.test/a",
		Body: []byte("x"), Header: [][2]string{{"Authorization", "Bearer t"}, {"Content-Type", "text/plain"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != "https://other.test/c?x=1" || !got.Redirected || got.Status != 200 {
		t.Errorf("response %+v", got)
	}
	want := []string{
		"POST https://a.test/a x Bearer t text/plain",
		"GET https://a.test/b  Bearer t ", // 303: GET, no body, no content headers
		"GET https://other.test/c?x=1   ", // another origin: no Authorization
	}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("hops (-want +got):\n%s", diff)
	}

	if _, err := s.Fetch(context.Background(), Request{Method: "GET", URL: "https://a.test/bad"}); err == nil ||
		!strings.Contains(err.Error(), "which is not an http(s) URL") {
		t.Errorf("redirect to ftp: %v", err)
	}
	if r, err := s.Fetch(context.Background(), Request{Method: "GET", URL: "https://a.test/no-location"}); err != nil ||
		r.Status != 301 || r.Redirected {
		t.Errorf("a 301 without Location is the response: %+v, %v", r, err)
	}
}
