import type { Attribute, Manifest } from "../../api/types";
import type { Runtime } from "../../sdk/runtime";
import { appliesTo, type AppSurfaces } from "../../sdk/surfaces";
import type { OfferedAction } from "./RecordActions";

/**
 * The record actions for a record of object: the loaded app's, runnable; or, when the app's
 * client code has not loaded, the manifest's, shown but disabled so the developer sees them.
 */
export function offeredActions(
  runtime: Runtime,
  surfaces: AppSurfaces,
  manifest: Manifest | null,
  object: string,
  attributes: Attribute[],
  recordId: string,
): OfferedAction[] {
  const report = (error: unknown) =>
    runtime.appErrors.report("An action's objects filter threw", error, "objects-filter");
  const loaded = surfaces.recordActions.filter((action) =>
    appliesTo(action, object, attributes, report),
  );
  if (loaded.length > 0 || runtime.app.get().mount > 0) {
    return loaded.map((action) => ({
      id: action.id,
      label: action.label,
      icon: action.icon,
      run: () => runtime.runRecordAction(action, { recordId, object }),
    }));
  }
  return (manifest?.recordActions ?? [])
    .filter((action) => appliesTo(action, object, attributes))
    .map((action) => ({
      id: action.id,
      label: action.label,
      icon: action.icon,
      disabledReason: "The app's client code has not loaded; see the errors above.",
    }));
}
