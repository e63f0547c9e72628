(function (host) {
  "use strict";
  // The event loop's timers run callbacks as-is and drop what they throw. These wrappers report
  // an uncaught error to the call's console, skip callbacks once the call has ended, and accept
  // any value in clear*() the way browsers do.
  const loopSetTimeout = host.loop.setTimeout;
  const loopSetInterval = host.loop.setInterval;
  const loopClearTimeout = host.loop.clearTimeout;
  const loopClearInterval = host.loop.clearInterval;
  const intervals = new WeakSet();
  const timeouts = new WeakSet();

  function guard(fn, name) {
    if (typeof fn !== "function") {
      throw new TypeError("The callback passed to " + name + " must be a function, got " +
        typeof fn);
    }
    return function (...args) {
      if (!host.alive()) return;
      try {
        fn.apply(undefined, args);
      } catch (e) {
        host.uncaught(e);
      }
    };
  }

  function delay(ms) {
    const n = Number(ms);
    return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  }

  function define(name, value) {
    Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable: false });
  }

  // Each pending timer is listed among what the call waits for, so a timeout can name it.
  const pending = new WeakMap(); // timer -> done()

  define("setTimeout", function setTimeout(fn, ms, ...args) {
    const run = guard(fn, "setTimeout");
    const done = host.track("setTimeout(" + delay(ms) + " ms)");
    const t = loopSetTimeout(host.invoke, delay(ms), (...a) => {
      done();
      run(...a);
    }, ...args);
    timeouts.add(t);
    pending.set(t, done);
    return t;
  });
  define("setInterval", function setInterval(fn, ms, ...args) {
    const t = loopSetInterval(host.invoke, delay(ms), guard(fn, "setInterval"), ...args);
    intervals.add(t);
    pending.set(t, host.track("setInterval(" + delay(ms) + " ms)"));
    return t;
  });
  function clear(t) {
    if (t === null || typeof t !== "object") return;
    if (timeouts.has(t)) loopClearTimeout(t);
    else if (intervals.has(t)) loopClearInterval(t);
    else return;
    const done = pending.get(t);
    if (done) done();
  }
  define("clearTimeout", function clearTimeout(t) { clear(t); });
  define("clearInterval", function clearInterval(t) { clear(t); });
  define("queueMicrotask", function queueMicrotask(fn) {
    const run = guard(fn, "queueMicrotask");
    Promise.resolve().then(run);
  });
  // setImmediate is Node's, not the web's; Attio's runtime is not Node.
  delete globalThis.setImmediate;
  delete globalThis.clearImmediate;
})
