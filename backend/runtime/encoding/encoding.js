(function (host) {
  "use strict";
  function bytesOf(input, what) {
    if (input === undefined) return new Uint8Array(0);
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) {
      return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
    throw new TypeError(what + " must be an ArrayBuffer or an ArrayBufferView");
  }
  const labels = ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
    "x-unicode20utf8"];

  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(input = "") { return new Uint8Array(host.encode(String(input))); }
    encodeInto(source, destination) {
      if (!(destination instanceof Uint8Array)) {
        throw new TypeError("encodeInto needs a Uint8Array destination");
      }
      const [read, written] = host.encodeInto(String(source), destination);
      return { read, written };
    }
    get [Symbol.toStringTag]() { return "TextEncoder"; }
  }

  const decoderState = new WeakMap();
  class TextDecoder {
    constructor(label = "utf-8", options = {}) {
      const name = String(label).trim().toLowerCase();
      if (!labels.includes(name)) {
        // TODO: only UTF-8 is decoded; apps reading latin1 or UTF-16 payloads get a RangeError.
        throw new RangeError("The encoding label provided ('" + label +
          "') is invalid or not supported by the studio (only utf-8 is).");
      }
      decoderState.set(this, { fatal: Boolean(options && options.fatal),
        ignoreBOM: Boolean(options && options.ignoreBOM), pending: null, started: false });
    }
    get encoding() { return "utf-8"; }
    get fatal() { return decoderState.get(this).fatal; }
    get ignoreBOM() { return decoderState.get(this).ignoreBOM; }
    // decode(chunk, {stream: true}) keeps a character split across chunks for the next call;
    // a call without stream flushes what is held and starts a new stream.
    decode(input, options) {
      const s = decoderState.get(this);
      const stream = Boolean(options && options.stream);
      let bytes = bytesOf(input, "The input to decode");
      if (s.pending) {
        const joined = new Uint8Array(s.pending.length + bytes.length);
        joined.set(s.pending);
        joined.set(bytes, s.pending.length);
        bytes = joined;
        s.pending = null;
      }
      // The byte-order mark is only dropped at the start of a stream.
      const [text, held] = host.decode(bytes, s.fatal, s.ignoreBOM || s.started, stream);
      if (held > 0) s.pending = bytes.slice(bytes.length - held);
      s.started = stream && (s.started || bytes.length - held >= 3 || text.length > 0);
      return text;
    }
    get [Symbol.toStringTag]() { return "TextDecoder"; }
  }

  for (const [name, value] of [["TextEncoder", TextEncoder], ["TextDecoder", TextDecoder]]) {
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }
})
