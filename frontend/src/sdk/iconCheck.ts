import { attioIcons } from "../ui/attioIcons";
import { isAssetIcon, isAttioIconName } from "../ui/AttioIcon";
import { toError } from "../api/transport";
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

/** The surfaces that show an icon. */
function withIcons(surfaces: AppSurfaces) {
  return [
    ...surfaces.recordActions,
    ...surfaces.bulkRecordActions,
    ...surfaces.objectActions,
    ...Object.values(surfaces.textActions).flat(),
  ];
}

/**
 * Checks the icon of every surface the app registered, once per load. An icon that names an
 * image ("logo.png") is loaded with load; one the app's src/assets lacks is a warning.
 */
export function checkSurfaceIcons(
  log: AppErrorLog,
  surfaces: AppSurfaces,
  load: (name: string) => Promise<string>,
) {
  for (const surface of withIcons(surfaces)) {
    const where = `"${surface.label}" (${surface.file})`;
    checkIcon(log, surface.icon, where);
    const name = surface.icon;
    if (typeof name !== "string" || !isAssetIcon(name)) continue;
    load(name).catch((error: unknown) =>
      log.warn(
        `Icon "${name}" not found`,
        `${where} uses the icon "${name}", but ${toError(error).message}. The default icon is ` +
          "drawn instead.",
        `icon:${name}`,
      ),
    );
  }
}
