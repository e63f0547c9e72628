import { useCallback, useEffect, useRef, useState } from "react";

export interface Loaded<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  /** Loads again, keeping the current data on screen until the new data arrives. */
  reload: () => void;
}

/**
 * Loads data for a view and reloads it when key changes; answers that arrive after a newer
 * request started are dropped, so a slow old answer never overwrites a newer one.
 */
export function useLoader<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; data?: T; error: Error | null }>({
    key,
    error: null,
  });
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    loadRef
      .current()
      .then(
        (data) => request === latest.current && setState({ key, data, error: null }),
        (error: unknown) =>
          request === latest.current &&
          setState((previous) => ({
            key,
            data: previous.key === key ? previous.data : undefined,
            error: toError(error),
          })),
      )
      .finally(() => request === latest.current && setLoading(false));
  }, [key]);

  useEffect(run, [run]);

  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : null,
    loading: loading || !fresh,
    reload: run,
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
