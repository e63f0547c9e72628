(function (host) {
  "use strict";
  // Bodies are buffered: a Request or Response holds its bytes, and reading them marks the body
  // used. Streams are not modelled.
  const bodies = new WeakMap(); // message -> {bytes: Uint8Array | null, used: boolean}
  const blob = host.blob;

  function copyBytes(view) {
    return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  }

  // extract turns a body init into bytes and the content type it implies (or null).
  function extract(init, what) {
    if (init === undefined || init === null) return { bytes: null, type: null };
    if (typeof init === "string") {
      return { bytes: new Uint8Array(host.encode(init)), type: "text/plain;charset=UTF-8" };
    }
    if (init instanceof URLSearchParams) {
      return { bytes: new Uint8Array(host.encode(init.toString())),
        type: "application/x-www-form-urlencoded;charset=UTF-8" };
    }
    if (init instanceof ArrayBuffer) return { bytes: copyBytes(new Uint8Array(init)), type: null };
    if (ArrayBuffer.isView(init)) return { bytes: copyBytes(init), type: null };
    if (init instanceof blob.Blob) {
      const p = blob.blobParts(init);
      return { bytes: copyBytes(p.bytes), type: p.type || null };
    }
    if (init instanceof blob.FormData) {
      const form = blob.encodeForm(init);
      return { bytes: form.bytes, type: form.type };
    }
    // TODO: ReadableStream bodies are not supported (there is no ReadableStream), so apps that
    // stream an upload cannot run in the studio; every buffered body type works.
    if (typeof init === "object" && Object.getPrototypeOf(init) === Object.prototype) {
      host.warn(what + " body is a plain object, which is sent as the text \"[object Object]\"" +
        " (as in every browser). Did you mean JSON.stringify(body)?");
    }
    return extract(String(init), what);
  }

  class Body {
    get bodyUsed() { return state(this).used; }
    async arrayBuffer() { return consume(this).buffer; }
    async bytes() { return consume(this); }
    async text() { return host.decode(consume(this)); }
    async json() {
      const text = host.decode(consume(this));
      try {
        return JSON.parse(text);
      } catch (e) {
        throw new SyntaxError("The body is not valid JSON: " + e.message +
          " (it starts with " + JSON.stringify(text.slice(0, 40)) + ")");
      }
    }
    async blob() {
      return blob.newBlob(consume(this), this.headers.get("content-type") || "");
    }
    async formData() {
      return blob.decodeForm(consume(this), this.headers.get("content-type"));
    }
  }

  function state(message) {
    const s = bodies.get(message);
    if (!s) throw new TypeError("Illegal invocation: not a Request or Response");
    return s;
  }

  function consume(message) {
    const s = state(message);
    if (s.used) throw new TypeError("Body is unusable: the body has already been read");
    s.used = true;
    return s.bytes ? copyBytes(s.bytes) : new Uint8Array(0);
  }

  return {
    Body,
    extract,
    init(message, bytes) { bodies.set(message, { bytes, used: false }); },
    // peek returns the bytes without consuming them (for sending and for the host).
    peek(message) { return state(message).bytes; },
    used(message) { return state(message).used; },
  };
})
