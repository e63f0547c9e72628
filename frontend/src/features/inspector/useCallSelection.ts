import { useMemo, useState } from "react";
import type { Call } from "../../api/types";
import { buildCallTree, flattenCallTree } from "./callTree";

/**
 * Which call is selected and which are collapsed; until the user picks one, the newest root call
 * is selected.
 */
export function useCallSelection(calls: Call[]) {
  const [picked, setPicked] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const roots = useMemo(() => buildCallTree(calls), [calls]);
  const lines = useMemo(() => flattenCallTree(roots, collapsed), [roots, collapsed]);
  const selectedId =
    picked && calls.some((call) => call.id === picked) ? picked : (roots[0]?.call.id ?? null);
  const selected = calls.find((call) => call.id === selectedId) ?? null;

  const toggle = (callId: string) =>
    setCollapsed((set) => {
      const next = new Set(set);
      if (next.has(callId)) next.delete(callId);
      else next.add(callId);
      return next;
    });

  return { lines, selected, selectedId, select: setPicked, collapsed, toggle };
}
