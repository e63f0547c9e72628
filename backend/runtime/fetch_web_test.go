package runtime

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// webServer answers like a small web service: redirects of every kind, echoes, a slow endpoint
// and form bodies.
func webServer(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/redirect/"):
		n, _ := strconv.Atoi(strings.TrimPrefix(p, "/redirect/"))
		if n == 0 {
			io.WriteString(w, "arrived")
			return
		}
		w.Header().Set("Location", "/redirect/"+strconv.Itoa(n-1))
		w.WriteHeader(302)
	case p == "/loop":
		w.Header().Set("Location", "/loop")
		w.WriteHeader(301)
	case p == "/see-other" || p == "/found" || p == "/temporary" || p == "/cross":
		status := map[string]int{"/see-other": 303, "/found": 302, "/temporary": 307, "/cross": 308}[p]
		target := "/echo-request"
		if p == "/cross" {
			target = "https://other.test/echo-request"
		}
		w.Header().Set("Location", target)
		w.WriteHeader(status)
	case p == "/echo-request":
		io.WriteString(w, r.Method+"|"+string(body)+"|"+r.Header.Get("Content-Type")+"|"+
			r.Header.Get("Authorization"))
	case p == "/echo":
		w.Header().Set("Content-Type", r.Header.Get("Content-Type"))
		w.Write(body)
	case p == "/slow":
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	case p == "/form":
		w.Header().Set("Content-Type", "multipart/form-data; boundary=XyZ")
		io.WriteString(w, "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n"+
			"--XyZ\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.txt\"\r\n"+
			"Content-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n")
	default:
		w.WriteHeader(404)
	}
}

func TestFetchRedirects(t *testing.T) {
	fake := &fakeFetch{handler: webServer}
	runCases(t, Services{Fetch: fake.Do}, []jsCase{
		{"follows up to 20", `const r = await fetch("https://web.test/redirect/20");
			return [r.status, await r.text(), r.redirected, r.url];`,
			`[200,"arrived",true,"https://web.test/redirect/0"]`},
		{"fails after 20", `try { await fetch("https://web.test/redirect/21"); } catch (e) {
			return [e.message, e.cause.message]; }`,
			`["fetch failed","redirect count exceeded: more than 20 redirects, the last from https://web.test/redirect/1"]`},
		{"a redirect loop fails", `return (await caught(() => fetch("https://web.test/loop")));`,
			`"TypeError: fetch failed"`},
		{"manual returns the redirect", `const r = await fetch("https://web.test/redirect/3", { redirect: "manual" });
			return [r.status, r.headers.get("location"), r.redirected, r.url];`,
			`[302,"/redirect/2",false,"https://web.test/redirect/3"]`},
		{"error rejects", `try { await fetch("https://web.test/redirect/1", { redirect: "error" }); } catch (e) {
			return e.cause.message; }`,
			`"https://web.test/redirect/1 redirected (302) to /redirect/0, and the request's redirect mode is \"error\""`},
		{"bad mode", `return caught(() => fetch("https://web.test/", { redirect: "sideways" }));`,
			`"TypeError: 'sideways' is not a valid redirect mode (use \"follow\", \"error\" or \"manual\")"`},
		{"303 turns a POST into a GET without body", `const r = await fetch("https://web.test/see-other",
			{ method: "POST", body: "x=1", headers: { "content-type": "text/plain" } });
			return await r.text();`, `"GET|||"`},
		{"302 turns a POST into a GET", `return await (await fetch("https://web.test/found", { method: "POST", body: "x" })).text();`,
			`"GET|||"`},
		{"302 keeps a PUT", `return await (await fetch("https://web.test/found", { method: "PUT", body: "x" })).text();`,
			`"PUT|x|text/plain;charset=UTF-8|"`},
		{"307 keeps method and body", `return await (await fetch("https://web.test/temporary",
			{ method: "POST", body: "kept", headers: { Authorization: "Bearer t" } })).text();`,
			`"POST|kept|text/plain;charset=UTF-8|Bearer t"`},
		{"another origin gets no Authorization", `return await (await fetch("https://web.test/cross",
			{ method: "POST", body: "kept", headers: { Authorization: "Bearer t" } })).text();`,
			`"POST|kept|text/plain;charset=UTF-8|"`},
	})
	// Each hop is a request of its own for the outbound client (and so in the call record).
	if n := len(fake.requests()); n < 21 {
		t.Errorf("the outbound client saw %d requests, want every hop", n)
	}
}

