import type { BundleGlobals } from "./host";
import type { CallTracker } from "./callTracker";

/**
 * The Promise and timers the app's bundle runs with. The studio's build turns the app's async
 * functions into generators resumed through this Promise's then, so each callback registered
 * while app code runs under a call (a click in a dialog, a widget's render) runs under that
 * call again later: a toast shown after an await is recorded under the action that led to it,
 * even when another action started meanwhile.
 */
export function bundleGlobals(tracker: CallTracker): BundleGlobals {
  const bind = <F>(fn: F): F => tracker.bind(fn);

  class CallPromise<T> extends Promise<T> {
    override then<A = T, B = never>(
      onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
      onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
    ): Promise<A | B> {
      return super.then(bind(onFulfilled), bind(onRejected));
    }
  }

  return {
    Promise: CallPromise as PromiseConstructor,
    setTimeout: ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      setTimeout(bind(handler), ms, ...args)) as typeof setTimeout,
    setInterval: ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      setInterval(bind(handler), ms, ...args)) as typeof setInterval,
    queueMicrotask: (callback: VoidFunction) => queueMicrotask(bind(callback)),
  };
}
