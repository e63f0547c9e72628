package fetch

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/blob"
	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/dom"
	"attio-studio/backend/runtime/encoding"
	"attio-studio/backend/runtime/host"
)

var (
	//go:embed headers.js
	headersJS string
	//go:embed body.js
	bodyJS string
	//go:embed messages.js
	messagesJS string

	headersShim  = host.NewShim("headers.js", headersJS)
	bodyShim     = host.NewShim("body.js", bodyJS)
	messagesShim = host.NewShim("messages.js", messagesJS)
)

type internalsKey struct{}

// ModuleName is the fetch module's name, for host.Env.Ensure.
const ModuleName = "fetch"

// Module installs fetch, Headers, Request and Response. It needs URL, URLSearchParams, the
// console, the dom module (AbortSignal) and the blob module (Blob and FormData bodies).
func Module(s Service) host.Module {
	return host.Module{Name: ModuleName, Globals: []string{"fetch", "Headers", "Request", "Response"},
		Install: func(env *host.Env) error {
			return install(env, s)
		}}
}

func install(env *host.Env, s Service) error {
	vm := env.VM
	headers, err := headersShim.Run(env, nil)
	if err != nil {
		return err
	}
	blobs, err := blob.Internals(env)
	if err != nil {
		return err
	}
	doms, err := dom.Internals(env)
	if err != nil {
		return err
	}
	body, err := bodyShim.Run(env, map[string]any{
		"blob":   blobs,
		"encode": func(text string) goja.ArrayBuffer { return vm.NewArrayBuffer([]byte(text)) },
		"decode": func(b []byte) string {
			s, _ := encoding.Decode(b, false, false) // never fails when not fatal
			return s
		},
		"warn": func(text string) {
			console.Sink{Record: env.Record, Logger: env.Logger}.Write("warn", text)
		},
	})
	if err != nil {
		return err
	}
	hostObj := map[string]any{
		// fetch starts a request and returns {promise, cancel}; the JavaScript fetch cancels it
		// when its AbortSignal aborts.
		"fetch": func(method, url string, header [][]string, body goja.Value,
			redirect string) map[string]any {
			promise, cancel := env.GoCancelable("fetch "+method+" "+url, fetchWork(s,
				Request{Method: method, URL: url, Header: pairs(header), Body: bytesOf(body),
					Redirect: redirect}))
			return map[string]any{"promise": promise, "cancel": func() { cancel() }}
		},
	}
	for _, name := range []string{"Body", "extract", "init", "peek", "used"} {
		hostObj[name] = body.Get(name)
	}
	hostObj["Headers"] = headers.Get("Headers")
	hostObj["AbortSignal"] = doms.Get("AbortSignal")
	hostObj["AbortController"] = doms.Get("AbortController")
	internals, err := messagesShim.Run(env, hostObj)
	if err != nil {
		return err
	}
	env.Store(internalsKey{}, internals)
	return nil
}

// fetchWork performs the request off the loop and turns the response into the plain object the
// JavaScript fetch builds its Response from.
func fetchWork(s Service, req Request) func(ctx context.Context) host.Settle {
	return func(ctx context.Context) host.Settle {
		resp, err := s.Fetch(ctx, req)
		if err != nil {
			return host.Rejected(err)
		}
		return func(vm *goja.Runtime) (goja.Value, error) {
			obj := vm.NewObject()
			_ = obj.Set("status", resp.Status)
			_ = obj.Set("statusText", resp.StatusText)
			_ = obj.Set("url", resp.URL)
			_ = obj.Set("redirected", resp.Redirected)
			_ = obj.Set("headers", pairsValue(vm, resp.Header))
			_ = obj.Set("body", Uint8Array(vm, resp.Body))
			return obj, nil
		}
	}
}

// Uint8Array makes a JavaScript Uint8Array holding a copy of b.
func Uint8Array(vm *goja.Runtime, b []byte) goja.Value {
	ctor, _ := goja.AssertConstructor(vm.Get("Uint8Array"))
	arr, err := ctor(nil, vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), b...))))
	if err != nil {
		panic(err) // Uint8Array is a built-in; failing to call it is a broken VM
	}
	return arr
}

func pairsValue(vm *goja.Runtime, pairs [][2]string) goja.Value {
	items := make([]any, len(pairs))
	for i, p := range pairs {
		items[i] = vm.NewArray(p[0], p[1])
	}
	return vm.NewArray(items...)
}

func pairs(header [][]string) [][2]string {
	out := make([][2]string, 0, len(header))
	for _, kv := range header {
		if len(kv) == 2 {
			out = append(out, [2]string{kv[0], kv[1]})
		}
	}
	return out
}

// bytesOf copies the bytes of a Uint8Array (or returns nil for null/undefined).
func bytesOf(v goja.Value) []byte {
	if v == nil || goja.IsNull(v) || goja.IsUndefined(v) {
		return nil
	}
	if b, ok := v.Export().([]byte); ok {
		return append([]byte{}, b...)
	}
	return nil
}

// NewRequest builds the JavaScript Request a webhook handler receives. It runs on the loop of a
// VM with this module installed.
func NewRequest(env *host.Env, r Request) (goja.Value, error) {
	if err := env.Ensure(ModuleName); err != nil {
		return nil, err
	}
	internals, _ := env.Load(internalsKey{}).(*goja.Object)
	newRequest, err := host.Func(internals, "newRequest")
	if err != nil {
		return nil, err
	}
	var body goja.Value = goja.Null()
	if r.Body != nil {
		body = Uint8Array(env.VM, r.Body)
	}
	return newRequest(goja.Undefined(), env.VM.ToValue(r.Method), env.VM.ToValue(r.URL),
		pairsValue(env.VM, r.Header), body)
}

// ErrNotResponse means a value handed back by app code is not a Response.
var ErrNotResponse = fmt.Errorf("the value is not a Response")

// ReadResponse reads status, headers and body of a JavaScript Response without consuming it in
// the app's eyes. It returns ErrNotResponse when v is something else.
func ReadResponse(env *host.Env, v goja.Value) (Response, error) {
	if err := env.Ensure(ModuleName); err != nil {
		return Response{}, err
	}
	internals, _ := env.Load(internalsKey{}).(*goja.Object)
	read, err := host.Func(internals, "readResponse")
	if err != nil {
		return Response{}, err
	}
	out, err := read(goja.Undefined(), v)
	if err != nil {
		return Response{}, err
	}
	if goja.IsNull(out) {
		return Response{}, ErrNotResponse
	}
	obj := out.ToObject(env.VM)
	if obj.Get("used").ToBoolean() {
		return Response{}, fmt.Errorf("the returned Response's body was already read")
	}
	var header [][]string
	if err := env.VM.ExportTo(obj.Get("headers"), &header); err != nil {
		return Response{}, fmt.Errorf("read the returned Response's headers: %w", err)
	}
	return Response{Status: int(obj.Get("status").ToInteger()), Header: pairs(header),
		Body: bytesOf(obj.Get("body"))}, nil
}
