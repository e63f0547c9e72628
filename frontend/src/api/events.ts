import type { BuildEvent, Manifest } from "./types";

/** The manifest a "build" event carries, in either of the shapes the backend may send. */
export function manifestOf(event: BuildEvent | null | undefined): Manifest | null {
  if (!event || typeof event !== "object") return null;
  if ("manifest" in event && event.manifest) return event.manifest;
  if ("app" in event && "buildVersion" in event) return event;
  return null;
}
