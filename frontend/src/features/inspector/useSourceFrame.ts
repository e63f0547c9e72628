import { useEffect, useState } from "react";
import type { SourceFrame } from "../../api/inspectorTypes";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";

/** Lines shown above and below the line a code frame points at. */
const around = 3;

/** The lines of an app file around file:line, for the code frame under an error. */
export function useSourceFrame(file: string | undefined, line: number | undefined) {
  const api = useApi();
  const [frame, setFrame] = useState<SourceFrame | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    setFrame(null);
    setError(null);
    if (!file || !line) return;
    let live = true;
    api.sourceLines(file, line, around).then(
      (loaded) => live && setFrame(loaded),
      (reason: unknown) => live && setError(toError(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, file, line]);

  return { frame, error };
}
