import { useEffect, useState } from "react";
import { manifestOf } from "../../api/events";
import type { Manifest } from "../../api/types";
import { useApi } from "../../hooks/useApi";

export interface AppInfo {
  name?: string;
  dir?: string;
  /** Names calls can have: surfaces' ids and server entry points. */
  names: string[];
}

function infoOf(manifest: Manifest): AppInfo {
  const surfaces = [
    ...(manifest.recordActions ?? []),
    ...(manifest.bulkRecordActions ?? []),
    ...(manifest.widgets ?? []),
  ].map((surface) => surface.id);
  const names = [
    ...surfaces,
    ...(manifest.serverFunctions ?? []),
    ...(manifest.webhooks ?? []),
    ...(manifest.events ?? []),
  ];
  return { name: manifest.app?.name, dir: manifest.app?.dir, names: [...new Set(names)].sort() };
}

/** The app's name, folder and entry point names, from the manifest, current after each build. */
export function useAppInfo(): AppInfo {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo>({ names: [] });
  useEffect(() => {
    let live = true;
    api.manifest().then(
      (manifest) => live && setInfo(infoOf(manifest)),
      () => {},
    );
    const off = api.on("build", (event) => {
      const manifest = manifestOf(event);
      if (manifest) setInfo(infoOf(manifest));
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return info;
}
