// Package console is the server runtime's console: console.log/info/warn/error/debug format
// their arguments like a browser console and each line goes to the call record.
package console

import (
	_ "embed"
	"fmt"
	"log/slog"
	"unicode/utf8"

	"github.com/dop251/goja"

	"attio-studio/backend/calllog"
	"attio-studio/backend/runtime/host"
)

// MaxLineBytes caps one console line in the call record; an app logging a huge object should
// not fill the store.
const MaxLineBytes = 16 << 10

// Sink is where console lines go: the call's record and, at debug level, the studio's log.
type Sink struct {
	Record *calllog.Recorder
	Logger *slog.Logger
}

// Write records one line. Levels other than log/info/warn/error/debug are recorded as "log".
func (s Sink) Write(level, text string) {
	switch level {
	case "log", "info", "warn", "error", "debug":
	default:
		level = "log"
	}
	text = capLine(text)
	s.Record.Console(level, text)
	if s.Logger != nil {
		s.Logger.Debug("app console", "level", level, "text", text, "call", s.Record.ID())
	}
}

func capLine(text string) string {
	if len(text) <= MaxLineBytes {
		return text
	}
	cut := MaxLineBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut] + fmt.Sprintf("… (%d more bytes)", len(text)-cut)
}

//go:embed inspect.js
var inspectJS string

var shim = host.NewShim("console.js", inspectJS)

type internalsKey struct{}

// ModuleName is the console module's name, for host.Env.Ensure.
const ModuleName = "console"

// Module installs the global console.
func Module() host.Module {
	return host.Module{Name: ModuleName, Globals: []string{"console"}, Install: install}
}

func install(env *host.Env) error {
	sink := Sink{Record: env.Record, Logger: env.Logger}
	internals, err := shim.Run(env, map[string]any{
		"write":        sink.Write,
		"mapStack":     env.MapStack,
		"promiseState": promiseState,
	})
	if err != nil {
		return err
	}
	env.Store(internalsKey{}, internals)
	return nil
}

func promiseState(p *goja.Promise) string {
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return "<fulfilled>"
	case goja.PromiseStateRejected:
		return "<rejected>"
	}
	return "<pending>"
}

// Format formats values the way console.log would, for other modules that write console-like
// lines (for example an uncaught error in a timer callback). It needs the module installed.
func Format(env *host.Env, values ...goja.Value) string {
	if err := env.Ensure(ModuleName); err != nil {
		return fmt.Sprint(values)
	}
	internals, _ := env.Load(internalsKey{}).(*goja.Object)
	format, err := host.Func(internals, "format")
	if err != nil {
		return fmt.Sprint(values)
	}
	v, err := format(goja.Undefined(), env.VM.NewArray(toAny(values)...))
	if err != nil {
		return fmt.Sprint(values)
	}
	return v.String()
}

// Uncaught records an error that escaped app code with no one to catch it, the way a browser
// console shows "Uncaught Error: ...".
func Uncaught(env *host.Env, prefix string, value goja.Value) {
	Sink{Record: env.Record, Logger: env.Logger}.Write("error", prefix+" "+Format(env, value))
}

func toAny(values []goja.Value) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}
