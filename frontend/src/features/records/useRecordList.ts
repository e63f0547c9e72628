import { useEffect } from "react";
import type { AttioRecord, Attribute } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader } from "../../hooks/useLoader";

export const recordListLimit = 200;

export interface RecordList {
  records: AttioRecord[] | undefined;
  attributes: Attribute[] | undefined;
  error: Error | null;
  loading: boolean;
}

/** An object's records and attributes, refreshed whenever the backend changes its records. */
export function useRecordList(object: string): RecordList {
  const api = useApi();
  const records = useLoader(`records:${object}`, () => api.listRecords(object, recordListLimit, 0));
  const attributes = useLoader(`attributes:${object}`, () => api.attributes(object));
  const reloadRecords = records.reload;
  const reloadAttributes = attributes.reload;

  useEffect(() => {
    const offChanged = api.on("records-changed", (event) => {
      if (event.object === object) reloadRecords();
    });
    const offBuild = api.on("build", () => reloadAttributes());
    const offReconnect = api.onReconnect(() => {
      reloadRecords();
      reloadAttributes();
    });
    return () => {
      offChanged();
      offBuild();
      offReconnect();
    };
  }, [api, object, reloadRecords, reloadAttributes]);

  return {
    records: records.data,
    attributes: attributes.data,
    error: records.error ?? attributes.error,
    loading: records.loading || attributes.loading,
  };
}
