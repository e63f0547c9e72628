/**
 * Knows which call the app's code is running under, so a toast or server call is recorded under
 * the action (or widget) that caused it: an override set while the studio invokes app code for
 * a known call, and carried across the app's awaits and timers by bind (see asyncCalls.ts); else
 * the most recently started action that is still running.
 */
export class CallTracker {
  private running: string[] = [];
  private overrides: string[] = [];

  begin(callId: string) {
    this.running.push(callId);
  }

  end(callId: string) {
    this.running = this.running.filter((id) => id !== callId);
  }

  /** Runs fn with callId as the current call for everything fn does synchronously. */
  within<T>(callId: string, fn: () => T): T {
    if (!callId) return fn();
    this.overrides.push(callId);
    try {
      return fn();
    } finally {
      this.overrides.pop();
    }
  }

  /**
   * fn, made to run under the call that is set now, whenever it is called later; fn itself when
   * no call is set (or fn is not a function).
   */
  bind<F>(fn: F): F {
    const callId = this.overrides.at(-1);
    if (!callId || typeof fn !== "function") return fn;
    return ((...args: unknown[]) => this.within(callId, () => fn(...args))) as F;
  }

  /**
   * The call app code runs under now. Code the studio did not start under a call, such as an
   * app's own effect, falls back to the latest running action.
   */
  current(): string {
    return this.overrides.at(-1) ?? this.running.at(-1) ?? "";
  }
}
