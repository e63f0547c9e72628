package studio

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attio-studio/backend/calllog"
	"attio-studio/backend/project/projecttest"
)

// The corpus of broken server code: each file breaks one of Attio's rules or fails one way, and
// each must give one clear diagnostic pointing at the app's file and line while the studio keeps
// serving other calls. The line a diagnostic must point at is marked "// <-" in the source.

// corpusTimeout keeps the infinite loops short; it is the time limit of every corpus call.
const corpusTimeout = 2 * time.Second

// brokenCall is a server function that fails when called.
type brokenCall struct {
	name string
	src  string
	// What the call's error must say. An empty wantName means the thrown value was not an Error.
	wantName, wantMessage, wantCode string
	// wantConsole, when set, means the call succeeds and the diagnostic is a console error line
	// that must contain it and the marked file:line.
	wantConsole string
}

var brokenCalls = []brokenCall{
	{name: "throw-string", wantMessage: "the lead service is down", src: `
export default async function () { // <-
  throw "the lead service is down"
}`},
	{name: "throw-string-sync", wantMessage: "sync failure", src: `
export default function () {
  throw "sync failure" // <-
}`},
	{name: "throw-object", wantMessage: "{ code: 'E_LEAD', detail: 'no phone' }", src: `
export default async function () { // <-
  throw {code: "E_LEAD", detail: "no phone"}
}`},
	{name: "throw-null", wantMessage: "null", src: `
export default async function () { // <-
  throw null
}`},
	{name: "throw-undefined", wantMessage: "undefined", src: `
export default async function () { // <-
  throw undefined
}`},
	{name: "throw-number", wantMessage: "42", src: `
export default async function () { // <-
  throw 42
}`},
	{name: "error-with-code", wantName: "Error", wantMessage: "Lead refused", wantCode: "LEAD_REFUSED",
		src: `
export default async function (name: string) {
  const error = new Error("Lead refused") as Error & {code: string} // <-
  error.code = "LEAD_REFUSED"
  throw error
}`},
	{name: "custom-error-class", wantName: "LeadError", wantMessage: "No phone for Ada",
		wantCode: "no-phone", src: `
class LeadError extends Error {
  code = "no-phone"
  constructor(message: string) {
    super(message)
    this.name = "LeadError"
  }
}
export default async function () {
  await Promise.resolve()
  throw new LeadError("No phone for Ada") // <-
}`},
	{name: "type-error", wantName: "TypeError", wantMessage: "Cannot read property 'name' of undefined",
		src: `
type Lead = {person?: {name: string}}
export default async function () {
  const lead: Lead = {}
  return lead.person!.name // <-
}`},
	{name: "reference-error", wantName: "ReferenceError", wantMessage: "sendLead is not defined",
		src: `
declare function sendLead(): void
export default async function () {
  sendLead() // <-
}`},
	{name: "stack-overflow", wantName: "RangeError", wantMessage: "Maximum call stack size exceeded",
		src: `
function score(n: number): number {
  return score(n + 1) + 1 // <-
}
export default async function () {
  return score(0)
}`},
	{name: "reject-string", wantMessage: "nope", src: `
export default function () { // <-
  return Promise.reject("nope")
}`},
	{name: "json-parse", wantName: "SyntaxError", wantMessage: "invalid character", src: `
export default async function () {
  return JSON.parse("{not json") // <-
}`},
	{name: "result-map", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "Server function broken/result-map.server returned a value that cannot be sent " +
			"to the client as JSON: result.byId is a Map, which JSON turns into {}.", src: `
export default async function () { // <-
  return {byId: new Map([["a", 1]])}
}`},
	{name: "result-set", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "result.tags is a Set, which JSON turns into {}", src: `
export default async function () { // <-
  return {tags: new Set(["vip"])}
}`},
	{name: "result-bigint", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "result.total is a BigInt (12345678901234567890n)", src: `
export default async function () { // <-
  return {total: 12345678901234567890n}
}`},
	{name: "result-function", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "result.items[2].fn is a function", src: `
export default async function () { // <-
  return {items: [1, 2, {fn() {}}]}
}`},
	{name: "result-cycle", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "result.owner.lead refers back to an object that contains it (a cycle)", src: `
export default async function () { // <-
  const lead: any = {name: "Ada"}
  lead.owner = {lead}
  return lead
}`},
	{name: "throw-map", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "threw \"Map(1) { 'a' => 1 }\", which cannot be sent to the client as JSON: error " +
			"is a Map, which JSON turns into {}", src: `
export default async function () { // <-
  throw new Map([["a", 1]])
}`},
	{name: "throw-error-with-function", wantName: "TypeError", wantCode: "not-serializable",
		wantMessage: "threw \"Error: retry later\", which cannot be sent to the client as JSON: " +
			"error.retry is a function", src: `
export default async function () {
  const error = Object.assign(new Error("retry later"), {retry: () => 1}) // <-
  throw error
}`},
	{name: "infinite-loop", wantName: "TimeoutError", wantCode: "timeout",
		wantMessage: "Server function broken/infinite-loop.server timed out after 2s while running " +
			"src/broken/infinite-loop.server.ts:", src: `
export default async function () {
  let checked = 0
  while (true) { checked++ } // <-
}`},
	{name: "never-settles", wantName: "TimeoutError", wantCode: "timeout",
		wantMessage: "while waiting for a promise that never settled (no request or timer was pending)",
		src: `
export default async function () { // <-
  await new Promise(() => {})
}`},
	{name: "sleeps-too-long", wantName: "TimeoutError", wantCode: "timeout",
		wantMessage: "while waiting for setTimeout(60000 ms) (started at src/broken/sleeps-too-long.server.ts:",
		src: `
export default async function () {
  await new Promise((resolve) => setTimeout(resolve, 60_000)) // <-
}`},
	{name: "unhandled-rejection", wantConsole: "Uncaught (in promise) Error: nobody awaited this", src: `
export default async function () {
  Promise.reject(new Error("nobody awaited this")) // <-
  await new Promise((resolve) => setTimeout(resolve, 5))
  return "returned anyway"
}`},
	{name: "throw-in-timer", wantConsole: "Uncaught Error: thrown later", src: `
export default async function () {
  setTimeout(() => { throw new Error("thrown later") }, 0) // <-
  await new Promise((resolve) => setTimeout(resolve, 20))
  return "returned anyway"
}`},
	{name: "missing-workspace-connection", wantName: "AttioNoWorkspaceConnectionError",
		wantCode:    "no-workspace-connection",
		wantMessage: "No workspace connection is set up for this app", src: `
import {getWorkspaceConnection} from "attio/server"
export default async function () {
  const connection = getWorkspaceConnection() // <-
  return connection.value.length
}`},
	{name: "missing-user-connection", wantName: "AttioNoUserConnectionError",
		wantCode:    "no-user-connection",
		wantMessage: "The current user has no connection for this app", src: `
import {getUserConnection} from "attio/server"
export default async function () {
  return getUserConnection().value // <-
}`},
	{name: "no-default-export", wantName: "TypeError", wantCode: "no-default-export",
		wantMessage: "src/broken/no-default-export.server.ts has no default export (it exports " +
			"sendLead). A server function file must `export default async function (...args)`.", src: `
export async function sendLead() { // <-
  return "sent"
}`},
	{name: "default-not-function", wantName: "TypeError", wantCode: "no-default-export",
		wantMessage: "has a default export that is not a function (42)", src: `
const answer = 42
export default answer // <-
`},
	{name: "top-level-throw", wantName: "Error", wantMessage: "ALC_API_KEY is not configured", src: `
const key = ""
if (!key) throw new Error("ALC_API_KEY is not configured") // <-
export default async function () {
  return key
}`},
	{name: "node-process-global", wantName: "ReferenceError", wantMessage: "process is not defined",
		src: `
declare const process: {env: Record<string, string>}
export default async function () {
  return process.env.ALC_API_KEY // <-
}`},
	{name: "node-buffer-global", wantName: "ReferenceError", wantMessage: "Buffer is not defined", src: `
declare const Buffer: {from(s: string): {toString(e: string): string}}
export default async function () {
  return Buffer.from("Ada").toString("base64") // <-
}`},
	{name: "attio-api-error", wantName: "Error", wantCode: "not_found",
		wantMessage: "attioFetch GET /objects/people/records/00000000-0000-4000-8000-000000000000 failed: 404",
		src: `
import {attioFetch} from "attio/server"
export default async function () {
  return attioFetch({method: "GET", path: "/objects/people/records/00000000-0000-4000-8000-000000000000"}) // <-
}`},
	{name: "fetch-no-route", wantName: "TypeError", wantMessage: "fetch failed", src: `
export default async function () {
  await fetch("http://127.0.0.1:1/never", {signal: AbortSignal.timeout(5000)}) // <-
}`},
	{name: "kv-bad-value", wantName: "TypeError",
		wantMessage: "kv.set(\"lead\") needs a JSON value: value.callback is a function.", src: `
import {experimental_kv} from "attio/server"
export default async function () {
  await experimental_kv.set("lead", {callback: () => 1}) // <-
}`},
}

