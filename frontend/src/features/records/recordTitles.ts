import { useEffect, useState } from "react";
import type { StudioApi } from "../../api";
import { useApi } from "../../hooks/useApi";
import { recordTitle } from "./recordValues";

const titleListLimit = 500;

/**
 * Names of referenced records (a person's company): one object's first records are fetched as
 * one list, and a record beyond them on its own, so a page of 100,000 people costs a call per
 * company shown rather than per row. An object's names are dropped when its records change.
 */
class RecordTitleCache {
  private lists = new Map<string, Promise<Map<string, string>>>();
  private singles = new Map<string, Promise<string | null>>();

  constructor(private readonly api: StudioApi) {
    api.on("records-changed", (event) => this.forget(event.kind === "reset" ? null : event.object));
    api.onReconnect(() => this.forget(null));
  }

  async title(object: string, recordId: string): Promise<string | null> {
    const listed = (await this.list(object)).get(recordId);
    if (listed !== undefined) return listed;
    const key = `${object}/${recordId}`;
    let single = this.singles.get(key);
    if (!single) {
      single = this.api.getRecord(object, recordId).then(recordTitle, () => null);
      this.singles.set(key, single);
    }
    return single;
  }

  private list(object: string): Promise<Map<string, string>> {
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
    return list.catch(() => new Map());
  }

  private forget(object: string | null) {
    if (object === null) {
      this.lists.clear();
      this.singles.clear();
      return;
    }
    this.lists.delete(object);
    for (const key of this.singles.keys()) {
      if (key.startsWith(`${object}/`)) this.singles.delete(key);
    }
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
      if (event.object === object || event.kind === "reset") setVersion((count) => count + 1);
    });
    return () => {
      current = false;
      off();
    };
  }, [api, object, recordId, version]);
  return title;
}
