package outbound

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"attio-studio/backend/calllog"
)

// answerAttio serves api.attio.com in-process. Such requests are never passed on to the network,
// even when no mock API is configured, because they carry the app's Attio token.
func (c *Client) answerAttio(ctx context.Context, req *http.Request) (*http.Response, bool, error) {
	if !strings.EqualFold(req.URL.Hostname(), AttioHost) {
		return nil, false, nil
	}
	if c.attio == nil {
		return nil, false, errors.New("the studio's mock Attio API is not available")
	}
	resp, err := serveInProcess(ctx, c.attio, req)
	return resp, err == nil, err
}

// serveInProcess calls h as an HTTP server would, without a socket.
func serveInProcess(ctx context.Context, h http.Handler,
	req *http.Request) (resp *http.Response, err error) {
	in := req.Clone(ctx)
	in.RequestURI = req.URL.RequestURI()
	in.Host = req.URL.Host
	in.RemoteAddr = "127.0.0.1:0"
	if req.GetBody != nil {
		if in.Body, err = req.GetBody(); err != nil {
			return nil, err
		}
	}
	w := &recorder{header: http.Header{}}
	defer func() {
		if p := recover(); p != nil {
			resp, err = nil, fmt.Errorf("the mock Attio API failed on %s %s: %v",
				req.Method, req.URL, p)
		}
	}()
	h.ServeHTTP(w, in)
	return w.response(req), nil
}

// recorder is the http.ResponseWriter of an in-process call.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (w *recorder) Header() http.Header { return w.header }

func (w *recorder) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *recorder) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.body.Write(b)
}

func (w *recorder) response(req *http.Request) *http.Response {
	w.WriteHeader(http.StatusOK)
	return newResponse(req, w.status, w.header, w.body.Bytes())
}

func newResponse(req *http.Request, status int, header http.Header, body []byte) *http.Response {
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", status, http.StatusText(status)),
		StatusCode:    status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}
}

// answerMock answers with the first matching rule, after its delay, and schedules the answer's
// callback once the answer is given.
func (c *Client) answerMock(ctx context.Context, req *http.Request) (*http.Response, bool, error) {
	r, ok := c.nextAnswer(req)
	if !ok {
		return nil, false, nil
	}
	resp, err := mockResponse(ctx, req, r)
	if err != nil {
		return nil, false, err
	}
	if r.Callback != nil {
		c.scheduleCallback(r.Callback, callbackValues(req, resp), calllog.FromContext(ctx).ID())
	}
	return resp, true, nil
}

func mockResponse(ctx context.Context, req *http.Request, r Response) (*http.Response, error) {
	if r.DelayMs > 0 {
		if err := sleep(ctx, time.Duration(r.DelayMs)*time.Millisecond); err != nil {
			return nil, fmt.Errorf("the mock answer for %s was cancelled during its delay: %w",
				req.URL, err)
		}
	}
	body, contentType := r.body()
	header := http.Header{}
	for k, v := range r.Headers {
		header.Set(k, v)
	}
	if contentType != "" && header.Get("Content-Type") == "" {
		header.Set("Content-Type", contentType)
	}
	return newResponse(req, r.status(), header, body), nil
}

// callbackValues captures what a callback template may use from the exchange. Mock responses
// are built from bytes in memory, so reading their body here costs nothing and loses nothing.
func callbackValues(req *http.Request, resp *http.Response) *exchangeValues {
	var reqBody []byte
	if req.GetBody != nil {
		if rc, err := req.GetBody(); err == nil {
			reqBody, _ = io.ReadAll(rc)
		}
	}
	respBody, _ := io.ReadAll(resp.Body)
	setResponseBody(resp, respBody)
	return &exchangeValues{method: req.Method, url: req.URL, status: resp.StatusCode,
		req: newSide(req.Header.Clone(), reqBody), resp: newSide(resp.Header.Clone(), respBody)}
}

// answerNetwork sends the request for real.
func (c *Client) answerNetwork(ctx context.Context,
	req *http.Request) (*http.Response, bool, error) {
	resp, err := c.network.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return nil, false, err
	}
	return resp, true, nil
}
