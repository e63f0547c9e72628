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
        ignoreBOM: Boolean(options && options.ignoreBOM) });
    }
    get encoding() { return "utf-8"; }
    get fatal() { return decoderState.get(this).fatal; }
    get ignoreBOM() { return decoderState.get(this).ignoreBOM; }
    // TODO: {stream: true} is ignored, so a character split across two chunks decodes as U+FFFD.
    decode(input) {
      const s = decoderState.get(this);
      return host.decode(bytesOf(input, "The input to decode"), s.fatal, s.ignoreBOM);
    }
    get [Symbol.toStringTag]() { return "TextDecoder"; }
  }

  for (const [name, value] of [["TextEncoder", TextEncoder], ["TextDecoder", TextDecoder]]) {
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }
})
