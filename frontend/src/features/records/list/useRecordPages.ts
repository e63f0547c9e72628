import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { isMissingMethod } from "../../../api/transport";
import type { AttioRecord, Attribute, RecordsChangedEvent } from "../../../api/types";
import { useApi } from "../../../hooks/useApi";
import { pageQuery, viewNarrows, type ListView } from "./listQuery";
import { PageCache } from "./pageCache";
import { onObjectsChanged } from "../../objects/objectsChanged";

export const pageSize = 100;
const refreshDelayMs = 150;

export interface RecordPages {
  rowCount: number;
  /** False while the count is a lower bound that grows as pages load. */
  exact: boolean;
  loaded: boolean;
  error: Error | null;
  row: (index: number) => AttioRecord | undefined;
  loadedRecords: () => AttioRecord[];
  /** Asks for the rows first..last, the ones in view. */
  show: (first: number, last: number) => void;
}

// Backends without CountRecords are asked once, not on every refresh.
const cannotCount = new WeakSet<object>();

const recordKinds = new Set(["created", "updated", "deleted", "reset"]);

export function changesRecordsOf(event: RecordsChangedEvent, object: string): boolean {
  return event.kind === "reset" || (event.object === object && recordKinds.has(event.kind));
}

/**
 * The records a list view selects, loaded a page at a time as they come into view and
 * reloaded (without emptying the list) whenever the backend says the object's records changed.
 */
export function useRecordPages(
  object: string,
  view: ListView,
  attributes: Attribute[] | undefined,
): RecordPages {
  const api = useApi();
  const range = useRef({ first: 0, last: 50 });
  const key = JSON.stringify([view.search, view.filters, view.sort]);
  const cache = useMemo(() => {
    const fetchPage = (offset: number, limit: number) =>
      api.queryRecords(object, pageQuery(view, attributes ?? [], offset, limit));
    return new PageCache(fetchPage, pageSize);
    // The key stands for the parts of the view a query reads.
  }, [api, object, key, attributes]);
  const filtered = attributes !== undefined && viewNarrows(view, attributes);

  useSyncExternalStore(cache.subscribe, () => cache.version);

  useEffect(() => {
    if (!attributes) return;
    let live = true;
    const count = () => {
      if (filtered || cannotCount.has(api)) return;
      api.countRecords(object).then(
        (total) => live && typeof total === "number" && cache.setCount(total),
        (reason: unknown) => {
          if (isMissingMethod(reason)) cannotCount.add(api);
          else console.warn("Could not count the records:", reason);
        },
      );
    };
    count();
    cache.ensure(range.current.first, range.current.last);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        cache.refresh(range.current.first, range.current.last);
        count();
      }, refreshDelayMs);
    };
    const offChanged = api.on("records-changed", (event) => {
      if (changesRecordsOf(event, object)) refresh();
    });
    const offReconnect = api.onReconnect(refresh);
    const offReplaced = onObjectsChanged(api, refresh);
    return () => {
      live = false;
      clearTimeout(timer);
      offChanged();
      offReconnect();
      offReplaced();
    };
  }, [api, object, cache, attributes, filtered]);

  const show = useCallback(
    (first: number, last: number) => {
      range.current = { first, last };
      if (attributes) cache.ensure(first, last);
    },
    [cache, attributes],
  );

  return {
    rowCount: cache.rowCount(),
    exact: cache.isExact(),
    loaded: cache.hasLoaded(),
    error: cache.error,
    row: (index) => cache.row(index),
    loadedRecords: () => cache.loadedRecords(),
    show,
  };
}
