import type { StudioApi } from "../../api";

// The backend sends no event when an object is added, so the editor that adds one says so here.
const listeners = new WeakMap<StudioApi, Set<() => void>>();

export function onObjectsChanged(api: StudioApi, listener: () => void): () => void {
  let set = listeners.get(api);
  if (!set) listeners.set(api, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function notifyObjectsChanged(api: StudioApi) {
  listeners.get(api)?.forEach((listener) => listener());
}
