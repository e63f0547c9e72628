/** What the app's client bundle expects on globalThis.__attioStudioHost before it runs. */
export interface BundleHost {
  modules: Record<string, unknown>;
  runServerFunction(id: string, args: unknown[]): Promise<unknown>;
  registerSurfaces(surfaces: unknown): void;
}

declare global {
  var __attioStudioHost: BundleHost | undefined;
}

/** Evaluates the app's client bundle (an IIFE) against host; throws what the bundle throws. */
export function evaluateBundle(code: string, host: BundleHost): void {
  globalThis.__attioStudioHost = host;
  new Function(`${code}\n//# sourceURL=attio-app/client.js`)();
}
