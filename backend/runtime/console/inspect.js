(function (host) {
  "use strict";
  // A small util.inspect: one line, depth 2, single-quoted nested strings, the shapes people
  // recognise from Node and browser consoles.
  const customInspect = Symbol.for("nodejs.util.inspect.custom");
  const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  const maxDepth = 2;
  const maxItems = 100;

  function quote(s) {
    const q = s.includes("'") && !s.includes('"') ? '"' : "'";
    const escaped = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
    return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
  }

  function key(k) {
    return identifier.test(k) ? k : quote(k);
  }

  function constructorName(v) {
    const proto = Object.getPrototypeOf(v);
    if (proto === null) return null;
    const ctor = proto.constructor;
    return typeof ctor === "function" && ctor.name ? ctor.name : "";
  }

  function errorText(e, nested) {
    const head = String(e.name || "Error") + (e.message ? ": " + e.message : "");
    if (nested) return "[" + head + "]";
    return typeof e.stack === "string" && e.stack ? host.mapStack(e.stack) : head;
  }

  function items(list, more) {
    if (more > 0) list.push("... " + more + " more item" + (more > 1 ? "s" : ""));
    return list;
  }

  function braces(prefix, open, parts, close) {
    const body = parts.length ? open + " " + parts.join(", ") + " " + close : open + close;
    return prefix ? prefix + " " + body : body;
  }

  function properties(v, depth, seen) {
    const parts = [];
    for (const k of Object.keys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && (d.get || d.set)) {
        const kind = d.get && d.set ? "Getter/Setter" : d.get ? "Getter" : "Setter";
        parts.push(key(k) + ": [" + kind + "]");
      } else {
        parts.push(key(k) + ": " + inspect(v[k], depth + 1, seen));
      }
    }
    return parts;
  }

  function inspectObject(v, depth, seen) {
    if (typeof v[customInspect] === "function") {
      const out = v[customInspect](maxDepth - depth, {}, inspect);
      return typeof out === "string" ? out : inspect(out, depth, seen);
    }
    if (v instanceof Error) {
      const text = errorText(v, depth > 0);
      const extra = properties(v, depth, seen);
      return extra.length ? text + " " + braces("", "{", extra, "}") : text;
    }
    if (v instanceof Date) return isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (v instanceof Promise) return "Promise { " + host.promiseState(v) + " }";
    const name = constructorName(v);
    if (Array.isArray(v)) {
      if (depth > maxDepth) return "[Array]";
      const parts = [];
      for (let i = 0; i < Math.min(v.length, maxItems); i++) {
        parts.push(i in v ? inspect(v[i], depth + 1, seen) : "<empty>");
      }
      return braces(name === "Array" ? "" : name + "(" + v.length + ")", "[",
        items(parts, v.length - maxItems), "]");
    }
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const parts = Array.from(v.subarray(0, maxItems), (x) => inspect(x, depth + 1, seen));
      return braces(name + "(" + v.length + ")", "[", items(parts, v.length - maxItems), "]");
    }
    if (v instanceof ArrayBuffer) return "ArrayBuffer { byteLength: " + v.byteLength + " }";
    if (v instanceof Map || v instanceof Set) {
      if (depth > maxDepth) return "[" + name + "]";
      const parts = [];
      for (const entry of v) {
        if (parts.length >= maxItems) break;
        parts.push(v instanceof Map
          ? inspect(entry[0], depth + 1, seen) + " => " + inspect(entry[1], depth + 1, seen)
          : inspect(entry, depth + 1, seen));
      }
      return braces(name + "(" + v.size + ")", "{", items(parts, v.size - maxItems), "}");
    }
    if (v instanceof WeakMap || v instanceof WeakSet) return name + " { <items unknown> }";
    const prefix = name === null ? "[Object: null prototype]" : name === "Object" ? "" : name;
    if (depth > maxDepth) return "[" + (name || "Object") + "]";
    return braces(prefix, "{", properties(v, depth, seen), "}");
  }

  function inspect(v, depth, seen) {
    depth = depth || 0;
    seen = seen || [];
    switch (typeof v) {
      case "string": return depth === 0 ? v : quote(v);
      case "number": return Object.is(v, -0) ? "-0" : String(v);
      case "bigint": return String(v) + "n";
      case "symbol": return v.toString();
      case "undefined": return "undefined";
      case "boolean": return String(v);
      case "function": {
        const src = Function.prototype.toString.call(v);
        if (src.startsWith("class")) return "[class " + (v.name || "(anonymous)") + "]";
        return v.name ? "[Function: " + v.name + "]" : "[Function (anonymous)]";
      }
    }
    if (v === null) return "null";
    if (seen.includes(v)) return "[Circular]";
    seen.push(v);
    try {
      return inspectObject(v, depth, seen);
    } finally {
      seen.pop();
    }
  }

  // format applies printf-style directives in a leading string the way consoles do.
  function format(args) {
    const out = [];
    let next = 0;
    if (typeof args[0] === "string" && args[0].includes("%")) {
      let i = 1;
      out.push(args[0].replace(/%([sdifjoOc%])/g, (m, d) => {
        if (d === "%") return "%";
        if (i >= args.length) return m;
        const a = args[i++];
        switch (d) {
          case "s": return typeof a === "string" ? a : typeof a === "bigint" ? a + "n" :
            typeof a === "object" && a !== null ? inspect(a, 1) : String(a);
          case "d":
            if (typeof a === "bigint") return a + "n";
            return typeof a === "object" ? "NaN" : String(Number(a));
          case "i": return typeof a === "bigint" ? a + "n" : String(parseInt(a, 10));
          case "f": return String(parseFloat(a));
          case "j": try { return JSON.stringify(a); } catch (e) { return "[Circular]"; }
          case "c": return "";
          default: return inspect(a, 1);
        }
      }));
      next = i;
    }
    for (let i = next; i < args.length; i++) out.push(inspect(args[i], 0));
    return out.join(" ");
  }

  const console = {};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    console[level] = function (...args) { host.write(level, format(args)); };
  }
  Object.defineProperty(globalThis, "console",
    { value: console, writable: true, configurable: true, enumerable: false });
  return { format, inspect: (v) => inspect(v, 1) };
})
