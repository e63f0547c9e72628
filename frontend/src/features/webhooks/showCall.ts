import { selectCallEvent } from "../inspector/selectCall";

/**
 * Asks the inspector to select a call and scroll to it; false when no inspector is there to
 * take the request.
 */
export function showCallInInspector(callId: string): boolean {
  const request = new CustomEvent(selectCallEvent, { detail: { callId }, cancelable: true });
  return !window.dispatchEvent(request);
}