func TestFetchSignal(t *testing.T) {
	fake := &fakeFetch{handler: webServer}
	runCases(t, Services{Fetch: fake.Do}, []jsCase{
		{"abort during the request", `const c = new AbortController();
			setTimeout(() => c.abort(), 10);
			const started = Date.now();
			try { await fetch("https://web.test/slow", { signal: c.signal }); return "not aborted"; }
			catch (e) { return [e.name, e.message, Date.now() - started < 2000]; }`,
			`["AbortError","This operation was aborted",true]`},
		{"already aborted", `const c = new AbortController(); c.abort(new Error("no thanks"));
			return caught(() => fetch("https://web.test/echo", { signal: c.signal }));`,
			`"Error: no thanks"`},
		{"AbortSignal.timeout", `try { await fetch("https://web.test/slow", { signal: AbortSignal.timeout(20) }); }
			catch (e) { return [e.name, e.message]; }`,
			`["TimeoutError","The operation was aborted due to timeout"]`},
		{"a signal that never aborts", `const r = await fetch("https://web.test/echo", { method: "POST", body: "ok",
			signal: new AbortController().signal }); return await r.text();`, `"ok"`},
		{"Request carries its signal", `const c = new AbortController();
			const req = new Request("https://web.test/slow", { signal: c.signal });
			c.abort("later");
			return [req.signal === c.signal, await caught(() => fetch(req)),
				new Request("https://web.test/").signal.aborted];`,
			`[true,"undefined: undefined",false]`},
		{"not a signal", `return caught(() => fetch("https://web.test/", { signal: {} }));`,
			`"TypeError: Failed to construct 'Request': member signal is not of type AbortSignal."`},
	})
}

func TestFetchBodies(t *testing.T) {
	fake := &fakeFetch{handler: webServer}
	runCases(t, Services{Fetch: fake.Do}, []jsCase{
		{"URLSearchParams", `const r = await fetch("https://web.test/echo", { method: "POST",
			body: new URLSearchParams({ q: "a b", n: "é" }) });
			return [r.headers.get("content-type"), await r.text()];`,
			`["application/x-www-form-urlencoded;charset=UTF-8","q=a+b&n=%C3%A9"]`},
		{"binary", `const r = await fetch("https://web.test/echo", { method: "POST",
			body: new Uint8Array([0, 255, 128, 10]).buffer });
			return [r.headers.get("content-type"), Array.from(new Uint8Array(await r.arrayBuffer()))];`,
			`["",[0,255,128,10]]`},
		{"bytes()", `const r = await fetch("https://web.test/echo", { method: "POST", body: new Int16Array([1, 256]) });
			const b = await r.bytes(); return [b instanceof Uint8Array, Array.from(b)];`, `[true,[1,0,0,1]]`},
		{"Blob", `const r = await fetch("https://web.test/echo", { method: "POST",
			body: new Blob(["hi ", new Uint8Array([0x21])], { type: "Text/Plain" }) });
			const blob = await r.blob();
			return [blob.type, blob.size, await blob.text()];`, `["text/plain",4,"hi !"]`},
		{"FormData round trip", `const form = new FormData();
			form.append("name", "Ada\nLovelace");
			form.append("cv", new Blob(["pdf bytes"], { type: "application/pdf" }), "cv.pdf");
			const r = await fetch("https://web.test/echo", { method: "POST", body: form });
			const type = r.headers.get("content-type");
			const back = await r.formData();
			const file = back.get("cv");
			return [type.startsWith("multipart/form-data; boundary="), back.get("name"),
				file instanceof File, file.name, file.type, await file.text()];`,
			`[true,"Ada\r\nLovelace",true,"cv.pdf","application/pdf","pdf bytes"]`},
		{"formData() of a multipart answer", `const form = await (await fetch("https://web.test/form")).formData();
			return [[...form.keys()], form.get("name"), form.get("cv").name, await form.get("cv").text()];`,
			`[["name","cv"],"Ada","cv.txt","hello"]`},
		{"formData() of a urlencoded answer", `const r = new Response("a=1&b=x+y",
			{ headers: { "content-type": "application/x-www-form-urlencoded" } });
			const f = await r.formData(); return [f.get("a"), f.get("b")];`, `["1","x y"]`},
		{"formData() of JSON fails", `return caught(() => Response.json({}).formData());`,
			`"TypeError: Could not parse content as FormData: the content type is 'application/json', not multipart/form-data or application/x-www-form-urlencoded"`},
		{"plain object warns and sends [object Object]", `const r = await fetch("https://web.test/echo",
			{ method: "POST", body: { a: 1 } }); return await r.text();`, `"[object Object]"`},
	})
}
