import { useEffect, useRef } from "react";
import { requestedCallId, selectCallEvent } from "./selectCall";

/**
 * Calls onRequest with the call id of every select-call event sent to the window, and cancels
 * the event to say it was taken.
 */
export function useSelectCallRequests(onRequest: (callId: string) => void) {
  const handler = useRef(onRequest);
  handler.current = onRequest;

  useEffect(() => {
    const listen = (event: Event) => {
      const id = requestedCallId(event);
      if (!id) return;
      event.preventDefault();
      handler.current(id);
    };
    window.addEventListener(selectCallEvent, listen);
    return () => window.removeEventListener(selectCallEvent, listen);
  }, []);
}
