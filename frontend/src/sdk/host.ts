/** What the app's client bundle expects on globalThis.__attioStudioHost before it runs. */
export interface BundleHost {
  modules: Record<string, unknown>;
  runServerFunction(id: string, args: unknown[]): Promise<unknown>;
  registerSurfaces(surfaces: unknown): void;
}

declare global {
  var __attioStudioHost: BundleHost | undefined;
}

/** The name stack traces give the app's client bundle. */
export const bundleUrl = "attio-app/client.js";

/**
 * How many lines `new Function` puts before the code it is given, which engines count in the
 * line numbers of stack traces; measured once, since engines differ.
 */
let measuredOffset: number | null = null;
export function bundleLineOffset(): number {
  if (measuredOffset !== null) return measuredOffset;
  const stack = String(new Function("return new Error().stack\n//# sourceURL=attio-probe.js")());
  const line = Number(/attio-probe\.js:(\d+):\d+/.exec(stack)?.[1] ?? 1);
  measuredOffset = line - 1;
  return measuredOffset;
}

/** Evaluates the app's client bundle (an IIFE) against host; throws what the bundle throws. */
export function evaluateBundle(code: string, host: BundleHost): void {
  globalThis.__attioStudioHost = host;
  new Function(`${code}\n//# sourceURL=${bundleUrl}`)();
}
