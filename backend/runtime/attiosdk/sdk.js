(function (host) {
  "use strict";
  // Captured before app code can replace them.
  const parse = JSON.parse, stringify = JSON.stringify;
  // The root `attio` module's error classes.
  class AttioError extends Error {
    constructor(message, code) {
      super(message);
      this.name = "AttioError";
      this.code = code;
    }
  }
  class AttioNoUserConnectionError extends AttioError {
    constructor(message = "No user connection") {
      super(message, "no-user-connection");
      this.name = "AttioNoUserConnectionError";
    }
  }
  class AttioNoWorkspaceConnectionError extends AttioError {
    constructor(message = "No workspace connection") {
      super(message, "no-workspace-connection");
      this.name = "AttioNoWorkspaceConnectionError";
    }
  }
  class AttioUnexpectedTransportError extends AttioError {
    constructor(message = "Unexpected transport error") {
      super(message, "unexpected-transport-error");
      this.name = "AttioUnexpectedTransportError";
    }
  }

  function keyOf(key) {
    return key === undefined || key === null ? "" : String(key);
  }

  function missing(what, key) {
    return what + (key ? " (key \"" + key + "\")" : "") +
      ". Add one in the studio's Connections panel.";
  }

  function getWorkspaceConnection(key) {
    const found = host.connection("workspace", keyOf(key));
    if (found === null) {
      throw new AttioNoWorkspaceConnectionError(
        missing("No workspace connection is set up for this app", keyOf(key)));
    }
    return JSON.parse(found);
  }

  function getUserConnection(key) {
    const found = host.connection("user", keyOf(key));
    if (found === null) {
      throw new AttioNoUserConnectionError(
        missing("The current user has no connection for this app", keyOf(key)));
    }
    return JSON.parse(found);
  }

  function queryPairs(params) {
    const pairs = [];
    if (params === undefined || params === null) return pairs;
    if (typeof params !== "object") throw new TypeError("attioFetch queryParams must be an object");
    for (const k of Object.keys(params)) {
      for (const v of Array.isArray(params[k]) ? params[k] : [params[k]]) {
        if (v === undefined || v === null) continue;
        pairs.push([k, typeof v === "object" ? JSON.stringify(v) : String(v)]);
      }
    }
    return pairs;
  }

  async function attioFetch(options) {
    if (host.attioFetchRemoved) {
      throw new TypeError("attioFetch is not in attio/server from SDK 1.0, which this app's " +
        "src/app/ folders use: call fetch(\"https://api.attio.com/v2\" + path, {headers: " +
        "{Authorization: `Bearer ${ATTIO_API_TOKEN}`}}) instead");
    }
    if (options === null || typeof options !== "object") {
      throw new TypeError("attioFetch needs an options object {method, path, queryParams?, body?}");
    }
    const body = options.body === undefined ? null : JSON.stringify(options.body);
    const site = new Error(); // the app's call, which the stack no longer shows after await
    const r = await host.attioFetch(String(options.method === undefined ? "GET" : options.method),
      String(options.path), queryPairs(options.queryParams), body === undefined ? null : body);
    if (r.ok) return JSON.parse(r.json);
    if (r.kind === "transport") throw withSite(new AttioUnexpectedTransportError(r.message), site);
    const err = new Error(r.message);
    if (r.kind === "api") {
      err.status_code = r.status_code;
      if (r.type) err.type = r.type;
      if (r.code) err.code = r.code;
    }
    throw withSite(err, site);
  }

  // withSite gives err the frames of site, an Error made where app code called the SDK.
  function withSite(err, site) {
    const frames = String(site.stack).split("\n").slice(1).join("\n");
    Object.defineProperty(err, "stack", { value: err.name + ": " + err.message + "\n" + frames,
      writable: true, configurable: true, enumerable: false });
    return err;
  }

  async function createWebhookHandler(options) {
    const fileName = options && typeof options === "object" ? options.fileName : undefined;
    return JSON.parse(await host.webhooks.create(fileName === undefined ? "" : String(fileName)));
  }
  async function listWebhookHandlers() { return JSON.parse(await host.webhooks.list()); }
  async function getWebhookHandler(id) { return JSON.parse(await host.webhooks.get(keyOf(id))); }
  async function updateWebhookHandler(id, options) {
    const external = options && typeof options === "object" ? options.externalWebhookId : undefined;
    if (typeof external !== "string") {
      throw new TypeError("updateWebhookHandler needs {externalWebhookId: string}");
    }
    await host.webhooks.update(keyOf(id), external);
  }
  async function deleteWebhookHandler(id) { await host.webhooks.delete(keyOf(id)); }

  function getCurrentUser() {
    const id = host.currentUser();
    return id ? { id } : null;
  }

  // The key-value store (`kv`, and `experimental_kv` before it left experimental).
  function kvKey(key, fn) {
    if (typeof key !== "string") {
      throw new TypeError("kv." + fn + " needs a string key, got " + describe(key));
    }
    if (key === "") throw new TypeError("kv." + fn + " needs a non-empty key");
    return key;
  }

  function describe(v) {
    if (v === null || v === undefined) return String(v);
    if (Array.isArray(v)) return "an array";
    return typeof v === "object" ? "an object" : typeof v === "string" ? JSON.stringify(v) :
      typeof v + " " + String(v);
  }

  function jsonText(value, what) {
    const problem = host.jsonProblem(value, "value");
    if (problem) {
      throw new TypeError(what + " needs a JSON value: " + problem + ".");
    }
    const text = stringify(value);
    if (text === undefined) {
      throw new TypeError(what + " needs a JSON value, got " + describe(value) + ".");
    }
    return text;
  }

  function ttlOf(options) {
    if (options === undefined || options === null) return 0;
    if (typeof options !== "object") {
      throw new TypeError("kv.set options must be an object such as {ttlInSeconds: 60}");
    }
    const ttl = options.ttlInSeconds;
    if (ttl === undefined || ttl === null) return 0;
    if (typeof ttl !== "number" || !Number.isFinite(ttl) || ttl <= 0) {
      throw new TypeError("kv.set ttlInSeconds must be a positive number of seconds, got " +
        describe(ttl));
    }
    return ttl;
  }

  const kv = Object.freeze({
    async set(key, value, options) {
      kvKey(key, "set");
      const text = jsonText(value, "kv.set(" + JSON.stringify(key) + ")");
      await host.kv.set(key, text, ttlOf(options));
    },
    async get(key) {
      const text = await host.kv.get(kvKey(key, "get"));
      return text === null ? null : { value: parse(text) };
    },
    async mget(keys) {
      if (!Array.isArray(keys)) {
        throw new TypeError("kv.mget needs an array of keys, got " + describe(keys));
      }
      const list = keys.map((k) => kvKey(k, "mget"));
      const texts = await host.kv.mget(list);
      const out = {};
      for (let i = 0; i < list.length; i++) {
        out[list[i]] = texts[i] === null || texts[i] === undefined ? null :
          { value: parse(texts[i]) };
      }
      return out;
    },
    async delete(key) {
      await host.kv.delete(kvKey(key, "delete"));
    },
  });

  // Workspace settings (experimental in the SDK).
  function settingKey(key, fn) {
    if (typeof key !== "string" || key === "") {
      throw new TypeError(fn + " needs the key of a setting (a non-empty string), got " +
        describe(key));
    }
    return key;
  }
  async function experimental_getWorkspaceSetting(key) {
    return parse(await host.settings.get(settingKey(key, "experimental_getWorkspaceSetting")));
  }
  async function experimental_getWorkspaceSettings() {
    return parse(await host.settings.all());
  }
  async function experimental_setWorkspaceSetting(key, value) {
    settingKey(key, "experimental_setWorkspaceSetting");
    if (value === undefined) value = null;
    if (value !== null && !["string", "number", "boolean"].includes(typeof value)) {
      throw new TypeError("experimental_setWorkspaceSetting(" + JSON.stringify(key) +
        ") needs a string, a number, a boolean or null, got " + describe(value));
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new TypeError("experimental_setWorkspaceSetting(" + JSON.stringify(key) +
        ") needs a finite number, got " + String(value));
    }
    await host.settings.set(key, stringify(value));
  }

  // Settings schema builders of the root module: server code may import the file that declares
  // the app's settings schema, so building one must work here too. Each node says its type.
  function node(type) {
    return () => Object.freeze({ type });
  }
  const Schema = Object.freeze({ string: node("string"), number: node("number"),
    boolean: node("boolean") });
  const Settings = Object.freeze(Object.assign({ Schema }, Schema, {
    defineWorkspaceSchema: (schema) => schema,
    defineWorkspacePage: (schema, page) => page,
  }));

  const root = Object.freeze({ AttioError, AttioNoUserConnectionError,
    AttioNoWorkspaceConnectionError, AttioUnexpectedTransportError, Settings });
  // Workflow blocks run in Attio's workflow engine, which the studio has no mock of. The
  // namespace exists so that server code defining blocks still loads and its other functions
  // run: every helper hands back the first thing it is given (a block's definition).
  const workflowHelpers = new Map();
  const experimental_Workflow = new Proxy({}, {
    get(_, key) {
      if (typeof key !== "string" || key === "then" || key === "__esModule") return undefined;
      if (!workflowHelpers.has(key)) workflowHelpers.set(key, (definition) => definition);
      return workflowHelpers.get(key);
    },
  });
  const server = Object.freeze({
    attioFetch, ATTIO_API_TOKEN: host.token, getWorkspaceConnection, getUserConnection,
    createWebhookHandler, listWebhookHandlers, getWebhookHandler, updateWebhookHandler,
    deleteWebhookHandler, getCurrentUser, kv, experimental_kv: kv,
    experimental_getWorkspaceSetting, experimental_getWorkspaceSettings,
    experimental_setWorkspaceSetting, experimental_Workflow,
  });
  Object.defineProperty(globalThis, "__attioRootSDK", { value: root, enumerable: false });
  Object.defineProperty(globalThis, "__attioServerSDK", { value: server, enumerable: false });
})
