import type { CallError } from "../api/types";
import { Store } from "./store";

/** An error in the app's own code that the developer must see (never a blank screen). */
export interface AppError {
  id: number;
  title: string;
  message: string;
  stack?: string;
  /** Groups errors of one origin (e.g. "bundle") so a later success can clear them. */
  key?: string;
}

/** Something in the app that works but will not look or behave as the developer meant. */
export interface AppWarning {
  id: number;
  title: string;
  message: string;
  /** One warning per key: the same mistake found again is not listed twice. */
  key: string;
}

export class AppErrorLog {
  readonly errors = new Store<AppError[]>([]);
  readonly warnings = new Store<AppWarning[]>([]);
  private nextId = 1;
  /** Rewrites a stack into the app's own files (set by the runtime once a bundle is loaded). */
  mapStack: (stack: string | undefined) => string | undefined = (stack) => stack;

  report(title: string, error: unknown, key?: string) {
    const { message, stack: raw } = describeError(error);
    const stack = this.mapStack(raw);
    const entry = { id: this.nextId++, title, message, stack, key };
    this.errors.set((list) => [...list.slice(-9), entry]);
  }

  dismiss(id: number) {
    this.errors.set((list) => list.filter((error) => error.id !== id));
  }

  dismissKey(key: string) {
    this.errors.set((list) => list.filter((error) => error.key !== key));
  }

  warn(title: string, message: string, key: string) {
    if (this.warnings.get().some((warning) => warning.key === key)) return;
    const entry = { id: this.nextId++, title, message, key };
    this.warnings.set((list) => [...list.slice(-19), entry]);
  }

  dismissWarning(id: number) {
    this.warnings.set((list) => list.filter((warning) => warning.id !== id));
  }

  /** Forgets every warning: a new build of the app reports its own as it renders. */
  clearWarnings() {
    if (this.warnings.get().length > 0) this.warnings.set([]);
  }
}

export function describeError(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  if (typeof error === "string") return { message: error };
  try {
    return { message: JSON.stringify(error) };
  } catch {
    return { message: String(error) };
  }
}

/** The error as the call log stores it: JSON-safe, with the app's name/code if it set them. */
export function toCallError(
  error: unknown,
  mapStack: (stack: string | undefined) => string | undefined = (stack) => stack,
): CallError {
  const { message, stack } = describeError(error);
  const result: CallError = { message, stack: mapStack(stack) };
  if (error && typeof error === "object") {
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (typeof name === "string") result.name = name;
    if (typeof code === "string") result.code = code;
  }
  return result;
}
