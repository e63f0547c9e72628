(function (host) {
  "use strict";
  const DOMException = host.DOMException;
  function needs(args, name) {
    if (args.length === 0) {
      throw new TypeError("Failed to execute '" + name + "': 1 argument required, but only 0 " +
        "present.");
    }
  }
  function define(name, value) {
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }
  define("atob", function atob(data) {
    needs(arguments, "atob");
    const [out, ok] = host.atob(String(data));
    if (!ok) {
      throw new DOMException("Failed to execute 'atob': The string to be decoded is not " +
        "correctly encoded.", "InvalidCharacterError");
    }
    return out;
  });
  define("btoa", function btoa(data) {
    needs(arguments, "btoa");
    const [out, ok] = host.btoa(String(data));
    if (!ok) {
      throw new DOMException("Failed to execute 'btoa': The string to be encoded contains " +
        "characters outside of the Latin1 range.", "InvalidCharacterError");
    }
    return out;
  });
})
