package studio

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime"
)

// ReplayResult is a replayed call and how its outcome compares with the original's. The
// outcomes compared are {"result": ...} or {"error": {"name", "message"}}, so Differences name
// paths such as "$.result.leadId"; Same is true when there are none.
type ReplayResult struct {
	CallID      string               `json:"callId"`
	OriginalID  string               `json:"originalId"`
	Mode        string               `json:"mode"`
	Result      json.RawMessage      `json:"result,omitempty"`
	Error       *calllog.Error       `json:"error,omitempty"`
	Same        bool                 `json:"same"`
	Differences []calllog.Difference `json:"differences"`
}

// ReplayCall runs the server-side call id again with the same arguments, as a new call whose
// record links to the original. Deterministic replays also give the code the original's
// outbound answers (matched by method and URL, in order), clock readings, random values and
// key-value reads (by key, in order; its writes leave the store alone), so the same code
// answers the same; a live replay runs against the studio as it is now.
func (s *Session) ReplayCall(ctx context.Context, id string, deterministic bool) (ReplayResult,
	error) {
	original, err := s.Call(id)
	if err != nil {
		return ReplayResult{}, err
	}
	if err := replayable(original); err != nil {
		return ReplayResult{}, err
	}
	rt := s.running()
	if rt == nil {
		return ReplayResult{}, errNoBuild
	}
	mode := calllog.ReplayLive
	if deterministic {
		mode = calllog.ReplayDeterministic
		ctx = runtime.WithReplay(ctx, runtime.Replay{World: original.World,
			Requests: original.Requests})
		ctx = withKVReplay(ctx, original.KV)
	}
	rec := s.calls.StartCall(calllog.Call{Kind: original.Kind, Name: original.Name,
		Args: original.Args, ReplayOf: original.ID, ReplayMode: mode})
	result, runErr := runAgain(calllog.WithRecorder(ctx, rec), rt, original)
	var call calllog.Call
	if runErr != nil {
		call = rec.Finish(nil, callError(runErr))
	} else {
		call = rec.Finish(result, nil)
	}
	diffs := calllog.Diff(outcome(original), outcome(call))
	if diffs == nil {
		diffs = []calllog.Difference{}
	}
	return ReplayResult{CallID: call.ID, OriginalID: original.ID, Mode: mode,
		Result: call.Result, Error: call.Error, Same: len(diffs) == 0, Differences: diffs}, nil
}

func replayable(c calllog.Call) error {
	if !calllog.ServerSide(c.Kind) {
		return fmt.Errorf("call %s is a %s, which runs in the page; only server functions, "+
			"webhook handlers and event handlers can be replayed", c.ID, c.Kind)
	}
	if c.Status == calllog.StatusRunning {
		return fmt.Errorf("call %s is still running; replay it once it has finished", c.ID)
	}
	return nil
}

// runAgain runs the entry point of c with c's arguments and returns what the call record keeps
// as its result.
func runAgain(ctx context.Context, rt *runtime.Runtime, c calllog.Call) (json.RawMessage,
	error) {
	switch c.Kind {
	case calllog.KindWebhook:
		req, err := webhookRequestOf(c)
		if err != nil {
			return nil, err
		}
		res, err := rt.HandleWebhook(ctx, c.Name, req)
		if err != nil {
			return nil, err
		}
		return responseSummary(res.Status, res.Header, res.Body), nil
	case calllog.KindEvent:
		var args struct {
			Connection runtime.Connection `json:"connection"`
		}
		if err := json.Unmarshal(c.Args, &args); err != nil {
			return nil, fmt.Errorf("call %s has no connection to replay with: %w", c.ID, err)
		}
		_, err := rt.RunEvent(ctx, c.Name, args.Connection)
		return nil, err
	}
	var args []json.RawMessage
	if len(c.Args) > 0 {
		if err := json.Unmarshal(c.Args, &args); err != nil {
			return nil, fmt.Errorf("the arguments of call %s are not a JSON array: %w", c.ID, err)
		}
	}
	return rt.CallFunction(ctx, c.Name, args)
}

// webhookRequestOf rebuilds the request a webhook call was delivered, from its arguments.
func webhookRequestOf(c calllog.Call) (*http.Request, error) {
	var args struct {
		Method    string            `json:"method"`
		URL       string            `json:"url"`
		Headers   map[string]string `json:"headers"`
		Body      string            `json:"body"`
		Truncated bool              `json:"truncated"`
	}
	if err := json.Unmarshal(c.Args, &args); err != nil {
		return nil, fmt.Errorf("call %s has no webhook request to replay: %w", c.ID, err)
	}
	if args.Truncated {
		return nil, fmt.Errorf("the request of call %s was larger than %d KiB and was not "+
			"kept whole, so it cannot be replayed", c.ID, calllog.MaxBodyBytes>>10)
	}
	target := args.URL
	if strings.HasPrefix(target, "/") {
		target = "http://127.0.0.1" + target
	}
	req, err := http.NewRequest(args.Method, target, strings.NewReader(args.Body))
	if err != nil {
		return nil, fmt.Errorf("rebuild the webhook request of call %s: %w", c.ID, err)
	}
	for name, value := range args.Headers {
		req.Header.Set(name, value)
	}
	return req, nil
}

// outcome is what a replay is compared on: the result, or the error's name and message (its
// stack and position may differ after an edit that does not change what the code does).
func outcome(c calllog.Call) json.RawMessage {
	var v any
	if c.Error != nil {
		v = map[string]any{"error": map[string]string{"name": c.Error.Name,
			"message": c.Error.Message}}
	} else {
		result := c.Result
		if result == nil {
			result = json.RawMessage(`null`)
		}
		v = map[string]json.RawMessage{"result": result}
	}
	raw, _ := json.Marshal(v)
	return raw
}
