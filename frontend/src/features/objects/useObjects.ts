import { useEffect } from "react";
import type { AttioObject } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader, type Loaded } from "../../hooks/useLoader";
import { onObjectsChanged } from "./objectsChanged";

const preferredOrder = ["people", "companies", "deals", "users", "workspaces"];

function rank(object: AttioObject): number {
  const index = preferredOrder.indexOf(object.slug);
  return index === -1 ? preferredOrder.length : index;
}

/** The workspace's objects, standard ones first in Attio's order, custom ones after. */
export function useObjects(): Loaded<AttioObject[]> {
  const api = useApi();
  const loaded = useLoader("objects", async () =>
    [...(await api.objects())].sort((a, b) => rank(a) - rank(b)),
  );
  const { reload } = loaded;
  useEffect(() => {
    const offReconnect = api.onReconnect(reload);
    const offAdded = onObjectsChanged(api, reload);
    const offReset = api.on("records-changed", (event) => event.kind === "reset" && reload());
    return () => {
      offReconnect();
      offAdded();
      offReset();
    };
  }, [api, reload]);
  return loaded;
}
