import { useEffect } from "react";
import type { AttioObject } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader, type Loaded } from "../../hooks/useLoader";

const preferredOrder = ["people", "companies", "deals", "users", "workspaces"];

function rank(object: AttioObject): number {
  const index = preferredOrder.indexOf(object.slug);
  return index === -1 ? preferredOrder.length : index;
}

/** The workspace's objects, standard ones first in Attio's order. */
export function useObjects(): Loaded<AttioObject[]> {
  const api = useApi();
  const loaded = useLoader("objects", async () =>
    [...(await api.objects())].sort((a, b) => rank(a) - rank(b)),
  );
  const { reload } = loaded;
  useEffect(() => api.onReconnect(reload), [api, reload]);
  return loaded;
}
