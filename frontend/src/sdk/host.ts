/** What the app's client bundle expects on globalThis.__attioStudioHost before it runs. */
export interface BundleHost {
  modules: Record<string, unknown>;
  runServerFunction(id: string, args: unknown[]): Promise<unknown>;
  registerSurfaces(surfaces: unknown): void;
}

/**
 * The globals the bundle sees instead of the page's own: its Promise and timers, which carry
 * the call app code runs under across awaits and timeouts (see asyncCalls.ts).
 */
export interface BundleGlobals {
  Promise: PromiseConstructor;
  setTimeout: typeof setTimeout;
  setInterval: typeof setInterval;
  queueMicrotask: typeof queueMicrotask;
}

declare global {
  var __attioStudioHost: BundleHost | undefined;
}

/** The name stack traces give the app's client bundle. */
export const bundleUrl = "attio-app/client.js";

const globalNames = ["Promise", "setTimeout", "setInterval", "queueMicrotask"] as const;

/**
 * How many lines `new Function` puts before the code it is given, which engines count in the
 * line numbers of stack traces; measured once, since engines differ.
 */
let measuredOffset: number | null = null;
export function bundleLineOffset(): number {
  if (measuredOffset !== null) return measuredOffset;
  const probe = new Function(
    ...globalNames,
    "return new Error().stack\n//# sourceURL=attio-probe.js",
  );
  const line = Number(/attio-probe\.js:(\d+):\d+/.exec(String(probe()))?.[1] ?? 1);
  measuredOffset = line - 1;
  return measuredOffset;
}

/**
 * Evaluates the app's client bundle (an IIFE) against host; throws what the bundle throws. The
 * bundle's free references to the names in globals read those instead of the page's.
 */
export function evaluateBundle(
  code: string,
  host: BundleHost,
  globals: Partial<BundleGlobals> = {},
): void {
  globalThis.__attioStudioHost = host;
  const run = new Function(...globalNames, `${code}\n//# sourceURL=${bundleUrl}`);
  run(...globalNames.map((name) => globals[name] ?? globalThis[name]));
}