// okServer is the healthy function every corpus app has, called between broken ones.
const okServer = `export default async function (name: string) {
  console.log("still serving", name)
  return {ok: true, name}
}
`

// markedLine is the 1-based line of src marked "// <-".
func markedLine(t *testing.T, src string) int {
	t.Helper()
	for i, line := range strings.Split(strings.TrimPrefix(src, "\n"), "\n") {
		if strings.Contains(line, "// <-") {
			return i + 1
		}
	}
	t.Fatalf("no line is marked // <- in\n%s", src)
	return 0
}

func openCorpusApp(t testing.TB, files map[string]string) *Session {
	t.Helper()
	return openAppWithTimeout(t, files, corpusTimeout)
}

// openAppWithTimeout opens the app in files with a fresh data file; timeout 0 is Attio's.
func openAppWithTimeout(t testing.TB, files map[string]string, timeout time.Duration) *Session {
	t.Helper()
	s, err := Open(Options{Dir: projecttest.WriteApp(t, files), CallTimeout: timeout,
		DataFile: filepath.Join(t.TempDir(), "data.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if m := s.Manifest(); m.BuildVersion == 0 {
		t.Fatalf("the corpus app does not build: %+v", m.Diagnostics)
	}
	return s
}

// callRecord calls a server function and returns its call record.
func callRecord(t testing.TB, s *Session, id string, args ...string) calllog.Call {
	t.Helper()
	raw := make([]json.RawMessage, len(args))
	for i, a := range args {
		raw[i] = json.RawMessage(a)
	}
	res, err := s.CallServerFunction(context.Background(), id, raw, "")
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	c, err := s.Call(res.CallID)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func assertServing(t *testing.T, s *Session, after string) {
	t.Helper()
	c := callRecord(t, s, "ok.server", `"`+after+`"`)
	if c.Error != nil || string(c.Result) != `{"ok":true,"name":"`+after+`"}` ||
		len(c.Console) != 1 || c.Console[0].Text != "still serving "+after {
		t.Fatalf("after %s the healthy function got %s %+v %+v", after, c.Result, c.Error, c.Console)
	}
}

func TestBrokenServerCodeGivesOneClearDiagnostic(t *testing.T) {
	files := map[string]string{"package.json": `{"name": "corpus"}`, "src/ok.server.ts": okServer}
	for _, b := range brokenCalls {
		files["src/broken/"+b.name+".server.ts"] = strings.TrimPrefix(b.src, "\n")
	}
	s := openCorpusApp(t, files)
	for _, b := range brokenCalls {
		t.Run(b.name, func(t *testing.T) {
			file := "src/broken/" + b.name + ".server.ts"
			line := markedLine(t, b.src)
			c := callRecord(t, s, "broken/"+b.name+".server")
			if b.wantConsole != "" {
				checkConsoleDiagnostic(t, c, b, file, line)
			} else {
				checkCallError(t, c, b, file, line)
			}
			assertServing(t, s, b.name)
		})
	}
}

func checkCallError(t *testing.T, c calllog.Call, b brokenCall, file string, line int) {
	t.Helper()
	e := c.Error
	if e == nil {
		t.Fatalf("the call succeeded with %s", c.Result)
	}
	if e.Name != b.wantName || !strings.Contains(e.Message, b.wantMessage) || e.Code != b.wantCode {
		t.Errorf("error %q %q (code %q)\nwant  %q %q (code %q)", e.Name, e.Message, e.Code,
			b.wantName, b.wantMessage, b.wantCode)
	}
	if e.File != file || e.Line != line || e.Column < 1 {
		t.Errorf("located at %s:%d:%d, want %s:%d", e.File, e.Line, e.Column, file, line)
	}
}

func checkConsoleDiagnostic(t *testing.T, c calllog.Call, b brokenCall, file string, line int) {
	t.Helper()
	if c.Error != nil {
		t.Fatalf("the call failed: %+v", c.Error)
	}
	var errs []string
	for _, l := range c.Console {
		if l.Level == "error" {
			errs = append(errs, l.Text)
		}
	}
	at := fmt.Sprintf("%s:%d:", file, line)
	if len(errs) != 1 || !strings.HasPrefix(errs[0], b.wantConsole) || !strings.Contains(errs[0], at) {
		t.Errorf("console errors %q\nwant one starting %q and naming %s", errs, b.wantConsole, at)
	}
}

// brokenBuild is a file that stops the app from building.
type brokenBuild struct {
	name, file, src string
	wantText        string
}

var brokenBuilds = []brokenBuild{
	{name: "syntax-error", file: "src/broken.server.ts", wantText: "Expected", src: `
export default async function (name: string { // <-
  return name
}`},
	{name: "typescript-syntax-error", file: "src/broken.server.ts", wantText: "Unexpected \"=\"", src: `
export default async function () {
  const count: = 1 // <-
  return count
}`},
	{name: "node-fs-import", file: "src/broken.server.ts",
		wantText: `"fs" is a Node.js module; Attio's server runtime has no Node APIs`, src: `
import {readFileSync} from "fs" // <-
export default async function () {
  return readFileSync("/etc/hosts", "utf8")
}`},
	{name: "node-crypto-import", file: "src/broken.server.ts",
		wantText: `"node:crypto" is a Node.js module`, src: `
import {createHmac} from "node:crypto" // <-
export default async function (body: string) {
  return createHmac("sha256", "secret").update(body).digest("hex")
}`},
	{name: "require-http", file: "src/broken.server.ts", wantText: `"http" is a Node.js module`, src: `
export default async function () {
  const http = require("http") // <-
  return typeof http.get
}`},
	{name: "client-import", file: "src/broken.server.ts",
		wantText: `Server code cannot import "attio/client"`, src: `
import {showToast} from "attio/client" // <-
export default async function () {
  await showToast({title: "from the server"})
}`},
	{name: "missing-module", file: "src/broken.server.ts", wantText: `Could not resolve "./alc-client"`,
		src: `
import {send} from "./alc-client" // <-
export default async function () {
  return send()
}`},
}

// TestBrokenBuildsKeepTheLastGoodBuildServing saves each broken file into a running app: the
// build fails with a diagnostic at the file's marked line, and the last good build keeps
// answering calls.
func TestBrokenBuildsKeepTheLastGoodBuildServing(t *testing.T) {
	s := openCorpusApp(t, map[string]string{"package.json": `{"name": "corpus-builds"}`,
		"src/ok.server.ts": okServer})
	dir := s.Project().Dir
	for _, b := range brokenBuilds {
		t.Run(b.name, func(t *testing.T) {
			path := filepath.Join(dir, filepath.FromSlash(b.file))
			if err := os.WriteFile(path, []byte(strings.TrimPrefix(b.src, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			defer os.Remove(path)
			m := s.Rebuild()
			var errs []string
			for _, d := range m.Diagnostics {
				if d.Severity == "error" {
					errs = append(errs, d.String())
				}
			}
			if len(errs) != 1 {
				t.Fatalf("got %d error diagnostics, want one: %q", len(errs), errs)
			}
			d := m.Diagnostics[0]
			if line := markedLine(t, b.src); d.File != b.file || d.Line != line ||
				!strings.Contains(d.Text, b.wantText) {
				t.Errorf("diagnostic %s\nwant %q at %s:%d", d.String(), b.wantText, b.file, line)
			}
			assertServing(t, s, b.name)
		})
	}
	if m := s.Rebuild(); len(m.Diagnostics) != 0 {
		t.Errorf("after removing the broken files: %+v", m.Diagnostics)
	}
}

func TestTheCorpusHasTwentyFiveBrokenFiles(t *testing.T) {
	if n := len(brokenCalls) + len(brokenBuilds); n < 25 {
		t.Errorf("the corpus has %d broken files, want at least 25", n)
	}
}
