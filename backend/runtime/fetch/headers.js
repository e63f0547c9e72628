(function (host) {
  "use strict";
  const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const inspectCustom = Symbol.for("nodejs.util.inspect.custom");

  function name(n) {
    n = String(n);
    if (!token.test(n)) throw new TypeError('Invalid header name: "' + n + '"');
    return n.toLowerCase();
  }

  function value(v) {
    v = String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
    if (/[\0\r\n]/.test(v)) throw new TypeError('Invalid header value: "' + v + '"');
    return v;
  }

  // Each Headers keeps its values in a Map of lowercase name -> list of values.
  const lists = new WeakMap();
  function map(h) {
    const m = lists.get(h);
    if (!m) throw new TypeError("Illegal invocation: not a Headers object");
    return m;
  }

  class Headers {
    constructor(init) {
      lists.set(this, new Map());
      if (init === undefined || init === null) return;
      if (typeof init !== "object" && typeof init !== "function") {
        throw new TypeError("Headers can be built from an object, " +
          "an array of [name, value] pairs or a Headers");
      }
      if (init instanceof Headers) {
        for (const [k, v] of init) this.append(k, v);
      } else if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const p = Array.from(pair);
          if (p.length !== 2) {
            throw new TypeError("Each header pair must be [name, value], got " + p.length +
              " items");
          }
          this.append(p[0], p[1]);
        }
      } else {
        for (const k of Object.keys(init)) this.append(k, init[k]);
      }
    }
    append(n, v) {
      const k = name(n), m = map(this), list = m.get(k);
      if (list) list.push(value(v)); else m.set(k, [value(v)]);
    }
    set(n, v) { map(this).set(name(n), [value(v)]); }
    get(n) {
      const list = map(this).get(name(n));
      return list ? list.join(", ") : null;
    }
    has(n) { return map(this).has(name(n)); }
    delete(n) { map(this).delete(name(n)); }
    getSetCookie() { return (map(this).get("set-cookie") || []).slice(); }
    forEach(fn, thisArg) {
      for (const [k, v] of this) fn.call(thisArg, v, k, this);
    }
    *entries() {
      const m = map(this);
      for (const k of [...m.keys()].sort()) {
        if (k === "set-cookie") { for (const v of m.get(k)) yield [k, v]; }
        else yield [k, m.get(k).join(", ")];
      }
    }
    *keys() { for (const [k] of this) yield k; }
    *values() { for (const [, v] of this) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return "Headers"; }
    [inspectCustom](depth, options, inspect) {
      return "Headers " + inspect(Object.fromEntries(this));
    }
  }

  Object.defineProperty(Headers.prototype, Symbol.for("attio-studio.platform-object"),
    { value: "Headers" });
  Object.defineProperty(globalThis, "Headers",
    { value: Headers, writable: true, configurable: true, enumerable: false });
  return { Headers };
})
