(function (host) {
  "use strict";
  const inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  // A Blob holds its bytes in memory; slices copy. Streams are not modelled.
  const blobs = new WeakMap(); // blob -> {bytes: Uint8Array, type: string}

  function copyBytes(view) {
    return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  }

  function normalizeType(type) {
    const t = type === undefined ? "" : String(type);
    return /^[\x20-\x7E]*$/.test(t) ? t.toLowerCase() : "";
  }

  function partBytes(part) {
    if (part instanceof Blob) return blobs.get(part).bytes;
    if (part instanceof ArrayBuffer) return new Uint8Array(part);
    if (ArrayBuffer.isView(part)) {
      return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    }
    return new Uint8Array(host.encode(String(part)));
  }

  function concat(parts) {
    const chunks = parts.map(partBytes);
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  class Blob {
    constructor(parts = [], options = {}) {
      if (parts === null || typeof parts !== "object" ||
        typeof parts[Symbol.iterator] !== "function") {
        throw new TypeError("Blob needs an iterable of parts (strings, ArrayBuffers, views " +
          "or Blobs)");
      }
      options = options || {};
      blobs.set(this, { bytes: concat(Array.from(parts)), type: normalizeType(options.type) });
    }
    get size() { return blobs.get(this).bytes.length; }
    get type() { return blobs.get(this).type; }
    slice(start, end, contentType) {
      const bytes = blobs.get(this).bytes;
      const b = new Blob([], { type: contentType });
      blobs.get(b).bytes = copyBytes(bytes.subarray(clamp(start, bytes.length, 0),
        clamp(end, bytes.length, bytes.length)));
      return b;
    }
    async text() { return host.decode(blobs.get(this).bytes); }
    async arrayBuffer() { return copyBytes(blobs.get(this).bytes).buffer; }
    async bytes() { return copyBytes(blobs.get(this).bytes); }
    stream() {
      // TODO: ReadableStream is not implemented, so code that streams a Blob cannot run; the
      // other readers (text, arrayBuffer, bytes) work.
      throw new TypeError("Blob.stream() is not supported by the studio (no ReadableStream); " +
        "use blob.arrayBuffer() or blob.text()");
    }
    get [Symbol.toStringTag]() { return "Blob"; }
    [inspectCustom]() { return "Blob { size: " + this.size + ", type: '" + this.type + "' }"; }
  }

  function clamp(v, size, fallback) {
    if (v === undefined) return fallback;
    let n = Math.trunc(Number(v)) || 0;
    if (n < 0) n = Math.max(size + n, 0);
    return Math.min(n, size);
  }

  const files = new WeakMap(); // file -> {name, lastModified}
  class File extends Blob {
    constructor(bits, name, options = {}) {
      if (arguments.length < 2) throw new TypeError("File needs bits and a name");
      super(bits, options);
      options = options || {};
      const lm = options.lastModified === undefined ? Date.now() : Number(options.lastModified);
      files.set(this, { name: String(name), lastModified: Math.trunc(lm) || 0 });
    }
    get name() { return files.get(this).name; }
    get lastModified() { return files.get(this).lastModified; }
    get webkitRelativePath() { return ""; }
    get [Symbol.toStringTag]() { return "File"; }
    [inspectCustom]() {
      return "File { name: '" + this.name + "', size: " + this.size + ", type: '" +
        this.type + "' }";
    }
  }

  // FormData: an ordered list of [name, string | File] entries.
  const forms = new WeakMap();
  function entryValue(value, filename) {
    if (value instanceof Blob) {
      const isFile = value instanceof File;
      if (isFile && filename === undefined) return value;
      const name = filename !== undefined ? String(filename) : isFile ? value.name : "blob";
      return new File([value], name, { type: value.type,
        lastModified: isFile ? value.lastModified : undefined });
    }
    return String(value);
  }
  function formList(f) {
    const list = forms.get(f);
    if (!list) throw new TypeError("Illegal invocation: not a FormData");
    return list;
  }

  class FormData {
    constructor(form) {
      if (form !== undefined) {
        throw new TypeError("FormData cannot be built from a form: there is no DOM on the server");
      }
      forms.set(this, []);
    }
    append(name, value, filename) {
      formList(this).push([String(name), entryValue(value, filename)]);
    }
    set(name, value, filename) {
      const list = formList(this), n = String(name), v = entryValue(value, filename);
      const i = list.findIndex((e) => e[0] === n);
      if (i < 0) {
        list.push([n, v]);
        return;
      }
      list[i] = [n, v];
      for (let j = list.length - 1; j > i; j--) if (list[j][0] === n) list.splice(j, 1);
    }
    get(name) {
      const e = formList(this).find((x) => x[0] === String(name));
      return e ? e[1] : null;
    }
    getAll(name) { return formList(this).filter((x) => x[0] === String(name)).map((x) => x[1]); }
    has(name) { return formList(this).some((x) => x[0] === String(name)); }
    delete(name) {
      const list = formList(this), n = String(name);
      for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === n) list.splice(i, 1);
    }
    *entries() { for (const [k, v] of formList(this).slice()) yield [k, v]; }
    *keys() { for (const [k] of this.entries()) yield k; }
    *values() { for (const [, v] of this.entries()) yield v; }
    forEach(fn, thisArg) { for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return "FormData"; }
    [inspectCustom](depth, options, inspect) {
      return "FormData " + inspect(formList(this).map(([k, v]) => [k, v]));
    }
  }

  const platform = Symbol.for("attio-studio.platform-object");
  Object.defineProperty(FormData.prototype, platform, { value: "FormData" });
  for (const [name, value] of [["Blob", Blob], ["File", File], ["FormData", FormData]]) {
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }

  return {
    Blob, File, FormData,
    // For fetch bodies: a Blob's bytes and type.
    blobParts(b) { const s = blobs.get(b); return { bytes: s.bytes, type: s.type }; },
    newBlob(bytes, type) {
      const b = new Blob([], { type });
      blobs.get(b).bytes = bytes;
      return b;
    },
    // encodeForm turns a FormData into a multipart/form-data body and its content type.
    encodeForm(f) {
      const parts = formList(f).map(([name, v]) => typeof v === "string" ?
        { name, value: v } :
        { name, filename: v.name, type: v.type, bytes: blobs.get(v).bytes });
      return host.encodeMultipart(parts);
    },
    // decodeForm parses a multipart/form-data or urlencoded body into a FormData.
    decodeForm(bytes, contentType) {
      const f = new FormData();
      const type = String(contentType || "").toLowerCase();
      if (type.startsWith("application/x-www-form-urlencoded")) {
        for (const [k, v] of new URLSearchParams(host.decode(bytes))) f.append(k, v);
        return f;
      }
      if (!type.startsWith("multipart/form-data")) {
        throw new TypeError("Could not parse content as FormData: the content type is " +
          (type ? "'" + type + "'" : "missing") + ", not multipart/form-data or " +
          "application/x-www-form-urlencoded");
      }
      for (const p of host.decodeMultipart(bytes, String(contentType))) {
        if (p.filename === null) f.append(p.name, host.decode(p.bytes));
        else f.append(p.name, new File([p.bytes], p.filename, { type: p.type }));
      }
      return f;
    },
  };
})
