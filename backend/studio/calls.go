package studio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime"
	"attio-studio/backend/webhooks"
)

// CallResult is the outcome of a server-function call: its result, or the error the app's
// client code should see thrown.
type CallResult struct {
	CallID string          `json:"callId"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *calllog.Error  `json:"error,omitempty"`
}

// CallServerFunction runs server function id with JSON arguments as a recorded call under
// parent (the client action that made it, or "").
func (s *Session) CallServerFunction(ctx context.Context, id string, args []json.RawMessage,
	parent string) (CallResult, error) {
	rt := s.running()
	if rt == nil {
		return CallResult{}, errNoBuild
	}
	return s.recordCall(ctx, id, args, parent, func(ctx context.Context) (json.RawMessage, error) {
		return rt.CallFunction(ctx, id, args)
	}), nil
}

// recordCall runs a server-function call as a recorded call: run gets a context carrying the
// call's Recorder, and its result or error ends the record.
func (s *Session) recordCall(ctx context.Context, id string, args []json.RawMessage,
	parent string, run func(context.Context) (json.RawMessage, error)) CallResult {
	rec := s.calls.Start(calllog.KindServerFunction, id, parent, joinArgs(args))
	result, err := run(calllog.WithRecorder(ctx, rec))
	if err != nil {
		call := rec.Finish(nil, callError(err))
		return CallResult{CallID: call.ID, Error: call.Error}
	}
	rec.Finish(recordedResult(rec, result), nil)
	return CallResult{CallID: rec.ID(), Result: result}
}

// joinArgs returns the JSON array of args, an empty argument as null. The call log checks the
// JSON it keeps, so the array is joined rather than encoded.
func joinArgs(args []json.RawMessage) json.RawMessage {
	size := 2
	for _, a := range args {
		size += len(a) + 1
	}
	b := make([]byte, 0, size+4*len(args))
	b = append(b, '[')
	for i, a := range args {
		if i > 0 {
			b = append(b, ',')
		}
		if len(a) == 0 {
			a = json.RawMessage("null")
		}
		b = append(b, a...)
	}
	return append(b, ']')
}

// MaxRecordedResult caps the result kept in a server call's record; the caller still gets the
// whole result. A function returning tens of megabytes would otherwise be kept in the data file
// and sent to the inspector with every update of the call.
const MaxRecordedResult = 1 << 20

// recordedResult is what the call log keeps of result: itself, or a note of its size with a
// console line saying why.
func recordedResult(rec *calllog.Recorder, result json.RawMessage) json.RawMessage {
	if len(result) <= MaxRecordedResult {
		return result
	}
	size := fmt.Sprintf("%.1f MB", float64(len(result))/1e6)
	rec.Console("warn", fmt.Sprintf("The result (%s of JSON) was returned to the caller but "+
		"not kept in the call log, which keeps results up to %d KB", size, MaxRecordedResult>>10))
	note, _ := json.Marshal(fmt.Sprintf("(a result of %s, not kept)", size))
	return note
}

// callError describes err the way the call log and the app's client code see it.
func callError(err error) *calllog.Error {
	var se *runtime.ScriptError
	if errors.As(err, &se) {
		return se.CallError()
	}
	return &calllog.Error{Name: "Error", Message: err.Error()}
}

// StartCall records the start of something the user did in the page, such as triggering a
// record action, and returns its call id; the page reports what it showed with
// RecordNotification and ends it with FinishCall.
func (s *Session) StartCall(kind calllog.Kind, name string, args json.RawMessage,
	parent string) string {
	return s.calls.Start(kind, name, parent, args).ID()
}

// RecordNotification records a toast, alert, confirm or dialog that a call showed at shownAt.
// The page says when it showed it, since its report can reach the backend a while later on a
// busy machine. App code can show one after its call has ended (from a timer, or a promise it
// did not await); that one is kept in a short call of its own under the ended call, so the
// timeline still shows who showed it.
func (s *Session) RecordNotification(callID, typ string, detail json.RawMessage,
	shownAt time.Time) error {
	if rec, ok := s.calls.Running(callID); ok {
		rec.NotifyAt(typ, detail, shownAt)
		return nil
	}
	ended, found, err := s.calls.Get(callID)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no call has the id %q", callID)
	}
	late := s.calls.Start(ended.Kind, ended.Name+" (after it ended)", callID, nil)
	late.NotifyAt(typ, detail, shownAt)
	late.Finish(nil, nil)
	return nil
}

// FinishCall ends a call started with StartCall.
func (s *Session) FinishCall(callID string, callErr *calllog.Error) error {
	rec, ok := s.calls.Running(callID)
	if !ok {
		return fmt.Errorf("no running call has the id %q", callID)
	}
	rec.Finish(nil, callErr)
	return nil
}

// Calls returns up to limit calls, newest first.
func (s *Session) Calls(limit int) ([]calllog.Call, error) {
	if limit <= 0 || limit > 10000 {
		limit = 500
	}
	return s.calls.List(limit)
}

// Call returns one call by id.
func (s *Session) Call(id string) (calllog.Call, error) {
	c, found, err := s.calls.Get(id)
	if err == nil && !found {
		err = fmt.Errorf("no call has the id %q", id)
	}
	return c, err
}

// requestSummary is how a webhook delivery appears as the arguments of its call.
func requestSummary(r *http.Request, h webhooks.Handler) json.RawMessage {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(strings.NewReader(string(body)))
	capped, truncated := calllog.CapBody(body)
	raw, _ := json.Marshal(map[string]any{
		"handlerId": h.ID, "method": r.Method, "url": r.URL.String(),
		"headers": flatten(r.Header), "body": capped, "truncated": truncated,
	})
	return raw
}

// responseSummary is how a webhook handler's answer appears as the result of its call.
func responseSummary(status int, header http.Header, body []byte) json.RawMessage {
	capped, truncated := calllog.CapBody(body)
	raw, _ := json.Marshal(map[string]any{
		"status": status, "headers": flatten(header), "body": capped, "truncated": truncated,
	})
	return raw
}

func flatten(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for k, vs := range h {
		out[k] = strings.Join(vs, ", ")
	}
	return out
}
