/** The window event a view sends to ask the inspector to select a call; detail is {callId}. */
export const selectCallEvent = "studio:select-call";

/**
 * Asks the inspector to select a call and shows its row; false when the call is not in the
 * inspector's list (cleared, or still loading).
 */
export function showCallInInspector(callId: string): boolean {
  const request = new CustomEvent(selectCallEvent, { detail: { callId }, cancelable: true });
  if (!window.dispatchEvent(request)) return true;
  // TODO: the inspector does not listen for selectCallEvent yet, so its row is clicked instead;
  // a call under a collapsed parent cannot be reached that way.
  if (!/^[\w-]+$/.test(callId)) return false;
  const row = document.querySelector<HTMLElement>(
    `[data-testid="call-row"][data-call-id="${callId}"]`,
  );
  if (!row) return false;
  row.click();
  row.scrollIntoView?.({ block: "nearest" });
  return true;
}
