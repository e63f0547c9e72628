/** Unsubscribes a handler. */
export type Unsubscribe = () => void;

export interface CallOptions {
  /**
   * Send the call even as the page unloads (a closed tab, a reload). Its answer may never be
   * read; keep such calls small, as browsers cap what unloading pages may still send.
   */
  keepalive?: boolean;
}

/**
 * A way to reach the studio backend: call a bound method with positional arguments and
 * listen to named events. Feature code never sees which transport it runs on.
 */
export interface Transport {
  call(method: string, args: unknown[], options?: CallOptions): Promise<unknown>;
  subscribe(event: string, handler: (data: unknown) => void): Unsubscribe;
  /** Called after the event stream came back from a drop, when events may have been missed. */
  onReconnect(handler: () => void): Unsubscribe;
  /** True when the backend can show the desktop's save and open dialogs (the window). */
  readonly nativeFileDialogs?: boolean;
}

export function toError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  if (typeof reason === "string") return new Error(reason);
  if (reason && typeof reason === "object" && "message" in reason) {
    return new Error(String((reason as { message: unknown }).message));
  }
  return new Error(String(reason));
}

/**
 * Whether a call failed because this backend does not have the method yet (an older studio),
 * so a view can fall back instead of showing an error.
 */
export function isMissingMethod(reason: unknown): boolean {
  return /has no method/.test(toError(reason).message);
}
