import { useCallback, useEffect, useState } from "react";
import type { QueryResult } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { queryExamples, type ExampleIds, type QueryExample } from "./queryExamples";

const storageKey = "attio-studio:query-console";

interface Saved {
  query: string;
  variables: string;
}

function load(): Saved | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? "null") as Saved | null;
    return saved && typeof saved.query === "string" ? saved : null;
  } catch {
    return null;
  }
}

function save(saved: Saved) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(saved));
  } catch {
    // Without storage the console starts from the first example next time.
  }
}

export interface QueryConsoleState {
  query: string;
  variables: string;
  setQuery: (text: string) => void;
  setVariables: (text: string) => void;
  loadExample: (example: QueryExample) => void;
  run: () => Promise<void>;
  running: boolean;
  result: QueryResult | null;
  /** Why the query could not be sent: variables that are not a JSON object, or the backend. */
  problem: string | null;
  durationMs: number | null;
}

/** Parses the variables box: a JSON object, or empty for none. */
export function parseVariables(text: string): object {
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`The variables are not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error('The variables must be a JSON object, like {"recordId": "…"}.');
  }
  return parsed;
}

/** The query console's text, the ids its examples use, and running a query. */
export function useQueryConsole(): QueryConsoleState {
  const api = useApi();
  const [ids, setIds] = useState<ExampleIds>({ person: "", deal: "" });
  const [saved] = useState(load);
  const [query, setQuery] = useState(saved?.query ?? queryExamples[0].query);
  const [variables, setVariables] = useState(saved?.variables ?? "");
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<QueryResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [durationMs, setDurationMs] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const first = (object: string) =>
      api.listRecords(object, 1, 0).then(
        (records) => records[0]?.id.record_id ?? "",
        () => "",
      );
    Promise.all([first("people"), first("deals")]).then(([person, deal]) => {
      if (!live) return;
      setIds({ person, deal });
      if (!saved)
        setVariables(JSON.stringify(queryExamples[0].variables({ person, deal }), null, 2));
    });
    return () => {
      live = false;
    };
  }, [api, saved]);

  useEffect(() => save({ query, variables }), [query, variables]);

  const run = useCallback(async () => {
    setProblem(null);
    let parsed: object;
    try {
      parsed = parseVariables(variables);
    } catch (error) {
      setProblem((error as Error).message);
      return;
    }
    setRunning(true);
    const started = performance.now();
    try {
      setResult(await api.runQuery(query, parsed, ""));
      setDurationMs(Math.round(performance.now() - started));
    } catch (error) {
      setResult(null);
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  }, [api, query, variables]);

  return {
    query,
    variables,
    setQuery,
    setVariables,
    loadExample: (example) => {
      setQuery(example.query);
      setVariables(JSON.stringify(example.variables(ids), null, 2));
      setResult(null);
      setProblem(null);
    },
    run,
    running,
    result,
    problem,
    durationMs,
  };
}
