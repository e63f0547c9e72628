import { useCallback, useEffect, useRef, useState } from "react";
import type { CallFilter, CallSummary } from "../../api/inspectorTypes";
import { toError } from "../../api/transport";
import type { Call } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { matches, summarize } from "./callFilter";
import { createBatcher } from "./liveBatch";

const pageSize = 200;

export interface CallQuery {
  rows: CallSummary[];
  /** More, older calls pass the filter than are loaded. */
  hasMore: boolean;
  loading: boolean;
  error: Error | null;
  /** How many calls the log keeps in all, whatever the filter. */
  total: number | null;
  loadMore: () => void;
}

/**
 * The calls that pass a filter, newest first, a page at a time from the backend (QueryCalls)
 * and kept current from "call" events: a new call that passes appears on top, a call that no
 * longer passes (a running call that finished) goes.
 */
export function useCallQuery(filter: CallFilter): CallQuery {
  const api = useApi();
  const [rows, setRows] = useState<CallSummary[]>([]);
  const [next, setNext] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const generation = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const load = useCallback(
    (before: string) => {
      const mine = before === "" ? ++generation.current : generation.current;
      setLoading(true);
      api.queryCalls(filterRef.current, pageSize, before).then(
        (page) => {
          if (mine !== generation.current) return;
          setError(null);
          setRows((current) => (before === "" ? page.calls : [...current, ...page.calls]));
          setNext(page.next);
          setLoading(false);
        },
        (reason: unknown) => {
          if (mine !== generation.current) return;
          setError(toError(reason));
          setLoading(false);
        },
      );
      if (before === "") api.countCalls().then(setTotal, () => setTotal(null));
    },
    [api],
  );

  const key = JSON.stringify(filter);
  useEffect(() => load(""), [load, key]);

  useEffect(() => {
    const batch = createBatcher<Call>(
      (call) => call.id,
      (calls) => {
        const fresh = calls.filter((call) => call.status !== "running").length;
        setRows((current) => applyLive(current, calls, filterRef.current));
        if (fresh) setTotal((n) => (n === null ? n : n + fresh));
      },
    );
    const offs = [
      api.on("call", (call) => batch.add(call)),
      api.on("calls-cleared", () => {
        batch.cancel();
        load("");
      }),
      api.onReconnect(() => load("")),
    ];
    return () => {
      batch.cancel();
      offs.forEach((off) => off());
    };
  }, [api, load]);

  const loadMore = useCallback(() => {
    if (next && !loading) load(next);
  }, [load, loading, next]);

  return { rows, hasMore: Boolean(next), loading, error, total, loadMore };
}

/**
 * The rows with a batch of live calls applied: replaced, added in their place, or removed. A call
 * older than every loaded row is left for the page that will load it.
 */
export function applyLive(rows: CallSummary[], calls: Call[], filter: CallFilter): CallSummary[] {
  const index = new Map(rows.map((row, i) => [row.id, i]));
  let next = rows;
  const removed = new Set<string>();
  const added: CallSummary[] = [];
  for (const call of calls) {
    const at = index.get(call.id);
    const passes = matches(filter, call);
    if (at !== undefined && passes) {
      if (next === rows) next = [...rows];
      next[at] = summarize(call);
    } else if (at !== undefined) {
      removed.add(call.id);
    } else if (passes && (rows.length === 0 || call.id > rows[rows.length - 1].id)) {
      added.push(summarize(call));
    }
  }
  if (removed.size) next = next.filter((row) => !removed.has(row.id));
  if (added.length === 0) return next;
  added.sort(byIdNewestFirst);
  if (next.length === 0 || added[added.length - 1].id > next[0].id) return [...added, ...next];
  return [...added, ...next].sort(byIdNewestFirst);
}

const byIdNewestFirst = (a: CallSummary, b: CallSummary) =>
  a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
