package webhooks

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// rawRequests are the seed corpus: well-formed, odd and broken requests.
var rawRequests = []string{
	"POST /webhooks/HANDLER HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
	"GET /webhooks/HANDLER?a=1&a=2 HTTP/1.1\r\nHost: x\r\n\r\n",
	"PUT /webhooks/HANDLER HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
		"2\r\n{}\r\n0\r\n\r\n",
	"POST /webhooks/HANDLER HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
	"POST /webhooks/HANDLER HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nshort",
	"POST /webhooks/unknown HTTP/1.1\r\nHost: x\r\n\r\n",
	"POST /webhooks/ HTTP/1.1\r\nHost: x\r\n\r\n",
	"POST /webhooks/a/b HTTP/1.1\r\nHost: x\r\n\r\n",
	"POST /webhooks/%2e%2e%2f HTTP/1.1\r\nHost: x\r\n\r\n",
	"DELETE * HTTP/1.1\r\nHost: x\r\n\r\n",
	"OPTIONS /webhooks/HANDLER HTTP/1.0\r\n\r\n",
	"BREW /webhooks/HANDLER HTTP/1.1\r\nHost: x\r\nX-\xff: \x01\r\n\r\n",
	"GET http://evil.test/webhooks/HANDLER HTTP/1.1\r\nHost: evil.test\r\n\r\n",
	"\x00\x01\x02 garbage\r\n\r\n",
	"GET /webhooks/HANDLER HTTP/9.9\r\n\r\n",
	"POST /webhooks/HANDLER HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
}

// FuzzServeHTTP feeds request bytes to the server's handler: whatever arrives, it answers
// with a status and never panics; unknown paths get 404 and bad bodies 4xx.
func FuzzServeHTTP(f *testing.F) {
	for _, raw := range rawRequests {
		f.Add([]byte(raw))
	}
	srv, handlers := newServer(f, (&echo{}).dispatch)
	h, err := handlers.Create(context.Background(), "x")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		data = bytes.ReplaceAll(data, []byte("HANDLER"), []byte(h.ID))
		req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return // net/http answers 400 before the handler runs
		}
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		status := w.Result().StatusCode
		if status < 100 || status > 599 {
			t.Fatalf("status %d", status)
		}
		id, isHandlerPath := strings.CutPrefix(req.URL.Path, "/webhooks/")
		if !isHandlerPath || id == "" || strings.Contains(id, "/") {
			if status != http.StatusNotFound {
				t.Fatalf("%s %s answered %d, want 404", req.Method, req.URL.Path, status)
			}
			return
		}
		// A handler path gets the handler's answer, or a 4xx: 404 for an unknown id, 400 for a
		// body that cannot be read (checked first), 413 for one too large.
		if is4xx := status >= 400 && status <= 499; !is4xx && !(status == 200 && id == h.ID) {
			t.Fatalf("%s answered %d: %s", req.URL, status, w.Body.String())
		}
	})
}

// TestRawRequestsNeverStopTheServer sends the corpus over real connections; after each, the
// server still serves a good delivery.
func TestRawRequestsNeverStopTheServer(t *testing.T) {
	srv, e, h := newEchoServer(t, "x")
	addr := strings.TrimPrefix(srv.BaseURL(), "http://")
	for _, raw := range rawRequests {
		raw = strings.ReplaceAll(raw, "HANDLER", h.ID)
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(3 * time.Second))
		io.WriteString(conn, raw)
		conn.(*net.TCPConn).CloseWrite()
		status, _ := bufio.NewReader(conn).ReadString('\n')
		conn.Close()
		if status != "" && !strings.HasPrefix(status, "HTTP/1.") {
			t.Errorf("%q got %q", raw, status)
		}
		// net/http itself answers an unknown protocol version with 505, the status made for it.
		if strings.Contains(status, " 5") && !strings.Contains(status, " 505 ") {
			t.Errorf("%q got a server error: %q", raw, status)
		}
		res, err := http.Post(h.URL, "text/plain", strings.NewReader("still there"))
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("after %q the server does not answer: %v", raw, err)
		}
		res.Body.Close()
		if _, _, body := e.last(); body != "still there" {
			t.Fatalf("after %q the handler got %q", raw, body)
		}
	}
}
