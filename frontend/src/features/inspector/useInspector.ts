import { useCallback, useMemo, useState } from "react";
import type { CallFilter, Timeline } from "../../api/inspectorTypes";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";
import { matches, summarize } from "./callFilter";
import { newestFirst } from "./callTree";
import { downloadJson, exportName, readText } from "./exportFile";
import { buildTimeline, type TimelineRow } from "./timeline";
import { useAppInfo } from "./useAppInfo";
import { useCallDetail } from "./useCallDetail";
import { useCallQuery } from "./useCallQuery";
import { useCalls } from "./useCalls";
import { useReplay } from "./useReplay";

export type InspectorTab = "timeline" | "calls";

export interface ImportedTimeline {
  fileName: string;
  timeline: Timeline;
}

/**
 * The inspector's state: the live timeline or an imported one, the calls view's filter, the
 * selection (which live updates never move), and the commands of its bar and detail pane.
 */
export function useInspector() {
  const api = useApi();
  const live = useCalls();
  const app = useAppInfo();
  const [tab, setTab] = useState<InspectorTab>("timeline");
  const [imported, setImported] = useState<ImportedTimeline | null>(null);
  const [filter, setFilter] = useState<CallFilter>({});
  const [picked, setPicked] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<Error | null>(null);

  const calls = useMemo(
    () => (imported ? [...imported.timeline.calls].sort(newestFirst) : live.calls),
    [imported, live.calls],
  );
  const rows = useMemo(() => buildTimeline(calls, collapsed), [calls, collapsed]);
  const query = useCallQuery(filter);
  const importedRows = useMemo(
    () => (imported ? calls.filter((call) => matches(filter, call)).map(summarize) : null),
    [calls, filter, imported],
  );

  // Until the user picks a call, the newest tree's root is shown.
  const pickedId = picked?.split("/")[0] ?? null;
  const selectedId = pickedId ?? rows[0]?.call.id ?? null;
  const selectedKey = picked ?? selectedId;
  const detail = useCallDetail(selectedId, calls);
  const replay = useReplay(imported ? null : selectedId);

  const names = useMemo(
    () => [...new Set([...app.names, ...calls.map((call) => call.name)])].sort(),
    [app.names, calls],
  );

  const fail = (reason: unknown) => setFailure(toError(reason));

  const exportCalls = useCallback(
    (ids: string[], format: "json" | "fixture", label?: string) => {
      setFailure(null);
      const suffix = format === "json" ? ".timeline.json" : ".fixture.json";
      const fileName = exportName([app.name, label ?? "timeline"], suffix);
      if (api.nativeFileDialogs) {
        api.exportCallsToFile(ids, format, fileName).catch(fail);
        return;
      }
      const request = format === "json" ? api.exportTimeline(ids) : api.exportFixture(ids);
      request.then((document) => downloadJson(fileName, document), fail);
    },
    [api, app.name],
  );

  const shown = detail.call;
  const exportSelected = useCallback(
    (format: "json" | "fixture") => {
      if (shown) exportCalls([shown.id], format, `${shown.name}-${shown.id}`);
    },
    [exportCalls, shown],
  );

  const importFile = useCallback(
    async (file: File) => {
      setFailure(null);
      let document: unknown;
      try {
        document = JSON.parse(await readText(file));
      } catch {
        setFailure(new Error(`${file.name} is not a JSON file.`));
        return;
      }
      try {
        const timeline = await api.importTimeline(document);
        setImported({ fileName: file.name, timeline });
        setPicked(null);
        setCollapsed(new Set());
      } catch (reason) {
        setFailure(new Error(`${file.name} cannot be shown: ${toError(reason).message}`));
      }
    },
    [api],
  );

  // Another view asked for this call: show the live log, open the call's ancestors and pick it.
  // The timeline scrolls to it; focus stays where the user is.
  const liveCalls = live.calls;
  const reveal = useCallback(
    (callId: string) => {
      setImported(null);
      setPicked(callId);
      const byId = new Map(liveCalls.map((call) => [call.id, call]));
      const ancestors = new Set<string>();
      for (let parent = byId.get(callId)?.parent; parent && !ancestors.has(parent);) {
        ancestors.add(parent);
        parent = byId.get(parent)?.parent;
      }
      setCollapsed((set) =>
        [...ancestors].some((id) => set.has(id))
          ? new Set([...set].filter((id) => !ancestors.has(id)))
          : set,
      );
    },
    [liveCalls],
  );

  // The desktop window reads the file itself, through its own dialog.
  const importNative = useCallback(async () => {
    setFailure(null);
    try {
      const file = await api.importTimelineFromFile();
      if (!file) return;
      setImported(file);
      setPicked(null);
      setCollapsed(new Set());
    } catch (reason) {
      setFailure(toError(reason));
    }
  }, [api]);

  const toggle = useCallback(
    (callId: string) =>
      setCollapsed((set) => {
        const next = new Set(set);
        if (next.has(callId)) next.delete(callId);
        else next.add(callId);
        return next;
      }),
    [],
  );

  return {
    tab,
    setTab,
    app,
    imported,
    closeImported: () => {
      setImported(null);
      setPicked(null);
    },
    importFile,
    importNative: api.nativeFileDialogs ? importNative : null,
    calls,
    rows,
    collapsed,
    toggle,
    filter,
    setFilter,
    query: importedRows
      ? { ...query, rows: importedRows, hasMore: false, loading: false, total: calls.length }
      : query,
    names,
    selectedId,
    selectedKey,
    pickedId,
    pickedKey: picked,
    select: setPicked,
    reveal,
    selectRow: (row: TimelineRow) => setPicked(row.key),
    detail,
    replay,
    exportCalls,
    exportSelected,
    clear: () => live.clear().catch(fail),
    error: failure ?? live.error,
    dismissError: () => setFailure(null),
  };
}

export type InspectorState = ReturnType<typeof useInspector>;
