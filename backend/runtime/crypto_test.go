package runtime

import "testing"

// Known answers: FIPS 180 "abc" digests, RFC 4231 (HMAC-SHA-2) and RFC 2202 (HMAC-SHA-1).
func TestCrypto(t *testing.T) {
	const rfc4231Case1 = `const key = await crypto.subtle.importKey("raw", new Uint8Array(20).fill(0x0b),
		{ name: "HMAC", hash: HASH }, false, ["sign", "verify"]);
		return hex(await crypto.subtle.sign("HMAC", key, utf8("Hi There")));`
	runCases(t, Services{}, []jsCase{
		{"digest SHA-1", `return hex(await crypto.subtle.digest("SHA-1", utf8("abc")));`,
			`"a9993e364706816aba3e25717850c26c9cd0d89d"`},
		{"digest SHA-256 by object name", `return hex(await crypto.subtle.digest({ name: "sha-256" }, utf8("abc")));`,
			`"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"`},
		{"digest SHA-384 of an ArrayBuffer", `return hex(await crypto.subtle.digest("SHA-384", utf8("abc").buffer));`,
			`"cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"`},
		{"digest SHA-512 of a view into a larger buffer", `const b = utf8("xabcx");
			return hex(await crypto.subtle.digest("SHA-512", new DataView(b.buffer, 1, 3)));`,
			`"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"`},
		{"digest unsupported", `return caught(() => crypto.subtle.digest("MD5", utf8("abc")));`,
			`"NotSupportedError: digest with \"MD5\" is not supported: the studio's crypto.subtle supports digest (SHA-1, SHA-256, SHA-384, SHA-512) and HMAC keys (importKey, generateKey, exportKey, sign, verify)"`},
		{"digest of a string", `return caught(() => crypto.subtle.digest("SHA-256", "abc"));`,
			`"TypeError: The data to digest must be an ArrayBuffer or an ArrayBufferView (such as a Uint8Array); encode text with new TextEncoder().encode(text)"`},
		{"HMAC-SHA-256 RFC 4231 case 1", "const HASH = 'SHA-256';" + rfc4231Case1,
			`"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"`},
		{"HMAC-SHA-384 RFC 4231 case 1", "const HASH = { name: 'SHA-384' };" + rfc4231Case1,
			`"afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6"`},
		{"HMAC-SHA-512 RFC 4231 case 1", "const HASH = 'SHA-512';" + rfc4231Case1,
			`"87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"`},
		{"HMAC-SHA-256 RFC 4231 case 2", `const key = await crypto.subtle.importKey("raw", utf8("Jefe"),
			{ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
			return hex(await crypto.subtle.sign({ name: "HMAC" }, key, utf8("what do ya want for nothing?")));`,
			`"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"`},
		{"HMAC-SHA-1 RFC 2202 case 2", `const key = await crypto.subtle.importKey("raw", utf8("Jefe"),
			{ name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
			return hex(await crypto.subtle.sign("HMAC", key, utf8("what do ya want for nothing?")));`,
			`"effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"`},
		{"webhook signature verify", `const secret = "whsec_test", body = '{"event":"lead.processed"}';
			const key = await crypto.subtle.importKey("raw", utf8(secret), { name: "HMAC", hash: "SHA-256" },
				false, ["verify", "sign"]);
			const good = await crypto.subtle.sign("HMAC", key, utf8(body));
			const bad = new Uint8Array(good.slice(0)); bad[0] ^= 1;
			return [await crypto.subtle.verify("HMAC", key, good, utf8(body)),
				await crypto.subtle.verify("HMAC", key, bad, utf8(body)),
				await crypto.subtle.verify("HMAC", key, good, utf8(body + " "))];`,
			`[true,false,false]`},
		{"key shape", `const key = await crypto.subtle.importKey("raw", new Uint8Array(32),
			{ name: "hmac", hash: "sha-256" }, true, ["sign"]);
			return [key instanceof CryptoKey, key.type, key.extractable, key.algorithm, key.usages];`,
			`[true,"secret",true,{"name":"HMAC","hash":{"name":"SHA-256"},"length":256},["sign"]]`},
		{"usage not allowed", `const key = await crypto.subtle.importKey("raw", utf8("k"),
			{ name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
			return caught(() => crypto.subtle.sign("HMAC", key, utf8("x")));`,
			`"InvalidAccessError: key.usages does not permit this operation: the key was made for verify, not sign."`},
		{"bad usage", `return caught(() => crypto.subtle.importKey("raw", utf8("k"),
			{ name: "HMAC", hash: "SHA-256" }, false, ["encrypt"]));`,
			`"SyntaxError: Cannot create a key using the specified key usages: an HMAC key can only sign and verify, not \"encrypt\"."`},
		{"no hash", `return caught(() => crypto.subtle.importKey("raw", utf8("k"), { name: "HMAC" }, false, ["sign"]));`,
			`"TypeError: importKey: HMAC needs a hash, such as {name: \"HMAC\", hash: \"SHA-256\"}"`},
		{"empty key", `return caught(() => crypto.subtle.importKey("raw", new Uint8Array(0),
			{ name: "HMAC", hash: "SHA-256" }, false, ["sign"]));`, `"DataError: An HMAC key cannot be empty."`},
		{"RSA is not supported", `return caught(() => crypto.subtle.importKey("spki", new Uint8Array(4),
			{ name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]));`,
			`"NotSupportedError: importKey with \"RSASSA-PKCS1-v1_5\" is not supported: the studio's crypto.subtle supports digest (SHA-1, SHA-256, SHA-384, SHA-512) and HMAC keys (importKey, generateKey, exportKey, sign, verify)"`},
		{"export raw and jwk", `const key = await crypto.subtle.importKey("raw", utf8("Jefe"),
			{ name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
			const jwk = await crypto.subtle.exportKey("jwk", key);
			const again = await crypto.subtle.importKey("jwk", jwk, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
			return [hex(await crypto.subtle.exportKey("raw", key)), jwk,
				hex(await crypto.subtle.sign("HMAC", again, utf8("x"))) === hex(await crypto.subtle.sign("HMAC", key, utf8("x")))];`,
			`["4a656665",{"kty":"oct","k":"SmVmZQ","alg":"HS256","ext":true,"key_ops":["sign"]},true]`},
		{"export of a non-extractable key", `const key = await crypto.subtle.importKey("raw", utf8("k"),
			{ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
			return caught(() => crypto.subtle.exportKey("raw", key));`,
			`"InvalidAccessError: The key is not extractable."`},
		{"generateKey", `const key = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign", "verify"]);
			const raw = await crypto.subtle.exportKey("raw", key);
			const sig = await crypto.subtle.sign("HMAC", key, utf8("x"));
			return [raw.byteLength, key.algorithm.length, await crypto.subtle.verify("HMAC", key, sig, utf8("x"))];`,
			`[128,1024,true]`},
		{"randomUUID", `const ids = [crypto.randomUUID(), crypto.randomUUID()];
			return [ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)), ids[0] !== ids[1]];`,
			`[true,true]`},
		{"getRandomValues", `const a = new Uint32Array(64), b = new Uint8Array(64);
			const same = crypto.getRandomValues(a) === a;
			crypto.getRandomValues(b);
			return [same, a.some((x) => x !== 0), b.some((x) => x !== 0)];`, `[true,true,true]`},
		{"getRandomValues of floats", `return caught(() => crypto.getRandomValues(new Float64Array(2)));`,
			`"TypeMismatchError: Failed to execute 'getRandomValues' on 'Crypto': The provided ArrayBufferView is of type 'Float64Array', which is not an integer array type."`},
		{"getRandomValues over quota", `return caught(() => crypto.getRandomValues(new Uint8Array(65537)));`,
			`"QuotaExceededError: Failed to execute 'getRandomValues' on 'Crypto': The ArrayBufferView's byte length (65537) exceeds the number of bytes of entropy available via this API (65536)."`},
		{"globals", `return [typeof crypto, crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto,
			Object.keys(globalThis).includes("crypto"), caught(() => new CryptoKey()) instanceof Promise];`,
			`["object",true,true,false,true]`},
	})
}
