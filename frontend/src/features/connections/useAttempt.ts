import { useCallback, useState } from "react";
import { toError } from "../../api/transport";

export interface Attempt {
  busy: boolean;
  /** Why the last attempt failed, in the backend's words. */
  error: string | null;
  /** Runs work; resolves to its result, or undefined when it failed (the error is kept). */
  attempt: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  /** Shows a problem found before any backend call, as if an attempt had failed with it. */
  fail: (message: string) => void;
  clearError: () => void;
}

/** One backend action at a time, its failure kept to show where the user acted. */
export function useAttempt(): Attempt {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attempt = useCallback(async <T>(work: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (reason) {
      setError(toError(reason).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, attempt, fail: setError, clearError };
}
