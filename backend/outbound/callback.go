package outbound

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"attio-studio/backend/webhooks"
)

// Callback is a request a mock answer schedules to the app's webhook handlers, the way a third
// party calls back once it has done the work it was asked for. Header values and the body may
// hold {{...}} placeholders (see template.go).
type Callback struct {
	// AfterMs is counted from when the answer was sent.
	AfterMs int `json:"afterMs,omitempty"`
	// Webhook is the handler file name, as given to createWebhookHandler({fileName}); every
	// handler registered for it receives the request.
	Webhook string            `json:"webhook"`
	Method  string            `json:"method,omitempty"` // "" means POST
	Headers map[string]string `json:"headers,omitempty"`
	// Body is a JSON value. A JSON string is sent as its text; anything else is sent as JSON.
	Body json.RawMessage `json:"body,omitempty"`
	// Sign, when set, signs the rendered body into a header, as the third party would.
	Sign *webhooks.Signing `json:"sign,omitempty"`
}

// DeliverFunc hands a scheduled callback to the webhook handlers registered for fileName.
// cause is the id of the call whose request scheduled it ("" when none was recorded), so the
// delivery can be shown under that call. req's URL is only a path: the receiver points it at
// each handler. It returns once the handlers have answered.
type DeliverFunc func(ctx context.Context, fileName string, req *http.Request, cause string) error

// callbackTimeout bounds one delivery, so Close never waits on a handler forever.
const callbackTimeout = time.Minute

func (cb *Callback) validate() error {
	if strings.TrimSpace(cb.Webhook) == "" {
		return errors.New("webhook is empty; give the handler's file name, such as " +
			"\"lead-processed\" for src/webhooks/lead-processed.webhook.ts")
	}
	if cb.AfterMs < 0 {
		return fmt.Errorf("afterMs %d is negative", cb.AfterMs)
	}
	if cb.Method != "" && !methodToken.MatchString(cb.Method) {
		return fmt.Errorf("method %q is not an HTTP method", cb.Method)
	}
	if err := validateHeaders("headers", cb.Headers); err != nil {
		return err
	}
	for _, value := range cb.Headers {
		if err := checkTemplate(value); err != nil {
			return fmt.Errorf("headers: %w", err)
		}
	}
	if len(cb.Body) > 0 {
		if !json.Valid(cb.Body) {
			return errors.New("body is not a JSON value")
		}
		if err := checkTemplate(string(cb.Body)); err != nil {
			return fmt.Errorf("body: %w", err)
		}
	}
	if cb.Sign != nil {
		if err := cb.Sign.Validate(); err != nil {
			return fmt.Errorf("sign: %w", err)
		}
	}
	return nil
}

// request renders the callback with the values of the exchange that scheduled it.
func (cb *Callback) request(ctx context.Context, v *exchangeValues) (*http.Request, error) {
	var body []byte
	var contentType string
	if len(cb.Body) > 0 {
		rendered, err := v.renderJSON(cb.Body)
		if err != nil {
			return nil, err
		}
		// Sent compact, as services send JSON, whatever the layout of the studio file.
		body, contentType = jsonBody(compact(rendered))
	}
	method := strings.ToUpper(cb.Method)
	if method == "" {
		method = http.MethodPost
	}
	req, err := http.NewRequestWithContext(ctx, method, "/", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("build the callback to %s: %w", cb.Webhook, err)
	}
	for name, value := range cb.Headers {
		// A value taken from a body may hold line breaks, which no header can carry.
		req.Header.Set(name, strings.Map(dropControl, v.renderText(value)))
	}
	if contentType != "" && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", contentType)
	}
	if cb.Sign != nil {
		cb.Sign.Apply(req.Header, body)
	}
	return req, nil
}

// scheduler runs callbacks after their delay and stops the ones still waiting on close.
type scheduler struct {
	afterFunc func(time.Duration, func()) (stop func() bool)
	ctx       context.Context
	cancel    context.CancelFunc
	wg        sync.WaitGroup

	mu      sync.Mutex
	closed  bool
	next    uint64
	pending map[uint64]func() bool
}

func newScheduler(afterFunc func(time.Duration, func()) func() bool) *scheduler {
	if afterFunc == nil {
		afterFunc = func(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &scheduler{afterFunc: afterFunc, ctx: ctx, cancel: cancel,
		pending: map[uint64]func() bool{}}
}

// schedule runs f after d unless the scheduler is closed first. It reports false when closed.
func (s *scheduler) schedule(d time.Duration, f func(ctx context.Context)) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.next++
	id := s.next
	s.wg.Add(1)
	s.pending[id] = s.afterFunc(d, func() {
		defer s.wg.Done()
		s.mu.Lock()
		delete(s.pending, id)
		closed := s.closed
		s.mu.Unlock()
		if !closed {
			f(s.ctx)
		}
	})
	return true
}

// waiting is the number of callbacks whose delay has not passed.
func (s *scheduler) waiting() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// close drops the callbacks still waiting, cancels the ones being delivered and waits for them.
func (s *scheduler) close() {
	s.mu.Lock()
	s.closed = true
	pending := s.pending
	s.pending = map[uint64]func() bool{}
	s.mu.Unlock()
	for _, stop := range pending {
		if stop() {
			s.wg.Done()
		}
	}
	s.cancel()
	s.wg.Wait()
}

// scheduleCallback arranges for cb to reach its webhook handlers after its delay.
func (c *Client) scheduleCallback(cb *Callback, v *exchangeValues, cause string) {
	log := c.logger.With("webhook", cb.Webhook, "call", cause)
	if c.deliver == nil {
		log.Warn("a mock rule's callback was dropped: the studio gave no way to deliver it")
		return
	}
	after := time.Duration(cb.AfterMs) * time.Millisecond
	ok := c.callbacks.schedule(after, func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, callbackTimeout)
		defer cancel()
		req, err := cb.request(ctx, v)
		if err == nil {
			err = c.deliver(ctx, cb.Webhook, req, cause)
		}
		if err != nil {
			// The deliverer records what it could not deliver where the user looks; this
			// line is for whoever reads the studio's log.
			log.Warn("a mock rule's callback failed", "err", err)
			return
		}
		log.Debug("mock callback delivered")
	})
	if ok {
		log.Debug("mock callback scheduled", "afterMs", cb.AfterMs)
	}
}

func dropControl(r rune) rune {
	if r == '\r' || r == '\n' || r == 0 {
		return -1
	}
	return r
}
