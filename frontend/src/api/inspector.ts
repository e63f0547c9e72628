import type {
  CallFilter,
  CallPage,
  Fixture,
  ReplayResult,
  SourceFrame,
  Timeline,
} from "./inspectorTypes";
import type { Call } from "./types";

/** The backend methods of the inspector: the call log queried, replayed, exported, cleared. */
export interface InspectorApi {
  /** One recorded call, by id. */
  call(id: string): Promise<Call>;
  /** A page of summaries, newest first; pass a page's next as before for the following one. */
  queryCalls(filter: CallFilter, limit: number, before: string): Promise<CallPage>;
  countCalls(): Promise<number>;
  /** Forgets every finished call; every page gets a "calls-cleared" event. */
  clearCalls(): Promise<void>;
  callRetention(): Promise<number>;
  setCallRetention(calls: number): Promise<void>;
  /** Runs a server-side call again as a new call and compares the outcomes. */
  replayCall(id: string, deterministic: boolean): Promise<ReplayResult>;
  /** The trees of the calls ids, or with none the whole log. */
  exportTimeline(ids: string[]): Promise<Timeline>;
  exportFixture(ids: string[]): Promise<Fixture>;
  /** Checks that a document is an exported timeline; rejects saying what is wrong. */
  importTimeline(document: unknown): Promise<Timeline>;
  sourceLines(file: string, line: number, around: number): Promise<SourceFrame>;
  /**
   * The desktop window's export (its webview may drop a page's download): asks where to save,
   * suggesting fileName, and writes the trees of ids there; the path written, "" if cancelled.
   */
  exportCallsToFile(ids: string[], format: "json" | "fixture", fileName: string): Promise<string>;
  /** The desktop window's import: asks for a timeline file; null when cancelled. */
  importTimelineFromFile(): Promise<{ fileName: string; timeline: Timeline } | null>;
}

type Caller = <T>(method: string, ...args: unknown[]) => Promise<T>;

export function inspectorApi(call: Caller): InspectorApi {
  const timeline = (timeline: Timeline): Timeline => ({ ...timeline, calls: timeline.calls ?? [] });
  return {
    call: (id) => call("Call", id),
    queryCalls: async (filter, limit, before) => {
      const page = await call<CallPage>("QueryCalls", filter, limit, before);
      return { ...page, calls: page.calls ?? [] };
    },
    countCalls: () => call("CountCalls"),
    clearCalls: async () => {
      await call("ClearCalls");
    },
    callRetention: () => call("CallRetention"),
    setCallRetention: async (calls) => {
      await call("SetCallRetention", calls);
    },
    replayCall: async (id, deterministic) => {
      const result = await call<ReplayResult>("ReplayCall", id, deterministic);
      return { ...result, differences: result.differences ?? [] };
    },
    exportTimeline: async (ids) => timeline(await call<Timeline>("ExportTimeline", ids)),
    exportFixture: (ids) => call("ExportFixture", ids),
    importTimeline: async (document) => timeline(await call<Timeline>("ImportTimeline", document)),
    sourceLines: (file, line, around) => call("SourceLines", file, line, around),
    exportCallsToFile: async (ids, format, fileName) =>
      (await call<string | null>("ExportCallsToFile", ids, format, fileName)) ?? "",
    importTimelineFromFile: async () => {
      const file = await call<{ fileName: string; timeline: Timeline } | null>(
        "ImportTimelineFromFile",
      );
      return file?.fileName ? { ...file, timeline: timeline(file.timeline) } : null;
    },
  };
}
