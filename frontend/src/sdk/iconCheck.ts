import { attioIcons } from "../ui/attioIcons";
import { isAssetIcon, isAttioIconName } from "../ui/AttioIcon";
import type { AppErrorLog } from "./appErrors";
import type { AppSurfaces } from "./surfaces";

function suggestion(name: string): string {
  const lower = name.toLowerCase();
  const match = Object.keys(attioIcons).find((known) => known.toLowerCase() === lower);
  return match ? ` Did you mean "${match}"?` : "";
}

/**
 * Warns, once per name, about an icon that is not an AttioIcon name: Attio would draw nothing
 * or the app's icon there, so the studio draws its default icon and says why.
 */
export function checkIcon(log: AppErrorLog, name: unknown, where: string) {
  if (name === undefined || name === null || name === "") return;
  const text = String(name);
  if (isAttioIconName(text) || isAssetIcon(text)) return;
  log.warn(
    `Unknown icon "${text}"`,
    `${where} uses the icon "${text}", which is not an AttioIcon name, so the default icon is ` +
      `drawn instead.${suggestion(text)}`,
    `icon:${text}`,
  );
}

/** Checks the icon of every surface the app registered, once per load. */
export function checkSurfaceIcons(log: AppErrorLog, surfaces: AppSurfaces) {
  const all = [
    ...surfaces.recordActions,
    ...surfaces.bulkRecordActions,
    ...surfaces.objectActions,
    ...Object.values(surfaces.textActions).flat(),
  ];
  for (const surface of all) checkIcon(log, surface.icon, `"${surface.label}" (${surface.file})`);
}
