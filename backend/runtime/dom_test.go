package runtime

import "testing"

func TestDOMExceptionAndEvents(t *testing.T) {
	runCases(t, Services{}, []jsCase{
		{"DOMException", `const e = new DOMException("gone", "AbortError");
			return [e instanceof Error, e instanceof DOMException, e.name, e.message, e.code,
				DOMException.ABORT_ERR, String(e), Object.prototype.toString.call(e)];`,
			`[true,true,"AbortError","gone",20,20,"AbortError: gone","[object DOMException]"]`},
		{"DOMException defaults", `const e = new DOMException(); return [e.name, e.message, e.code];`,
			`["Error","",0]`},
		{"EventTarget", `const t = new EventTarget(), seen = [];
			const once = (e) => seen.push("once:" + e.type);
			t.addEventListener("ping", (e) => seen.push(e.type + ":" + (e.target === t)));
			t.addEventListener("ping", once, { once: true });
			t.addEventListener("ping", { handleEvent: (e) => seen.push("object") });
			t.dispatchEvent(new Event("ping"));
			t.dispatchEvent(new Event("ping"));
			return seen;`,
			`["ping:true","once:ping","object","ping:true","object"]`},
		{"removeEventListener and duplicates", `const t = new EventTarget(); let n = 0;
			const f = () => n++;
			t.addEventListener("x", f); t.addEventListener("x", f);
			t.dispatchEvent(new Event("x"));
			t.removeEventListener("x", f);
			t.dispatchEvent(new Event("x"));
			return n;`, `1`},
		{"preventDefault", `const t = new EventTarget();
			t.addEventListener("x", (e) => e.preventDefault());
			return [t.dispatchEvent(new Event("x", { cancelable: true })), t.dispatchEvent(new Event("x"))];`,
			`[false,true]`},
		{"listener errors are reported, not thrown", `const t = new EventTarget(); let after = false;
			t.addEventListener("x", () => { throw new Error("listener broke"); });
			t.addEventListener("x", () => { after = true; });
			t.dispatchEvent(new Event("x"));
			return after;`, `true`},
		{"subclassing EventTarget", `class Emitter extends EventTarget {}
			const e = new Emitter(); let got;
			e.addEventListener("y", (ev) => { got = ev.currentTarget === e; });
			e.dispatchEvent(new Event("y"));
			return got;`, `true`},
	})
}

func TestAbortController(t *testing.T) {
	runCases(t, Services{}, []jsCase{
		{"abort with default reason", `const c = new AbortController(), seen = [];
			c.signal.addEventListener("abort", () => seen.push("listener"));
			c.signal.onabort = () => seen.push("onabort");
			const before = c.signal.aborted;
			c.abort(); c.abort();
			return [before, c.signal.aborted, c.signal.reason.name, c.signal.reason.message, seen];`,
			`[false,true,"AbortError","This operation was aborted",["listener","onabort"]]`},
		{"abort with a reason", `const c = new AbortController(); c.abort("stop");
			return [c.signal.reason, await caught(async () => c.signal.throwIfAborted())];`,
			`["stop","undefined: undefined"]`},
		{"throwIfAborted", `const c = new AbortController(); c.abort(new Error("why"));
			try { c.signal.throwIfAborted(); } catch (e) { return e.message; }`, `"why"`},
		{"AbortSignal.abort", `const s = AbortSignal.abort(); return [s.aborted, s.reason instanceof DOMException];`,
			`[true,true]`},
		{"AbortSignal.timeout", `const s = AbortSignal.timeout(5);
			const reason = await new Promise((r) => s.addEventListener("abort", () => r(s.reason)));
			return [reason.name, reason.message, reason.code];`,
			`["TimeoutError","The operation was aborted due to timeout",23]`},
		{"AbortSignal.any", `const a = new AbortController(), b = new AbortController();
			const any = AbortSignal.any([a.signal, b.signal]);
			b.abort("b first"); a.abort("a later");
			return [any.aborted, any.reason, AbortSignal.any([AbortSignal.abort("done")]).reason];`,
			`[true,"b first","done"]`},
		{"listener signal removes the listener", `const t = new EventTarget(), c = new AbortController(); let n = 0;
			t.addEventListener("x", () => n++, { signal: c.signal });
			t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x"));
			return n;`, `1`},
		{"no constructor", `return caught(() => new AbortSignal());`, `"TypeError: Illegal constructor"`},
	})
}
