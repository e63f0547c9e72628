import type { Attribute, Manifest, SurfaceInfo } from "../../api/types";
import type { Runtime } from "../../sdk/runtime";
import { appliesTo, type AppSurfaces } from "../../sdk/surfaces";

/** An app surface as the studio offers it; run is missing when it cannot run now. */
export interface Offered<T> {
  id: string;
  label: string;
  icon?: string;
  surface?: T;
  disabledReason?: string;
}

const notLoaded = "The app's client code has not loaded; see the errors above.";

/**
 * The app's surfaces of one kind that apply to object: the loaded app's, or, while its client
 * code has not loaded, the manifest's, so the developer still sees them (disabled).
 */
export function offeredSurfaces<T extends { id: string; label: string; icon?: string }>(
  runtime: Runtime,
  loaded: (T & Parameters<typeof appliesTo>[0])[],
  declared: SurfaceInfo[] | undefined,
  object: string,
  attributes: Attribute[],
): Offered<T>[] {
  const report = (error: unknown) =>
    runtime.appErrors.report("An objects filter of the app threw", error, "objects-filter");
  if (runtime.app.get().mount > 0 || loaded.length > 0) {
    return loaded
      .filter((surface) => appliesTo(surface, object, attributes, report))
      .map((surface) => ({ id: surface.id, label: surface.label, icon: surface.icon, surface }));
  }
  return (declared ?? [])
    .filter((surface) => appliesTo(surface, object, attributes))
    .map((surface) => ({ ...surface, disabledReason: notLoaded }));
}

/** The record actions offered on a record of object. */
export function offeredRecordActions(
  runtime: Runtime,
  surfaces: AppSurfaces,
  manifest: Manifest | null,
  object: string,
  attributes: Attribute[],
) {
  return offeredSurfaces(
    runtime,
    surfaces.recordActions,
    manifest?.recordActions,
    object,
    attributes,
  );
}
