package runtime

import "testing"

func TestStructuredClone(t *testing.T) {
	runCases(t, Services{}, []jsCase{
		{"plain values", `return structuredClone({ a: [1, "two", null, true], n: { m: 1.5 } });`,
			`{"a":[1,"two",null,true],"n":{"m":1.5}}`},
		{"a copy, not the same object", `const o = { a: { b: 1 } }; const c = structuredClone(o);
			c.a.b = 2; return [o.a.b, c !== o];`, `[1,true]`},
		{"cycles and shared references", `const o = { name: "o" }; o.self = o; o.list = [o, o];
			const c = structuredClone(o);
			return [c.self === c, c.list[0] === c, c.list[1] === c, c !== o];`, `[true,true,true,true]`},
		{"Date, RegExp, Map, Set", `const d = new Date(0), m = new Map([[1, { x: 1 }]]), s = new Set(["a"]);
			const c = structuredClone({ d, r: /ab+c/gi, m, s });
			return [c.d instanceof Date, c.d.getTime(), String(c.r), c.m.get(1), c.m !== m, [...c.s]];`,
			`[true,0,"/ab+c/gi",{"x":1},true,["a"]]`},
		{"typed arrays share a cloned buffer", `const buf = new ArrayBuffer(4), a = new Uint8Array(buf), b = new Uint16Array(buf);
			a[0] = 7; const c = structuredClone({ a, b });
			c.a[1] = 9; return [c.a.buffer === c.b.buffer, c.a.buffer !== buf, a[1], Array.from(c.a)];`,
			`[true,true,0,[7,9,0,0]]`},
		{"errors", `const e = new RangeError("out"); e.code = "x";
			class Mine extends Error { constructor() { super("mine"); this.name = "Mine"; } }
			const c = structuredClone([e, new Mine()]);
			return [c[0] instanceof RangeError, c[0].message, c[0].code, c[1].name, c[1].message];`,
			`[true,"out",null,"Error","mine"]`},
		{"class instances become plain objects", `class P { constructor() { this.x = 1; } get y() { return 2; } }
			const c = structuredClone(new P()); return [c.constructor === Object, c];`,
			`[true,{"x":1}]`},
		{"primitive wrappers and bigint", `const c = structuredClone([Object(1), Object("s"), 10n]);
			return [typeof c[0], c[0] + 1, typeof c[2], String(c[2])];`, `["object",2,"bigint","10"]`},
		{"Blob", `const b = structuredClone(new Blob(["hi"], { type: "text/plain" }));
			return [b instanceof Blob, b.type, await b.text()];`, `[true,"text/plain","hi"]`},
		{"a function", `return caught(() => structuredClone({ f() {} }));`,
			`"DataCloneError: f() {} could not be cloned."`},
		{"a nested arrow", `try { structuredClone({ list: [1, () => 2] }); } catch (e) {
			return [e instanceof DOMException, e.name, e.code, e.message]; }`,
			`[true,"DataCloneError",25,"() => 2 could not be cloned."]`},
		{"a symbol", `return caught(() => structuredClone(Symbol("s")));`,
			`"DataCloneError: Symbol(s) could not be cloned."`},
		{"a WeakMap", `return caught(() => structuredClone(new WeakMap()));`,
			`"DataCloneError: #<WeakMap> could not be cloned."`},
		{"a Promise", `return caught(() => structuredClone(Promise.resolve()));`,
			`"DataCloneError: #<Promise> could not be cloned."`},
		{"platform objects", `return [await caught(() => structuredClone(new Headers())),
			await caught(() => structuredClone(new Request("https://a.test/"))),
			await caught(() => structuredClone(new AbortController().signal))];`,
			`["DataCloneError: Headers object could not be cloned.","DataCloneError: Request object could not be cloned.","DataCloneError: AbortSignal object could not be cloned."]`},
		{"no argument", `return caught(() => structuredClone());`,
			`"TypeError: Failed to execute 'structuredClone': 1 argument required, but only 0 present."`},
	})
}

