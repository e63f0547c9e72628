/**
 * The window event another view sends to have the inspector select a call; detail is {callId}.
 * The inspector cancels the event when it takes the request, so the sender learns whether an
 * inspector is there.
 */
export const selectCallEvent = "studio:select-call";

/** The call id a select-call event asks for, or null when its detail is not one. */
export function requestedCallId(event: Event): string | null {
  const detail = (event as CustomEvent<{ callId?: unknown }>).detail;
  const id = detail?.callId;
  return typeof id === "string" && id !== "" ? id : null;
}
