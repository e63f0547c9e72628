import { useSyncExternalStore } from "react";

/** A value that React views and plain code share; views re-render when it changes. */
export class Store<T> {
  private listeners = new Set<() => void>();
  private value: T;

  constructor(initial: T) {
    this.value = initial;
  }

  get = (): T => this.value;

  set(next: T | ((previous: T) => T)) {
    this.value = typeof next === "function" ? (next as (previous: T) => T)(this.value) : next;
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
