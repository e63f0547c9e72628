(function () {
  "use strict";
  // Attio sends arguments, results and thrown values as JSON. problem() finds the first thing in
  // a value that JSON would reject (a BigInt, a cycle) or silently drop (a function, a symbol),
  // and names where it is, so the studio can say so instead of sending a different value.
  const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

  function problem(root, rootName) {
    const ancestors = new Set();
    function walk(v, path, key) {
      if (v !== null && typeof v === "object" && typeof v.toJSON === "function") {
        try {
          v = v.toJSON(key);
        } catch (e) {
          return path + ".toJSON() threw: " + (e && e.message);
        }
      }
      switch (typeof v) {
        case "function": return path + " is a function";
        case "bigint": return path + " is a BigInt (" + v + "n)";
        case "symbol": return path + " is a symbol";
        case "object": break;
        default: return null;
      }
      if (v === null) return null;
      if (ancestors.has(v)) return path + " refers back to an object that contains it (a cycle)";
      ancestors.add(v);
      const isArray = Array.isArray(v);
      const keys = isArray ? Array.from(v.keys(), String) : Object.keys(v);
      for (const k of keys) {
        const sub = isArray ? path + "[" + k + "]" :
          identifier.test(k) ? path + "." + k : path + "[" + JSON.stringify(k) + "]";
        const p = walk(v[k], sub, k);
        if (p) return p;
      }
      ancestors.delete(v);
      return null;
    }
    return walk(root, rootName, "");
  }

  function stringify(v) {
    const json = JSON.stringify(v);
    return json === undefined ? null : json;
  }

  return {
    parse(text) { return JSON.parse(text); },
    result(value) {
      const p = problem(value, "result");
      if (p) return { problem: p };
      try {
        return { json: stringify(value) };
      } catch (e) {
        return { problem: "JSON.stringify(result) threw: " + (e && e.message) };
      }
    },
    thrown(value) {
      let v = value;
      if (value instanceof Error) v = Object.assign({ name: value.name, message: value.message }, value);
      try {
        return problem(v, "error") ? null : stringify(v);
      } catch (e) {
        return null;
      }
    },
  };
})
