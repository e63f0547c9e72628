(function (host) {
  "use strict";
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
    if (options === null || typeof options !== "object") {
      throw new TypeError("attioFetch needs an options object {method, path, queryParams?, body?}");
    }
    const body = options.body === undefined ? null : JSON.stringify(options.body);
    const r = await host.attioFetch(String(options.method === undefined ? "GET" : options.method),
      String(options.path), queryPairs(options.queryParams), body === undefined ? null : body);
    if (r.ok) return JSON.parse(r.json);
    if (r.kind === "transport") throw new AttioUnexpectedTransportError(r.message);
    const err = new Error(r.message);
    if (r.kind === "api") {
      err.status_code = r.status_code;
      if (r.type) err.type = r.type;
      if (r.code) err.code = r.code;
    }
    throw err;
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
    return host.currentUserID ? { id: host.currentUserID } : null;
  }

  const root = Object.freeze({ AttioError, AttioNoUserConnectionError,
    AttioNoWorkspaceConnectionError, AttioUnexpectedTransportError });
  // TODO: experimental_kv, the workspace-settings functions and experimental_Workflow are not
  // provided yet, so apps importing them get undefined and fail when they call them.
  const server = Object.freeze({
    attioFetch, ATTIO_API_TOKEN: host.token, getWorkspaceConnection, getUserConnection,
    createWebhookHandler, listWebhookHandlers, getWebhookHandler, updateWebhookHandler,
    deleteWebhookHandler, getCurrentUser,
  });
  Object.defineProperty(globalThis, "__attioRootSDK", { value: root, enumerable: false });
  Object.defineProperty(globalThis, "__attioServerSDK", { value: server, enumerable: false });
})
