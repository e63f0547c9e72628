import { useCallback, useEffect, useState } from "react";
import { useApi } from "../../hooks/useApi";
import { missingConnectionOf, type MissingConnection } from "./missingConnection";

/**
 * The latest connection the app's code asked for and did not have, from the calls that fail
 * with Attio's no-connection errors, until the user dismisses it or adds one.
 */
export function useMissingConnection() {
  const api = useApi();
  const [missing, setMissing] = useState<MissingConnection | null>(null);
  useEffect(
    () =>
      api.on("call", (call) => {
        const found = missingConnectionOf(call);
        if (found) setMissing(found);
      }),
    [api],
  );
  const dismiss = useCallback(() => setMissing(null), []);
  return { missing, dismiss };
}
