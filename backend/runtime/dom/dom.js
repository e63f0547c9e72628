(function (host) {
  "use strict";
  const inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  const setTimer = globalThis.setTimeout;

  // The legacy numeric codes of DOMException names; names not listed have code 0.
  const codes = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
    NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13,
    NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
    NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22,
    TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25 };

  class DOMException extends Error {
    constructor(message = "", name = "Error") {
      super(String(message));
      Object.defineProperty(this, "name", { value: String(name), writable: true,
        configurable: true, enumerable: false });
    }
    get code() { return codes[this.name] || 0; }
    get [Symbol.toStringTag]() { return "DOMException"; }
  }
  for (const [name, code] of Object.entries(codes)) {
    const constant = name.replace(/Error$/, "").replace(/([a-z])([A-Z])/g, "$1_$2")
      .toUpperCase() + "_ERR";
    Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  }

  // Events: enough of the DOM's Event and EventTarget for AbortSignal and for libraries that
  // subclass EventTarget. There is no tree, so no capture or bubbling phases.
  const eventState = new WeakMap();
  class Event {
    constructor(type, init = {}) {
      if (arguments.length === 0) throw new TypeError("Event needs a type");
      init = init || {};
      eventState.set(this, { type: String(type), bubbles: Boolean(init.bubbles),
        cancelable: Boolean(init.cancelable), composed: Boolean(init.composed),
        defaultPrevented: false, stop: false, target: null, current: null,
        timeStamp: Date.now() });
    }
    get type() { return eventState.get(this).type; }
    get bubbles() { return eventState.get(this).bubbles; }
    get cancelable() { return eventState.get(this).cancelable; }
    get composed() { return eventState.get(this).composed; }
    get defaultPrevented() { return eventState.get(this).defaultPrevented; }
    get target() { return eventState.get(this).target; }
    get currentTarget() { return eventState.get(this).current; }
    get srcElement() { return this.target; }
    get timeStamp() { return eventState.get(this).timeStamp; }
    get isTrusted() { return false; }
    get eventPhase() { return eventState.get(this).current ? 2 : 0; }
    composedPath() { const t = eventState.get(this).current; return t ? [t] : []; }
    preventDefault() {
      const s = eventState.get(this);
      if (s.cancelable) s.defaultPrevented = true;
    }
    stopPropagation() {}
    stopImmediatePropagation() { eventState.get(this).stop = true; }
    get [Symbol.toStringTag]() { return "Event"; }
  }
  Object.assign(Event, { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 });

  const listeners = new WeakMap(); // target -> Map(type -> [{callback, once, capture}])
  function listenersOf(target) {
    let m = listeners.get(target);
    if (!m) { m = new Map(); listeners.set(target, m); }
    return m;
  }
  function flags(options) {
    if (typeof options === "boolean") return { capture: options, once: false, signal: null };
    options = options || {};
    return { capture: Boolean(options.capture), once: Boolean(options.once),
      signal: options.signal === undefined ? null : options.signal };
  }

  class EventTarget {
    addEventListener(type, callback, options) {
      if (callback === null || callback === undefined) return;
      const { capture, once, signal } = flags(options);
      if (signal !== null && !(signal instanceof AbortSignal)) {
        throw new TypeError("addEventListener: options.signal must be an AbortSignal");
      }
      if (signal && signal.aborted) return;
      const list = listenersOf(this).get(String(type)) || [];
      if (list.some((l) => l.callback === callback && l.capture === capture)) return;
      const entry = { callback, capture, once, removed: false };
      list.push(entry);
      listenersOf(this).set(String(type), list);
      if (signal) {
        signal.addEventListener("abort", () => this.removeEventListener(type, callback, capture));
      }
    }
    removeEventListener(type, callback, options) {
      const { capture } = flags(options);
      const m = listenersOf(this), list = m.get(String(type));
      if (!list) return;
      const i = list.findIndex((l) => l.callback === callback && l.capture === capture);
      if (i >= 0) {
        list[i].removed = true;
        list.splice(i, 1);
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw new TypeError("dispatchEvent needs an Event");
      }
      const s = eventState.get(event);
      s.target = this;
      s.current = this;
      const list = (listenersOf(this).get(s.type) || []).slice();
      for (const l of list) {
        if (l.removed) continue;
        if (l.once) this.removeEventListener(s.type, l.callback, l.capture);
        try {
          if (typeof l.callback === "function") l.callback.call(this, event);
          else if (typeof l.callback.handleEvent === "function") l.callback.handleEvent(event);
        } catch (e) {
          host.uncaught(e); // as in browsers: reported, not thrown to the dispatcher
        }
        if (s.stop) break;
      }
      s.current = null;
      return !s.defaultPrevented;
    }
    get [Symbol.toStringTag]() { return "EventTarget"; }
  }

  // Abort signals.
  const signals = new WeakMap(); // signal -> {aborted, reason, onabort}
  const internal = Symbol("internal");

  class AbortSignal extends EventTarget {
    constructor(key) {
      if (key !== internal) throw new TypeError("Illegal constructor");
      super();
      signals.set(this, { aborted: false, reason: undefined, onabort: null });
    }
    get aborted() { return signals.get(this).aborted; }
    get reason() { return signals.get(this).reason; }
    get onabort() { return signals.get(this).onabort; }
    set onabort(fn) {
      const s = signals.get(this);
      if (s.onabort) this.removeEventListener("abort", s.onabort);
      s.onabort = typeof fn === "function" ? fn : null;
      if (s.onabort) this.addEventListener("abort", s.onabort);
    }
    throwIfAborted() {
      const s = signals.get(this);
      if (s.aborted) throw s.reason;
    }
    static abort(reason) {
      const signal = new AbortSignal(internal);
      signalAbort(signal, reason);
      return signal;
    }
    static timeout(ms) {
      const n = Number(ms);
      if (!Number.isFinite(n) || n < 0) {
        throw new TypeError("AbortSignal.timeout needs a non-negative number of milliseconds");
      }
      const signal = new AbortSignal(internal);
      setTimer(() => signalAbort(signal,
        new DOMException("The operation was aborted due to timeout", "TimeoutError")), n);
      return signal;
    }
    static any(list) {
      const signal = new AbortSignal(internal);
      const sources = Array.from(list);
      for (const s of sources) {
        if (!(s instanceof AbortSignal)) {
          throw new TypeError("AbortSignal.any needs an iterable of AbortSignals");
        }
      }
      const done = sources.find((s) => s.aborted);
      if (done) {
        signalAbort(signal, done.reason);
        return signal;
      }
      for (const s of sources) {
        s.addEventListener("abort", () => signalAbort(signal, s.reason), { once: true });
      }
      return signal;
    }
    get [Symbol.toStringTag]() { return "AbortSignal"; }
    [inspectCustom]() { return "AbortSignal { aborted: " + this.aborted + " }"; }
  }

  function signalAbort(signal, reason) {
    const s = signals.get(signal);
    if (s.aborted) return;
    s.aborted = true;
    s.reason = reason === undefined ?
      new DOMException("This operation was aborted", "AbortError") : reason;
    signal.dispatchEvent(new Event("abort"));
  }

  const controllers = new WeakMap();
  class AbortController {
    constructor() { controllers.set(this, new AbortSignal(internal)); }
    get signal() { return controllers.get(this); }
    abort(reason) { signalAbort(controllers.get(this), reason); }
    get [Symbol.toStringTag]() { return "AbortController"; }
  }

  const platform = Symbol.for("attio-studio.platform-object");
  for (const [name, value] of [["DOMException", DOMException], ["Event", Event],
    ["EventTarget", EventTarget], ["AbortController", AbortController],
    ["AbortSignal", AbortSignal]]) {
    if (name !== "DOMException") {
      Object.defineProperty(value.prototype, platform, { value: name });
    }
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }
  return { DOMException, AbortSignal, AbortController };
})
