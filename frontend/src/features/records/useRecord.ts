import { useEffect, useState } from "react";
import type { AttioRecord } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader, type Loaded } from "../../hooks/useLoader";
import { onObjectsChanged } from "../objects/objectsChanged";

export interface LoadedRecord extends Loaded<AttioRecord> {
  /** The record was deleted while on screen (by the app's code or the studio). */
  deleted: boolean;
}

/** One record, refreshed in place (no flash) whenever the backend says it changed. */
export function useRecord(object: string, recordId: string): LoadedRecord {
  const api = useApi();
  const loaded = useLoader(`record:${object}:${recordId}`, () => api.getRecord(object, recordId));
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const { reload } = loaded;

  useEffect(() => {
    const offChanged = api.on("records-changed", (event) => {
      if (event.kind === "deleted" && event.object === object && event.recordId === recordId) {
        setDeletedId(recordId);
      } else if (
        event.kind === "reset" ||
        (event.object === object && (!event.recordId || event.recordId === recordId))
      ) {
        setDeletedId(null);
        reload();
      }
    });
    const offReconnect = api.onReconnect(reload);
    const offReplaced = onObjectsChanged(api, reload);
    return () => {
      offChanged();
      offReconnect();
      offReplaced();
    };
  }, [api, object, recordId, reload]);

  return { ...loaded, deleted: deletedId === recordId };
}
