/**
 * Knows which call the app's code is running under, so a toast or server call is recorded under
 * the action (or widget) that caused it: a synchronous override set while the studio invokes app
 * code for a known call, else the most recently started action that is still running.
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

  // TODO: work continued after an await inside a dialog's or widget's handler falls back to the
  // latest running action, so such calls can be nested under the wrong action in the inspector.
  current(): string {
    return this.overrides.at(-1) ?? this.running.at(-1) ?? "";
  }
}
