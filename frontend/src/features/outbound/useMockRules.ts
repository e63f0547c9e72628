import { useCallback, useEffect, useState } from "react";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";
import { useAttempt } from "../connections/useAttempt";
import { newRuleDraft, ruleDraftOf, rulesOf, type RuleDraft } from "./ruleDraft";

/**
 * The mock rules being edited. Edits stay a draft until saved. While recording with no edits,
 * the rules reload after each call, so the answers recorded show up.
 */
export function useMockRules(recording: boolean) {
  const api = useApi();
  const [drafts, setDrafts] = useState<RuleDraft[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [problems, setProblems] = useState<Map<number, string>>(new Map());
  const save = useAttempt();

  const load = useCallback(() => {
    api.mockRules().then(
      (rules) => {
        setLoadError(null);
        setDrafts(rules.map(ruleDraftOf));
        setDirty(false);
        setProblems(new Map());
      },
      (reason: unknown) => setLoadError(toError(reason)),
    );
  }, [api]);

  useEffect(() => {
    load();
    return api.onReconnect(load);
  }, [api, load]);

  useEffect(() => {
    if (dirty || !recording) return;
    return api.on("call", (call) => call.status !== "running" && load());
  }, [api, dirty, recording, load]);

  const edit = (next: (drafts: RuleDraft[]) => RuleDraft[]) => {
    setDrafts((current) => next(current ?? []));
    setDirty(true);
    save.clearError();
  };

  const saveRules = async () => {
    const result = rulesOf(drafts ?? []);
    if (result.problems) {
      setProblems(result.problems);
      save.fail("Some rules have problems; they are shown on each rule.");
      return;
    }
    setProblems(new Map());
    const saved = await save.attempt(async () => {
      await api.saveMockRules(result.rules);
      return true;
    });
    if (saved) load();
  };

  const error = save.error;
  const badRule = error ? Number(/^rule (\d+):/.exec(error)?.[1] ?? NaN) : NaN;
  return {
    drafts,
    dirty,
    loadError,
    busy: save.busy,
    error,
    /** Problems by draft index: the editor's own, or the backend's for the rule it named. */
    problems: Number.isNaN(badRule) ? problems : new Map([[badRule, error!]]),
    update: (index: number, draft: RuleDraft) =>
      edit((list) => list.map((d, i) => (i === index ? draft : d))),
    add: () => edit((list) => [...list, newRuleDraft()]),
    remove: (index: number) => edit((list) => list.filter((_, i) => i !== index)),
    move: (index: number, by: -1 | 1) =>
      edit((list) => {
        const next = [...list];
        const [rule] = next.splice(index, 1);
        next.splice(Math.max(0, Math.min(list.length - 1, index + by)), 0, rule);
        return next;
      }),
    save: saveRules,
    discard: load,
  };
}

export type MockRules = ReturnType<typeof useMockRules>;