func TestBase64(t *testing.T) {
	runCases(t, Services{}, []jsCase{
		{"btoa", `return [btoa(""), btoa("f"), btoa("fo"), btoa("foo"), btoa("\u00ff\u00fe")];`,
			`["","Zg==","Zm8=","Zm9v","//4="]`},
		{"atob", `return [atob("Zm9v"), atob("Zm8"), atob(" Zm 9v\n"), atob("//4=").charCodeAt(0)];`,
			`["foo","fo","foo",255]`},
		{"round trip of every byte", `let s = ""; for (let i = 0; i < 256; i++) s += String.fromCharCode(i);
			return atob(btoa(s)) === s;`, `true`},
		{"btoa outside Latin-1", `try { btoa("€"); } catch (e) { return [e.name, e.code, e.message]; }`,
			`["InvalidCharacterError",5,"Failed to execute 'btoa': The string to be encoded contains characters outside of the Latin1 range."]`},
		{"atob of bad input", `return [await caught(() => atob("Zm9v!")), await caught(() => atob("Z")),
			await caught(() => atob("Zm9v="))];`,
			`["InvalidCharacterError: Failed to execute 'atob': The string to be decoded is not correctly encoded.","InvalidCharacterError: Failed to execute 'atob': The string to be decoded is not correctly encoded.","InvalidCharacterError: Failed to execute 'atob': The string to be decoded is not correctly encoded."]`},
		{"argument required", `return caught(() => atob());`,
			`"TypeError: Failed to execute 'atob': 1 argument required, but only 0 present."`},
	})
}

func TestBlobAndFormData(t *testing.T) {
	runCases(t, Services{}, []jsCase{
		{"Blob", `const b = new Blob(["ab", new Uint8Array([99]), new Blob(["d"])], { type: "TEXT/plain" });
			const s = b.slice(1, -1, "x/y");
			return [b.size, b.type, await b.text(), s.size, s.type, await s.text(),
				Array.from(await b.bytes()), (await b.arrayBuffer()).byteLength,
				Object.prototype.toString.call(b)];`,
			`[4,"text/plain","abcd",2,"x/y","bc",[97,98,99,100],4,"[object Blob]"]`},
		{"File", `const f = new File(["x"], "a.txt", { type: "text/plain", lastModified: 5 });
			return [f instanceof Blob, f.name, f.lastModified, f.size, f.type];`,
			`[true,"a.txt",5,1,"text/plain"]`},
		{"Blob.stream is not there", `return caught(() => new Blob([]).stream());`,
			`"TypeError: Blob.stream() is not supported by the studio (no ReadableStream); use blob.arrayBuffer() or blob.text()"`},
		{"FormData", `const f = new FormData();
			f.append("a", "1"); f.append("a", 2); f.append("b", new Blob(["x"])); f.set("a", "3");
			const file = f.get("b");
			f.append("c", "4"); f.delete("c");
			return [[...f.keys()], f.getAll("a"), f.has("c"), file instanceof File, file.name,
				[...f.entries()].length];`,
			`[["a","b"],["3"],false,true,"blob",2]`},
		{"FormData from a form", `return caught(() => new FormData({}));`,
			`"TypeError: FormData cannot be built from a form: there is no DOM on the server"`},
	})
}

func TestTextDecoderStream(t *testing.T) {
	runCases(t, Services{}, []jsCase{
		{"a character split across chunks", `const bytes = utf8("a€b😀");
			const d = new TextDecoder(); let out = "";
			for (const b of bytes) out += d.decode(new Uint8Array([b]), { stream: true });
			return [out + d.decode(), out.length];`, `["a€b😀",5]`},
		{"an unfinished character at the end", `const d = new TextDecoder();
			return [d.decode(new Uint8Array([0x61, 0xE2, 0x82]), { stream: true }), d.decode().charCodeAt(0)];`,
			`["a",65533]`},
		{"fatal at the end of a stream", `const d = new TextDecoder("utf-8", { fatal: true });
			d.decode(new Uint8Array([0xE2]), { stream: true });
			return caught(async () => d.decode());`,
			`"TypeError: The encoded data was not valid for encoding utf-8"`},
		{"the BOM only at the start", `const d = new TextDecoder();
			const codes = (s) => Array.from(s, (c) => c.charCodeAt(0));
			return [d.decode(new Uint8Array([0xEF, 0xBB]), { stream: true }),
				codes(d.decode(new Uint8Array([0xBF, 0x68, 0xEF, 0xBB, 0xBF]), { stream: true })), d.decode()];`,
			`["",[104,65279],""]`},
	})
}
