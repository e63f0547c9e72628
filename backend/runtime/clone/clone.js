(function (host) {
  "use strict";
  const { DOMException, blob } = host;
  const platform = Symbol.for("attio-studio.platform-object");
  const errorNames = ["Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
    "TypeError", "URIError"];
  const typedArrays = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
  const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);

  function fail(v) {
    let text;
    if (typeof v === "symbol") text = v.toString();
    else if (typeof v === "function") text = Function.prototype.toString.call(v);
    else if (v[platform]) text = v[platform] + " object";
    else text = "#<" + tag(v) + ">";
    if (text.length > 80) text = text.slice(0, 77) + "...";
    throw new DOMException(text + " could not be cloned.", "DataCloneError");
  }

  function cloneError(v, memory, clone) {
    let name = "Error";
    try {
      const n = v.name;
      if (errorNames.includes(n)) name = n;
    } catch (e) { /* a throwing getter leaves the default name */ }
    const out = new primordialErrors[name](v.message === undefined ? "" : String(v.message));
    memory.set(v, out);
    if (typeof v.stack === "string") {
      Object.defineProperty(out, "stack", { value: v.stack, writable: true, configurable: true });
    }
    if (Object.prototype.hasOwnProperty.call(v, "cause")) {
      Object.defineProperty(out, "cause", { value: clone(v.cause), writable: true,
        configurable: true });
    }
    return out;
  }
  const primordialErrors = { Error, EvalError, RangeError, ReferenceError, SyntaxError,
    TypeError, URIError };

  function cloneBuffer(v, memory) {
    const out = v.slice(0);
    memory.set(v, out);
    return out;
  }

  function cloneView(v, memory, clone) {
    const buffer = clone(v.buffer);
    let out;
    if (v instanceof DataView) out = new DataView(buffer, v.byteOffset, v.byteLength);
    else out = new typedArrays[tag(v)](buffer, v.byteOffset, v.length);
    memory.set(v, out);
    return out;
  }

  function cloneObject(v, out, memory, clone) {
    memory.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  }

  function structuredClone(value, options) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'structuredClone': 1 argument required, but only " +
        "0 present.");
    }
    if (options !== undefined && options !== null && options.transfer !== undefined &&
      Array.from(options.transfer).length > 0) {
      // TODO: transferring detaches the source buffers in browsers; goja cannot detach an
      // ArrayBuffer, so the studio refuses rather than silently copy.
      throw new DOMException("structuredClone's transfer option is not supported by the studio",
        "DataCloneError");
    }
    const memory = new Map();
    function clone(v) {
      if (typeof v === "symbol" || typeof v === "function") fail(v);
      if (v === null || typeof v !== "object") return v;
      if (memory.has(v)) return memory.get(v);
      if (v instanceof blob.Blob) return cloneBlob(v, memory);
      if (v[platform]) fail(v);
      switch (tag(v)) {
        case "Boolean": case "Number": case "String": case "BigInt":
          return remember(v, Object(v.valueOf()), memory);
        case "Date": return remember(v, new Date(v.getTime()), memory);
        case "RegExp": return remember(v, new RegExp(v.source, v.flags), memory);
        case "ArrayBuffer": return cloneBuffer(v, memory);
        case "DataView": return cloneView(v, memory, clone);
        case "Map": {
          const out = remember(v, new Map(), memory);
          for (const [k, x] of Array.from(v)) out.set(clone(k), clone(x));
          return out;
        }
        case "Set": {
          const out = remember(v, new Set(), memory);
          for (const x of Array.from(v)) out.add(clone(x));
          return out;
        }
        case "Array": return cloneObject(v, new Array(v.length), memory, clone);
        case "Error": return cloneError(v, memory, clone);
        case "Object": return cloneObject(v, {}, memory, clone);
      }
      if (ArrayBuffer.isView(v)) return cloneView(v, memory, clone);
      fail(v); // WeakMap, WeakSet, Promise, generators and other exotic objects
    }
    return clone(value);
  }

  function remember(v, out, memory) {
    memory.set(v, out);
    return out;
  }

  function cloneBlob(v, memory) {
    const parts = blob.blobParts(v);
    const out = v instanceof blob.File ?
      new blob.File([parts.bytes], v.name, { type: parts.type, lastModified: v.lastModified }) :
      new blob.Blob([parts.bytes], { type: parts.type });
    return remember(v, out, memory);
  }

  Object.defineProperty(globalThis, "structuredClone",
    { value: structuredClone, writable: true, configurable: true, enumerable: false });
})
