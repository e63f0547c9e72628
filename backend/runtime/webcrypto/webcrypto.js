(function (host) {
  "use strict";
  const DOMException = host.DOMException;
  const inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  const internal = Symbol("internal");
  const hashes = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"];
  const blockBits = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };
  const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
  const supported = "the studio's crypto.subtle supports digest (SHA-1, SHA-256, SHA-384, " +
    "SHA-512) and HMAC keys (importKey, generateKey, exportKey, sign, verify)";

  function notSupported(what) {
    return new DOMException(what + " is not supported: " + supported, "NotSupportedError");
  }

  function bytesOf(data, what) {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) {
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    }
    throw new TypeError(what + " must be an ArrayBuffer or an ArrayBufferView (such as a " +
      "Uint8Array); encode text with new TextEncoder().encode(text)");
  }

  // algorithmName normalizes "sha-256" or {name: "SHA-256"} to its registered spelling.
  function algorithmName(alg) {
    const name = typeof alg === "string" ? alg : alg && typeof alg === "object" ?
      alg.name : undefined;
    if (typeof name !== "string") {
      throw new TypeError("An algorithm must be a name or an object with a name, such as " +
        "\"SHA-256\" or {name: \"HMAC\", hash: \"SHA-256\"}");
    }
    const upper = name.toUpperCase();
    return hashes.includes(upper) || upper === "HMAC" ? upper : name;
  }

  function hashOf(alg, op) {
    const hash = alg && typeof alg === "object" ? alg.hash : undefined;
    if (hash === undefined) {
      throw new TypeError(op + ": HMAC needs a hash, such as {name: \"HMAC\", " +
        "hash: \"SHA-256\"}");
    }
    const name = algorithmName(hash);
    if (!hashes.includes(name)) throw notSupported("The hash " + JSON.stringify(name));
    return name;
  }

  function hmacParams(alg, op) {
    const name = algorithmName(alg);
    if (name !== "HMAC") throw notSupported(op + " with " + JSON.stringify(name));
    return { hash: hashOf(alg, op), length: alg.length };
  }

  function checkUsages(usages) {
    const list = Array.from(usages || []);
    for (const u of list) {
      if (u !== "sign" && u !== "verify") {
        throw new DOMException("Cannot create a key using the specified key usages: an HMAC key " +
          "can only sign and verify, not " + JSON.stringify(u) + ".", "SyntaxError");
      }
    }
    if (list.length === 0) {
      throw new DOMException("Usages cannot be empty when creating a key.", "SyntaxError");
    }
    return list;
  }

  const keys = new WeakMap(); // CryptoKey -> {bytes, hash, extractable, usages, algorithm}
  class CryptoKey {
    constructor(key) { if (key !== internal) throw new TypeError("Illegal constructor"); }
    get type() { return "secret"; }
    get extractable() { return keys.get(this).extractable; }
    get algorithm() { return keys.get(this).algorithm; }
    get usages() { return keys.get(this).usages.slice(); }
    get [Symbol.toStringTag]() { return "CryptoKey"; }
    [inspectCustom](depth, options, inspect) {
      return "CryptoKey " + inspect({ type: this.type, extractable: this.extractable,
        algorithm: this.algorithm, usages: this.usages });
    }
  }

  function newKey(bytes, hash, length, extractable, usages) {
    if (bytes.length === 0) {
      throw new DOMException("An HMAC key cannot be empty.", "DataError");
    }
    let bits = bytes.length * 8;
    if (length !== undefined) {
      const n = Number(length);
      if (!Number.isInteger(n) || n <= 0 || n > bits || n <= bits - 8) {
        throw new DOMException("The HMAC key length " + String(length) + " does not match " +
          "the key data (" + bits + " bits).", "DataError");
      }
      bits = n;
    }
    const key = new CryptoKey(internal);
    keys.set(key, { bytes: bytes.slice(), extractable: Boolean(extractable), usages,
      algorithm: Object.freeze({ name: "HMAC", hash: Object.freeze({ name: hash }),
        length: bits }) });
    return key;
  }

  function keyFor(key, alg, usage, op) {
    if (!(key instanceof CryptoKey)) throw new TypeError(op + " needs a CryptoKey");
    const name = algorithmName(alg);
    if (name !== "HMAC") throw notSupported(op + " with " + JSON.stringify(name));
    const k = keys.get(key);
    if (!k.usages.includes(usage)) {
      throw new DOMException("key.usages does not permit this operation: the key was made " +
        "for " + k.usages.join(" and ") + ", not " + usage + ".", "InvalidAccessError");
    }
    return k;
  }

  function importJWK(jwk, hash) {
    if (!jwk || typeof jwk !== "object" || jwk.kty !== "oct" || typeof jwk.k !== "string") {
      throw new DOMException("An HMAC JSON Web Key needs kty \"oct\" and a base64url k.",
        "DataError");
    }
    const want = "HS" + hash.slice(4);
    if (jwk.alg !== undefined && jwk.alg !== (hash === "SHA-1" ? "HS1" : want)) {
      throw new DOMException("The JSON Web Key's alg " + JSON.stringify(jwk.alg) +
        " does not match the hash " + hash + ".", "DataError");
    }
    const raw = host.fromBase64URL(jwk.k);
    if (raw === null) throw new DOMException("The JSON Web Key's k is not base64url.", "DataError");
    return new Uint8Array(raw);
  }

  class SubtleCrypto {
    constructor(key) { if (key !== internal) throw new TypeError("Illegal constructor"); }
    async digest(alg, data) {
      const name = algorithmName(alg);
      if (!hashes.includes(name)) throw notSupported("digest with " + JSON.stringify(name));
      return host.digest(name, bytesOf(data, "The data to digest"));
    }
    async importKey(format, keyData, alg, extractable, usages) {
      const { hash, length } = hmacParams(alg, "importKey");
      const list = checkUsages(usages);
      let bytes;
      if (format === "raw") bytes = bytesOf(keyData, "The key data").slice();
      else if (format === "jwk") bytes = importJWK(keyData, hash);
      else throw notSupported("The key format " + JSON.stringify(format));
      return newKey(bytes, hash, length, extractable, list);
    }
    async generateKey(alg, extractable, usages) {
      const { hash, length } = hmacParams(alg, "generateKey");
      const list = checkUsages(usages);
      const bits = length === undefined ? blockBits[hash] : Number(length);
      if (!Number.isInteger(bits) || bits <= 0) {
        throw new DOMException("The HMAC key length must be a positive number of bits.",
          "OperationError");
      }
      const bytes = new Uint8Array(host.randomBytes(Math.ceil(bits / 8)));
      return newKey(bytes, hash, bits, extractable, list);
    }
    async exportKey(format, key) {
      if (!(key instanceof CryptoKey)) throw new TypeError("exportKey needs a CryptoKey");
      const k = keys.get(key);
      if (!k.extractable) {
        throw new DOMException("The key is not extractable.", "InvalidAccessError");
      }
      if (format === "raw") return k.bytes.slice().buffer;
      if (format === "jwk") {
        const hash = k.algorithm.hash.name;
        return { kty: "oct", k: host.toBase64URL(k.bytes),
          alg: hash === "SHA-1" ? "HS1" : "HS" + hash.slice(4), ext: true,
          key_ops: k.usages.slice() };
      }
      throw notSupported("The key format " + JSON.stringify(format));
    }
    async sign(alg, key, data) {
      const k = keyFor(key, alg, "sign", "sign");
      return host.sign(k.algorithm.hash.name, k.bytes, bytesOf(data, "The data to sign"));
    }
    async verify(alg, key, signature, data) {
      const k = keyFor(key, alg, "verify", "verify");
      return host.verify(k.algorithm.hash.name, k.bytes, bytesOf(signature, "The signature"),
        bytesOf(data, "The data to verify"));
    }
    // TODO: encryption, key derivation and asymmetric signatures (AES, PBKDF2, HKDF, RSA,
    // ECDSA, Ed25519) are not implemented, so apps using them fail with a NotSupportedError.
    async encrypt(alg) { throw notSupported("encrypt with " + JSON.stringify(algorithmName(alg))); }
    async decrypt(alg) { throw notSupported("decrypt with " + JSON.stringify(algorithmName(alg))); }
    async deriveBits(alg) { throw notSupported("deriveBits"); }
    async deriveKey(alg) { throw notSupported("deriveKey"); }
    async wrapKey() { throw notSupported("wrapKey"); }
    async unwrapKey() { throw notSupported("unwrapKey"); }
    get [Symbol.toStringTag]() { return "SubtleCrypto"; }
  }

  const subtle = new SubtleCrypto(internal);
  class Crypto {
    constructor(key) { if (key !== internal) throw new TypeError("Illegal constructor"); }
    get subtle() { return subtle; }
    randomUUID() { return host.randomUUID(); }
    getRandomValues(array) {
      if (!integerArrays.some((c) => array instanceof c)) {
        throw new DOMException("Failed to execute 'getRandomValues' on 'Crypto': The provided " +
          "ArrayBufferView is of type '" + (array && array.constructor ?
            array.constructor.name : typeof array) + "', which is not an integer array type.",
        "TypeMismatchError");
      }
      if (array.byteLength > 65536) {
        throw new DOMException("Failed to execute 'getRandomValues' on 'Crypto': The " +
          "ArrayBufferView's byte length (" + array.byteLength + ") exceeds the number of " +
          "bytes of entropy available via this API (65536).", "QuotaExceededError");
      }
      host.fill(array);
      return array;
    }
    get [Symbol.toStringTag]() { return "Crypto"; }
  }

  const platform = Symbol.for("attio-studio.platform-object");
  const crypto = new Crypto(internal);
  for (const [name, value] of [["crypto", crypto], ["Crypto", Crypto],
    ["SubtleCrypto", SubtleCrypto], ["CryptoKey", CryptoKey]]) {
    if (typeof value === "function") {
      Object.defineProperty(value.prototype, platform, { value: name });
    }
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }
})
