import type { StudioApi } from "../../api";

// The backend sends no event when a connection is added or removed, so whoever does it says so
// here: the panel and the missing-connection prompt both add connections.
const listeners = new WeakMap<StudioApi, Set<() => void>>();

export function onConnectionsChanged(api: StudioApi, listener: () => void): () => void {
  let set = listeners.get(api);
  if (!set) listeners.set(api, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function notifyConnectionsChanged(api: StudioApi) {
  listeners.get(api)?.forEach((listener) => listener());
}
