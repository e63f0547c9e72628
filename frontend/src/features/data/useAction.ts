import { useCallback, useState } from "react";

export interface Action<A extends unknown[]> {
  busy: boolean;
  error: string | null;
  /** Runs the action; true if it worked. */
  run: (...args: A) => Promise<boolean>;
  clearError: () => void;
}

/** A backend action a dialog runs: busy while it runs, its error kept to show. */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      try {
        await action(...args);
        return true;
      } catch (reason) {
        setError(reason instanceof Error ? reason.message : String(reason));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { busy, error, run, clearError: () => setError(null) };
}
