import { useEffect } from "react";
import type { Attribute } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader, type Loaded } from "../../hooks/useLoader";
import { onObjectsChanged } from "../objects/objectsChanged";

/**
 * An object's attributes, reloaded after a build (the app's studio file may add some), a
 * workspace reset or import, and a reconnection.
 */
export function useAttributes(object: string): Loaded<Attribute[]> {
  const api = useApi();
  const loaded = useLoader(`attributes:${object}`, () => api.attributes(object));
  const { reload } = loaded;

  useEffect(() => {
    const offBuild = api.on("build", reload);
    const offReset = api.on("records-changed", (event) => event.kind === "reset" && reload());
    const offReconnect = api.onReconnect(reload);
    const offReplaced = onObjectsChanged(api, reload);
    return () => {
      offBuild();
      offReset();
      offReconnect();
      offReplaced();
    };
  }, [api, reload]);

  return loaded;
}
