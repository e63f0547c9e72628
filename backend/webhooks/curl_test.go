package webhooks

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"testing"
)

// fakeCurl stands in for curl inside the shell: it prints its arguments separated by NULs,
// then a marker and whatever it reads on stdin when told to read the body from there.
const fakeCurl = `curl() {
  stdin=no
  for a in "$@"; do printf '%s\000' "$a"; [ "$a" = "@-" ] && stdin=yes; done
  printf -- '--stdin--\000'
  if [ "$stdin" = yes ]; then cat; fi
}
`

// curlCall is what curl was asked to do.
type curlCall struct {
	method  string
	url     string
	headers []string
	body    []byte
	globoff bool
}

func runFakeCurl(t *testing.T, shell, cmd string) curlCall {
	t.Helper()
	out, err := exec.Command(shell, "-c", fakeCurl+cmd).Output()
	if err != nil {
		t.Fatalf("%s could not run\n%s\n%v", shell, cmd, err)
	}
	args, stdin, _ := bytes.Cut(out, []byte("--stdin--\x00"))
	parts := strings.Split(strings.TrimSuffix(string(args), "\x00"), "\x00")
	c := curlCall{method: "GET"}
	for i := 0; i < len(parts); i++ {
		switch parts[i] {
		case "-X":
			i++
			c.method = parts[i]
		case "-H":
			i++
			c.headers = append(c.headers, parts[i])
		case "--data-raw", "--data-binary":
			i++
			c.body = []byte(parts[i])
			if parts[i] == "@-" {
				c.body = stdin
			}
		case "--globoff":
			c.globoff = true
		default:
			c.url = parts[i]
		}
	}
	return c
}

func TestCurlQuotesEverything(t *testing.T) {
	nasty := "it's $HOME `id` \"q\" \\n\n; rm -rf / & $(echo) !!"
	tests := []struct {
		name        string
		url         string
		req         Request
		wantURL     string
		wantHeaders []string
		wantMethod  string
	}{
		{"json post", "http://127.0.0.1:8701/webhooks/abc", Request{Body: `{"a":1}`,
			Headers: []HeaderField{{"Content-Type", "application/json"}}},
			"http://127.0.0.1:8701/webhooks/abc", []string{"Content-Type: application/json"},
			"POST"},
		{"get without a body", "http://h/webhooks/a", Request{Method: "get"},
			"http://h/webhooks/a", nil, "GET"},
		{"shell characters everywhere", "http://h/webhooks/a", Request{Method: "PATCH",
			Query: "q=it's&x=$y", Body: nasty, Headers: []HeaderField{{"X-Note", nasty}}},
			"http://h/webhooks/a?q=it's&x=$y", []string{"X-Note: " + nasty, "Content-Type:"},
			"PATCH"},
		{"a body that looks like a file", "http://h/webhooks/a", Request{Body: "@/etc/passwd"},
			"http://h/webhooks/a", []string{"Content-Type:"}, "POST"},
		{"binary body", "http://h/webhooks/a", Request{Body: "\x00\x01\xff\\0 '\n"},
			"http://h/webhooks/a", []string{"Content-Type:"}, "POST"},
		{"empty header value", "http://h/webhooks/a", Request{
			Headers: []HeaderField{{"X-Empty", ""}}}, "http://h/webhooks/a",
			[]string{"X-Empty;"}, "POST"},
		{"signed", "http://h/webhooks/a", Request{Body: "{}", Headers: []HeaderField{
			{"Content-Type", "application/json"}},
			Signing: &Signing{Header: "X-Sig", Secret: "k", Encoding: EncodingBase64}},
			"http://h/webhooks/a", []string{"Content-Type: application/json",
				"X-Sig: " + (Signing{Secret: "k", Encoding: EncodingBase64}).Sign([]byte("{}"))},
			"POST"},
	}
	for _, shell := range []string{"sh", "bash"} {
		if _, err := exec.LookPath(shell); err != nil {
			continue
		}
		for _, tt := range tests {
			t.Run(shell+" "+tt.name, func(t *testing.T) {
				cmd := Curl(tt.url, tt.req)
				got := runFakeCurl(t, shell, cmd)
				if got.method != tt.wantMethod || got.url != tt.wantURL ||
					!bytes.Equal(got.body, []byte(tt.req.Body)) ||
					strings.Join(got.headers, "|") != strings.Join(tt.wantHeaders, "|") {
					t.Errorf("%s\nran as %+v", cmd, got)
				}
			})
		}
	}
}

func TestCurlGlobOffForBrackets(t *testing.T) {
	cmd := Curl("http://h/webhooks/a", Request{Query: "ids[]=1"})
	if got := runFakeCurl(t, "sh", cmd); !got.globoff || got.url != "http://h/webhooks/a?ids[]=1" {
		t.Errorf("%s ran as %+v", cmd, got)
	}
}

// TestCurlCommandReachesTheServer runs the command with the real curl against the real
// loopback server and checks the handler got the request byte for byte.
func TestCurlCommandReachesTheServer(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl is not installed")
	}
	srv, e, h := newEchoServer(t, "lead-processed")
	sign := &Signing{Header: "X-Signature", Secret: "s3cret"}
	req := Request{Method: "PUT", Query: "v=1", Body: "{\"note\":\"it's \\u00e9\"}\n",
		Headers: []HeaderField{{"Content-Type", "application/json"}, {"X-Team", "a b"}},
		Signing: sign}
	cmd, err := srv.CurlFor(context.Background(), "lead-processed", req)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("sh", "-c", cmd+" --silent --show-error").CombinedOutput()
	if err != nil {
		t.Fatalf("%s\n%s %v", cmd, out, err)
	}
	_, got, body := e.last()
	if got.Method != "PUT" || got.URL.Path != "/webhooks/"+h.ID || got.URL.RawQuery != "v=1" ||
		body != req.Body || got.Header.Get("X-Team") != "a b" ||
		got.Header.Get("X-Signature") != sign.Sign([]byte(req.Body)) {
		t.Errorf("%s\nreached the handler as %s %s %q %v", cmd, got.Method, got.URL, body,
			got.Header)
	}
}
