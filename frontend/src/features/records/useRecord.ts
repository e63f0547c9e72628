import { useEffect } from "react";
import type { AttioRecord } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader, type Loaded } from "../../hooks/useLoader";

/** One record, refreshed in place (no flash) whenever the backend says it changed. */
export function useRecord(object: string, recordId: string): Loaded<AttioRecord> {
  const api = useApi();
  const loaded = useLoader(`record:${object}:${recordId}`, () => api.getRecord(object, recordId));
  const { reload } = loaded;

  useEffect(() => {
    const offChanged = api.on("records-changed", (event) => {
      if (event.object === object && (!event.recordId || event.recordId === recordId)) reload();
    });
    const offReconnect = api.onReconnect(reload);
    return () => {
      offChanged();
      offReconnect();
    };
  }, [api, object, recordId, reload]);

  return loaded;
}
