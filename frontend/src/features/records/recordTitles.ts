import { useEffect, useState } from "react";
import type { StudioApi } from "../../api";
import { useApi } from "../../hooks/useApi";
import { recordTitle } from "./recordValues";

const titleListLimit = 500;

/**
 * Names of referenced records (a person's company), fetched one object list at a time rather
 * than one record at a time, and dropped when the backend says that object's records changed.
 */
class RecordTitleCache {
  private lists = new Map<string, Promise<Map<string, string>>>();

  constructor(private readonly api: StudioApi) {
    api.on("records-changed", (event) => this.lists.delete(event.object));
    api.onReconnect(() => this.lists.clear());
  }

  async title(object: string, recordId: string): Promise<string | null> {
    let list = this.lists.get(object);
    if (!list) {
      list = this.api
        .listRecords(object, titleListLimit, 0)
        .then(
          (records) => new Map(records.map((record) => [record.id.record_id, recordTitle(record)])),
        );
      list.catch(() => this.lists.delete(object));
      this.lists.set(object, list);
    }
    const titles = await list;
    return titles.get(recordId) ?? null;
  }
}

const caches = new WeakMap<StudioApi, RecordTitleCache>();

function cacheFor(api: StudioApi): RecordTitleCache {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = new RecordTitleCache(api)));
  return cache;
}

/** The referenced record's name; null while loading or when it cannot be found. */
export function useRecordTitle(object: string, recordId: string): string | null {
  const api = useApi();
  const [title, setTitle] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const cache = cacheFor(api);
    let current = true;
    cache.title(object, recordId).then(
      (found) => current && setTitle(found),
      () => current && setTitle(null),
    );
    const off = api.on("records-changed", (event) => {
      if (event.object === object) setVersion((count) => count + 1);
    });
    return () => {
      current = false;
      off();
    };
  }, [api, object, recordId, version]);
  return title;
}
