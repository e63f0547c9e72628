import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { StudioApi } from "../../../api";
import type { Attribute } from "../../../api/types";
import { useApi } from "../../../hooks/useApi";
import { listColumns } from "../columns";
import { emptyView, nextSort, type FilterCondition, type ListView } from "./listQuery";

// Views live as long as the page's connection to the studio, so going back to an object finds
// it as it was left.
const viewsByApi = new WeakMap<StudioApi, Map<string, ListView>>();

function viewsOf(api: StudioApi): Map<string, ListView> {
  let views = viewsByApi.get(api);
  if (!views) viewsByApi.set(api, (views = new Map()));
  return views;
}
const typingDelayMs = 250;
let nextFilterId = 1;

function storedColumns(object: string): string[] | null {
  try {
    const raw = window.localStorage.getItem(`attio-studio:columns:${object}`);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? parsed.filter((slug) => typeof slug === "string") : null;
  } catch {
    return null;
  }
}

function storeColumns(object: string, columns: string[]) {
  try {
    window.localStorage.setItem(`attio-studio:columns:${object}`, JSON.stringify(columns));
  } catch {
    // Storage may be full or disabled; the choice then lasts until the page reloads.
  }
}

export interface ListViewState {
  /** What the controls show, updated on every keystroke. */
  view: ListView;
  /** What the list shows: the view once typing has paused. */
  applied: ListView;
  setSearch: (text: string) => void;
  addFilter: (condition: Omit<FilterCondition, "id">) => void;
  updateFilter: (id: number, change: Partial<FilterCondition>) => void;
  removeFilter: (id: number) => void;
  clearFilters: () => void;
  sortBy: (attribute: string) => void;
  columns: Attribute[];
  setColumns: (slugs: string[]) => void;
}

/** The search, filters, sort and columns of an object's record list. */
export function useListView(object: string, attributes: Attribute[]): ListViewState {
  const views = viewsOf(useApi());
  const [view, setView] = useState<ListView>(() => views.get(object) ?? emptyView);
  const [applied, setApplied] = useState<ListView>(view);
  const current = useRef(view);
  const [columnSlugs, setColumnSlugs] = useState<string[] | null>(() => storedColumns(object));

  useEffect(() => {
    views.set(object, view);
    const timer = setTimeout(() => setApplied(view), typingDelayMs);
    return () => clearTimeout(timer);
  }, [views, object, view]);

  const change = useCallback((update: (view: ListView) => ListView, now = false) => {
    const next = update(current.current);
    current.current = next;
    setView(next);
    if (now) setApplied(next);
  }, []);

  const columns = useMemo(() => {
    if (!columnSlugs) return listColumns(object, attributes);
    const bySlug = new Map(attributes.map((attribute) => [attribute.slug, attribute]));
    return columnSlugs.map((slug) => bySlug.get(slug)).filter((a): a is Attribute => Boolean(a));
  }, [object, attributes, columnSlugs]);

  return {
    view,
    applied,
    setSearch: (search) => change((v) => ({ ...v, search })),
    addFilter: (condition) =>
      change((v) => ({ ...v, filters: [...v.filters, { ...condition, id: nextFilterId++ }] })),
    updateFilter: (id, update) =>
      change(
        (v) => ({
          ...v,
          filters: v.filters.map((f) => (f.id === id ? { ...f, ...update } : f)),
        }),
        !("value" in update),
      ),
    removeFilter: (id) =>
      change((v) => ({ ...v, filters: v.filters.filter((f) => f.id !== id) }), true),
    clearFilters: () => change((v) => ({ ...v, filters: [], search: "" }), true),
    sortBy: (attribute) => change((v) => ({ ...v, sort: nextSort(v.sort, attribute) }), true),
    columns,
    setColumns: (slugs) => {
      setColumnSlugs(slugs);
      storeColumns(object, slugs);
    },
  };
}
