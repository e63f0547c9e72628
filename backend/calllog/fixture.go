package calllog

import (
	"encoding/json"
	"time"
)

// FixtureFormat names the test-fixture JSON document.
const FixtureFormat = "attio-studio/fixture"

// fixtureAbout heads every fixture file, so that a developer who finds one in a test folder
// knows its shape and how to use it without the studio or this code.
var fixtureAbout = []string{
	"Recorded by Attio App Studio: each case is one run of the app's server code, with what",
	"it was given, what it answered, and what the outside world answered it.",
	"  kind      server-function | webhook | event",
	"  name      the server function id (its file under src/ without .ts), webhook handler or event",
	"  file      the app file that handled it, when known",
	"  args      the arguments in order; a webhook gets its request {method, url, headers, body},",
	"            an event [{connection}]",
	"  result    what it returned (a webhook: {status, headers, body}); absent when it threw",
	"  error     what it threw, {name, message}; absent when it returned",
	"  outbound  every request it made, in order: {method, url, headers, body} and the answer,",
	"            response {status, headers, body}, or error when the request failed",
	"  clock     every reading of the clock (Date.now(), new Date(), performance.now()) in Unix",
	"            milliseconds, in order; timeOrigin is performance.timeOrigin",
	"  seed      the seed of its random numbers in the studio (for the studio's replay only)",
	"To replay a case in your tests: answer fetch with outbound[] in order, matching method and",
	"url; make Date.now() return clock[] in order; call the file's default export with args;",
	"expect result (or a throw matching error). Credentials in headers are redacted.",
}

// Fixture is calls exported for a developer's own test suite: the server-side calls among them
// (server functions, webhooks, events) as cases of inputs, outputs and outbound answers.
type Fixture struct {
	Format   string        `json:"format"`
	About    []string      `json:"about"`
	App      string        `json:"app,omitempty"`
	Recorded time.Time     `json:"recorded"`
	Cases    []FixtureCase `json:"cases"`
}

// FixtureCase is one server-side call.
type FixtureCase struct {
	CallID     string            `json:"callId"`
	Kind       Kind              `json:"kind"`
	Name       string            `json:"name"`
	File       string            `json:"file,omitempty"`
	Args       json.RawMessage   `json:"args"`
	Result     json.RawMessage   `json:"result,omitempty"`
	Error      *FixtureError     `json:"error,omitempty"`
	Outbound   []FixtureExchange `json:"outbound"`
	Clock      []float64         `json:"clock,omitempty"`
	TimeOrigin float64           `json:"timeOrigin,omitempty"`
	Seed       string            `json:"seed,omitempty"`
}

// FixtureError is what a case threw.
type FixtureError struct {
	Name    string `json:"name,omitempty"`
	Message string `json:"message"`
}

// FixtureExchange is one outbound request and its answer. Truncated says a body was cut at
// MaxBodyBytes when it was recorded.
type FixtureExchange struct {
	Method    string            `json:"method"`
	URL       string            `json:"url"`
	Headers   map[string]string `json:"headers,omitempty"`
	Body      string            `json:"body,omitempty"`
	Response  *FixtureResponse  `json:"response,omitempty"`
	Error     string            `json:"error,omitempty"`
	Truncated bool              `json:"truncated,omitempty"`
}

// FixtureResponse is the answer to an outbound request.
type FixtureResponse struct {
	Status  int               `json:"status"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    string            `json:"body,omitempty"`
}

// ServerSide reports whether k runs the app's server code.
func ServerSide(k Kind) bool {
	return k == KindServerFunction || k == KindWebhook || k == KindEvent
}

// NewFixture returns the finished server-side calls among calls as a fixture of app, oldest
// first. fileOf names the app file of a call's handler, "" when unknown; it may be nil.
func NewFixture(app string, calls []Call, fileOf func(Kind, string) string) Fixture {
	f := Fixture{Format: FixtureFormat, About: fixtureAbout, App: app,
		Recorded: time.Now().UTC(), Cases: []FixtureCase{}}
	for _, c := range NewTimeline(app, calls).Calls {
		if !ServerSide(c.Kind) || c.Status == StatusRunning {
			continue
		}
		fc := newCase(c)
		if fileOf != nil {
			fc.File = fileOf(c.Kind, c.Name)
		}
		f.Cases = append(f.Cases, fc)
	}
	return f
}

func newCase(c Call) FixtureCase {
	fc := FixtureCase{CallID: c.ID, Kind: c.Kind, Name: c.Name, Args: c.Args,
		Outbound: []FixtureExchange{}}
	if fc.Args == nil {
		fc.Args = json.RawMessage(`[]`)
	}
	if c.Error != nil {
		fc.Error = &FixtureError{Name: c.Error.Name, Message: c.Error.Message}
	} else if fc.Result = c.Result; fc.Result == nil {
		fc.Result = json.RawMessage(`null`)
	}
	for _, r := range c.Requests {
		x := FixtureExchange{Method: r.Method, URL: r.URL, Headers: r.RequestHeaders,
			Body: r.RequestBody, Truncated: r.Truncated}
		if r.Status == 0 {
			x.Error = r.Error
		} else {
			x.Response = &FixtureResponse{Status: r.Status, Headers: r.ResponseHeaders,
				Body: r.ResponseBody}
		}
		fc.Outbound = append(fc.Outbound, x)
	}
	if w := c.World; w != nil {
		for _, us := range w.Clock {
			fc.Clock = append(fc.Clock, float64(us)/1000)
		}
		fc.TimeOrigin = float64(w.Origin) / 1000
		fc.Seed = w.Seed
	}
	return fc
}
