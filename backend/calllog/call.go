// Package calllog records what an app did: every action, server-function call, webhook delivery
// and event, each with its console lines, outbound requests, Attio API calls, key-value operations
// and notifications. Calls are kept in the store and published to subscribers as they change.
package calllog

import (
	"encoding/json"
	"fmt"
	"time"
)

// Kind says what started a call.
type Kind string

// The kinds of call the studio records. The page starts the calls of surfaces (record and bulk
// record actions, widgets, record tabs, object actions, call-recording text actions); the
// backend starts the others.
const (
	KindRecordAction     Kind = "record-action"
	KindBulkRecordAction Kind = "bulk-record-action"
	KindWidget           Kind = "widget"
	KindRecordTab        Kind = "record-tab"
	KindObjectAction     Kind = "object-action"
	KindTextAction       Kind = "call-recording-text-action"
	KindServerFunction   Kind = "server-function"
	KindWebhook          Kind = "webhook"
	KindEvent            Kind = "event"
	KindQuery            Kind = "query"
)

var kindLabels = map[Kind]string{
	KindRecordAction:     "record action",
	KindBulkRecordAction: "bulk record action",
	KindWidget:           "record widget",
	KindRecordTab:        "record tab",
	KindObjectAction:     "object action",
	KindTextAction:       "call-recording text action",
	KindServerFunction:   "server function",
	KindWebhook:          "webhook",
	KindEvent:            "event",
	KindQuery:            "query",
}

// Label names the kind in the SDK's words, for people; an unknown kind is its own label.
func (k Kind) Label() string {
	if label, ok := kindLabels[k]; ok {
		return label
	}
	return string(k)
}

// StartedByPage reports whether the page may start a call of this kind with StartCall: the
// kinds of surfaces the user triggers or that render in the page.
func (k Kind) StartedByPage() bool {
	switch k {
	case KindRecordAction, KindBulkRecordAction, KindWidget, KindRecordTab, KindObjectAction,
		KindTextAction:
		return true
	}
	return false
}

// PageKind checks a kind the page asks to start a call of (see StartedByPage).
func PageKind(kind string) (Kind, error) {
	k := Kind(kind)
	if !k.StartedByPage() {
		return "", fmt.Errorf("the page cannot start a call of kind %q; it starts the calls of "+
			"record actions, bulk record actions, widgets, record tabs, object actions and "+
			"call-recording text actions", kind)
	}
	return k, nil
}

// Status is where a call is in its life.
type Status string

// A call is running until it finishes with ok or error.
const (
	StatusRunning Status = "running"
	StatusOK      Status = "ok"
	StatusError   Status = "error"
)

// Call is one recorded invocation. Parent is the id of the call that caused it (a server call
// made by a record action, say), empty for roots.
//
// ReplayOf is the id of the call this one replays, and ReplayMode says how it was replayed:
// ReplayLive ran the same arguments against the studio as it is now, ReplayDeterministic also
// gave the code the original's outbound answers, clock readings and random values.
type Call struct {
	ID            string          `json:"id"`
	Parent        string          `json:"parent,omitempty"`
	Kind          Kind            `json:"kind"`
	Name          string          `json:"name"`
	Args          json.RawMessage `json:"args,omitempty"`
	Result        json.RawMessage `json:"result,omitempty"`
	Error         *Error          `json:"error"`
	Status        Status          `json:"status"`
	Started       time.Time       `json:"started"`
	DurationMs    float64         `json:"durationMs"`
	Console       []ConsoleLine   `json:"console"`
	Requests      []Request       `json:"requests"`
	KV            []KVOperation   `json:"kv,omitempty"`
	Notifications []Notification  `json:"notifications,omitempty"`
	ReplayOf      string          `json:"replayOf,omitempty"`
	ReplayMode    string          `json:"replayMode,omitempty"`
	World         *World          `json:"world,omitempty"`
}

// The ways a call can be replayed.
const (
	ReplayLive          = "live"
	ReplayDeterministic = "deterministic"
)

// Error is a failure as the user should see it: the message, the stack mapped to the app's own
// sources, and the app file:line:col where it was thrown when known.
type Error struct {
	Name    string `json:"name,omitempty"`
	Message string `json:"message"`
	Code    string `json:"code,omitempty"`
	Stack   string `json:"stack,omitempty"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
}

// Error makes *Error usable as a Go error.
func (e *Error) Error() string { return e.Message }

// ConsoleLine is one console.* call from app code. AtMs is measured from the call's start.
type ConsoleLine struct {
	Level string  `json:"level"`
	Text  string  `json:"text"`
	AtMs  float64 `json:"atMs"`
}

// Request is one outbound HTTP exchange. Source says who answered: "mock" (a mock rule),
// "attio-api" (the studio's mock Attio REST API), "network", or "error" when nothing did.
// Bodies are capped at MaxBodyBytes; Truncated says a body was cut.
type Request struct {
	Method          string            `json:"method"`
	URL             string            `json:"url"`
	RequestHeaders  map[string]string `json:"requestHeaders,omitempty"`
	RequestBody     string            `json:"requestBody,omitempty"`
	Status          int               `json:"status"`
	ResponseHeaders map[string]string `json:"responseHeaders,omitempty"`
	ResponseBody    string            `json:"responseBody,omitempty"`
	Source          string            `json:"source"`
	Error           string            `json:"error,omitempty"`
	Truncated       bool              `json:"truncated,omitempty"`
	AtMs            float64           `json:"atMs"`
	DurationMs      float64           `json:"durationMs"`
}

// MaxBodyBytes caps each request or response body kept in a call record.
const MaxBodyBytes = 64 << 10

// KVOperation is one key-value store access by app code.
type KVOperation struct {
	Op    string          `json:"op"`
	Key   string          `json:"key"`
	Value json.RawMessage `json:"value,omitempty"`
	AtMs  float64         `json:"atMs"`
}

// Notification is something the app showed the user from client code: a toast, an alert, a
// confirm, a dialog, or the hiding of one. Detail holds the options the app passed.
type Notification struct {
	Type   string          `json:"type"`
	Detail json.RawMessage `json:"detail,omitempty"`
	AtMs   float64         `json:"atMs"`
}

// CapBody returns b as a string cut to MaxBodyBytes, and whether it was cut.
func CapBody(b []byte) (string, bool) {
	if len(b) <= MaxBodyBytes {
		return string(b), false
	}
	return string(b[:MaxBodyBytes]), true
}
