import type { AttioRecord } from "../../../api/types";

export type FetchPage = (offset: number, limit: number) => Promise<AttioRecord[]>;

interface Page {
  records: AttioRecord[];
  /** Loaded before the last refresh: shown until its fresh copy arrives. */
  stale: boolean;
}

/**
 * The records of one list view, fetched a page at a time as rows come into view, so a list of
 * 100,000 records costs only the pages a person scrolls past. The row count is the backend's
 * count when it has one; otherwise it grows a page at a time until a short page ends the list.
 */
export class PageCache {
  private pages = new Map<number, Page>();
  private pending = new Set<number>();
  private listeners = new Set<() => void>();
  private generation = 0;
  private count: number | null = null;
  private end: number | null = null;
  error: Error | null = null;
  /** Goes up on every change, for React's useSyncExternalStore. */
  version = 0;

  constructor(
    private readonly fetchPage: FetchPage,
    readonly pageSize: number,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The backend's count of the records this view selects, when it knows it. */
  setCount(count: number | null) {
    this.count = count;
    this.changed();
  }

  /** How many rows the list has, as far as is known now. */
  rowCount(): number {
    if (this.end !== null) return this.end;
    if (this.count !== null) return this.count;
    const last = Math.max(-1, ...this.pages.keys());
    if (last < 0) return 0;
    return last * this.pageSize + this.pages.get(last)!.records.length + this.pageSize;
  }

  /** Whether rowCount is the real count rather than a lower bound. */
  isExact(): boolean {
    return this.end !== null || this.count !== null;
  }

  hasLoaded(): boolean {
    return this.pages.size > 0 || this.end !== null;
  }

  row(index: number): AttioRecord | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.records[index % this.pageSize];
  }

  /** The records of the pages loaded now, in order (what "select all" selects). */
  loadedRecords(): AttioRecord[] {
    return [...this.pages.keys()]
      .sort((a, b) => a - b)
      .flatMap((index) => this.pages.get(index)!.records);
  }

  /** Fetches the pages of rows first..last that are missing or stale. */
  ensure(first: number, last: number) {
    const from = Math.max(0, Math.floor(first / this.pageSize));
    const to = Math.max(from, Math.floor(Math.max(first, last) / this.pageSize));
    for (let index = from; index <= to; index++) {
      const page = this.pages.get(index);
      if ((page && !page.stale) || this.pending.has(index)) continue;
      if (this.end !== null && index * this.pageSize >= this.end && index > 0) continue;
      this.load(index);
    }
  }

  /**
   * Marks every page stale after the records changed; the pages in first..last reload now,
   * the others when they come into view again.
   */
  refresh(first: number, last: number) {
    this.generation++;
    this.pending.clear();
    this.end = null;
    const from = Math.floor(first / this.pageSize);
    const to = Math.floor(last / this.pageSize);
    for (const [index, page] of this.pages) {
      if (index < from - 1 || index > to + 1) this.pages.delete(index);
      else page.stale = true;
    }
    this.ensure(first, last);
    this.changed();
  }

  private load(index: number) {
    const generation = this.generation;
    this.pending.add(index);
    this.fetchPage(index * this.pageSize, this.pageSize).then(
      (records) => {
        if (generation !== this.generation) return;
        this.pending.delete(index);
        this.error = null;
        this.pages.set(index, { records, stale: false });
        if (records.length < this.pageSize) this.end = index * this.pageSize + records.length;
        else if (this.end !== null && this.end <= index * this.pageSize) this.end = null;
        this.changed();
      },
      (reason: unknown) => {
        if (generation !== this.generation) return;
        this.pending.delete(index);
        this.error = reason instanceof Error ? reason : new Error(String(reason));
        this.changed();
      },
    );
    this.changed();
  }

  private changed() {
    this.version++;
    this.listeners.forEach((listener) => listener());
  }
}
