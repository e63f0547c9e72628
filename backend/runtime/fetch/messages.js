(function (host) {
  "use strict";
  const { Headers, Body, extract, init: initBody, peek, used, AbortSignal, AbortController } = host;
  const inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  const fromHost = Symbol("fromHost");
  const normalized = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];
  const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const meta = new WeakMap(); // message -> {method, url, status, statusText, headers, type}

  function parseURL(input) {
    const text = input instanceof URL ? input.href : String(input);
    try {
      return new URL(text).href;
    } catch (e) {
      throw new TypeError("Failed to parse URL from " + text);
    }
  }

  function method(m) {
    m = String(m);
    if (!token.test(m)) throw new TypeError("'" + m + "' is not a valid HTTP method.");
    const upper = m.toUpperCase();
    if (["CONNECT", "TRACE", "TRACK"].includes(upper)) {
      throw new TypeError("'" + m + "' HTTP method is unsupported.");
    }
    return normalized.includes(upper) ? upper : m;
  }

  function withBody(message, headers, body, what) {
    const { bytes, type } = extract(body, what);
    if (type !== null && !headers.has("content-type")) headers.set("content-type", type);
    initBody(message, bytes);
  }

  class Request extends Body {
    constructor(input, init = {}) {
      super();
      init = init || {};
      const source = input instanceof Request ? input : null;
      const m = source ? meta.get(source) : null;
      const url = source ? m.url : parseURL(input);
      const verb = init.method !== undefined ? method(init.method) : source ? m.method : "GET";
      const headers = new Headers(init.headers !== undefined ? init.headers :
        source ? m.headers : undefined);
      let body = init.body;
      if (body === undefined && source) {
        if (used(source)) {
          throw new TypeError("Cannot construct a Request from one whose body was already read");
        }
        body = peek(source);
      }
      if ((verb === "GET" || verb === "HEAD") && body !== undefined && body !== null) {
        throw new TypeError("Request with GET/HEAD method cannot have body.");
      }
      const redirect = init.redirect !== undefined ? String(init.redirect) :
        source ? m.redirect : "follow";
      if (!["follow", "error", "manual"].includes(redirect)) {
        throw new TypeError("'" + redirect + "' is not a valid redirect mode " +
          "(use \"follow\", \"error\" or \"manual\")");
      }
      let signal = init.signal !== undefined ? init.signal : source ? m.signal : null;
      if (signal !== null && !(signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type " +
          "AbortSignal.");
      }
      meta.set(this, { method: verb, url, headers, redirect, signal });
      withBody(this, headers, body, "The request");
    }
    get method() { return meta.get(this).method; }
    get url() { return meta.get(this).url; }
    get headers() { return meta.get(this).headers; }
    get signal() {
      const m = meta.get(this);
      if (m.signal === null) m.signal = new AbortController().signal; // one that never aborts
      return m.signal;
    }
    get redirect() { return meta.get(this).redirect; }
    clone() {
      if (this.bodyUsed) throw new TypeError("Cannot clone a Request whose body was already read");
      return new Request(this);
    }
    get [Symbol.toStringTag]() { return "Request"; }
    [inspectCustom](depth, options, inspect) {
      return "Request " + inspect({ method: this.method, url: this.url,
        headers: Object.fromEntries(this.headers) });
    }
  }

  class Response extends Body {
    constructor(body = null, init = {}) {
      super();
      init = init || {};
      const internal = init[fromHost];
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!internal && !(Number.isInteger(status) && status >= 200 && status <= 599)) {
        throw new RangeError("init[\"status\"] must be in the range of 200 to 599, inclusive.");
      }
      const headers = new Headers(init.headers);
      if (!internal && [204, 205, 304].includes(status) && body !== null && body !== undefined) {
        throw new TypeError("Response with null body status (" + status + ") cannot have body");
      }
      const statusText = init.statusText === undefined ? "" : String(init.statusText);
      meta.set(this, { status, statusText, headers, url: internal ? internal.url : "",
        type: internal ? "basic" : "default",
        redirected: Boolean(internal && internal.redirected) });
      withBody(this, headers, body, "The response");
    }
    get status() { return meta.get(this).status; }
    get ok() { const s = meta.get(this).status; return s >= 200 && s <= 299; }
    get statusText() { return meta.get(this).statusText; }
    get headers() { return meta.get(this).headers; }
    get url() { return meta.get(this).url; }
    get type() { return meta.get(this).type; }
    get redirected() { return meta.get(this).redirected; }
    clone() {
      if (this.bodyUsed) throw new TypeError("Cannot clone a Response whose body was already read");
      const m = meta.get(this);
      return new Response(peek(this), { status: m.status, statusText: m.statusText,
        headers: m.headers,
        [fromHost]: m.type === "basic" ? { url: m.url, redirected: m.redirected } : undefined });
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) {
        throw new TypeError("Response.json: the data is not JSON-serializable");
      }
      const headers = new Headers(init && init.headers);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      return new Response(text, Object.assign({}, init, { headers }));
    }
    static redirect(url, status = 302) {
      if (![301, 302, 303, 307, 308].includes(status)) {
        throw new RangeError("Invalid status code " + status);
      }
      return new Response(null, { status, headers: { location: parseURL(url) } });
    }
    static error() {
      const r = new Response(null, { status: 0, [fromHost]: { url: "" } });
      meta.get(r).type = "error";
      return r;
    }
    get [Symbol.toStringTag]() { return "Response"; }
    [inspectCustom](depth, options, inspect) {
      return "Response " + inspect({ status: this.status, statusText: this.statusText,
        url: this.url, headers: Object.fromEntries(this.headers) });
    }
  }

  // fetch sends the request through the studio. An AbortSignal rejects the fetch with the
  // signal's reason at once and cancels the request in Go.
  function fetch(input, init) {
    let request;
    try {
      request = new Request(input, init);
    } catch (e) {
      return Promise.reject(e);
    }
    const m = meta.get(request), signal = m.signal;
    if (signal && signal.aborted) return Promise.reject(signal.reason);
    const site = new Error(); // the app's call, which the stack no longer shows when it fails
    return new Promise((resolve, reject) => {
      const sent = host.fetch(m.method, m.url, [...m.headers], peek(request), m.redirect);
      const onAbort = () => {
        sent.cancel();
        reject(signal.reason);
      };
      if (signal) signal.addEventListener("abort", onAbort, { once: true });
      sent.promise.then((r) => {
        if (signal) signal.removeEventListener("abort", onAbort);
        resolve(new Response(r.body, { status: r.status, statusText: r.statusText,
          headers: r.headers, [fromHost]: { url: r.url, redirected: r.redirected } }));
      }, (cause) => {
        if (signal) signal.removeEventListener("abort", onAbort);
        const err = new TypeError("fetch failed");
        err.cause = cause;
        const frames = String(site.stack).split("\n").slice(1).join("\n");
        Object.defineProperty(err, "stack", { value: "TypeError: fetch failed\n" + frames,
          writable: true, configurable: true, enumerable: false });
        reject(err);
      });
    });
  }

  for (const [name, value] of [["Request", Request], ["Response", Response]]) {
    Object.defineProperty(value.prototype, Symbol.for("attio-studio.platform-object"),
      { value: name });
  }
  for (const [name, value] of [["Request", Request], ["Response", Response], ["fetch", fetch]]) {
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }

  // The runtime's half: build a Request for a webhook handler, read the Response it returns.
  return {
    newRequest(method, url, headers, body) {
      const hasBody = method !== "GET" && method !== "HEAD" && body !== null && body.length > 0;
      return new Request(url, { method, headers, body: hasBody ? body : null });
    },
    readResponse(value) {
      if (!(value instanceof Response)) return null;
      const m = meta.get(value);
      return { status: m.status, headers: [...m.headers], body: used(value) ? null : peek(value),
        used: used(value) };
    },
  };
})
