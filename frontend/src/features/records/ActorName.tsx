import { useEffect, useState } from "react";
import type { StudioApi } from "../../api";
import type { AttioValue, WorkspaceMember } from "../../api/types";
import { useApi } from "../../hooks/useApi";

// Members change only when the workspace is reset or replaced; one list serves every value.
const lists = new WeakMap<StudioApi, Promise<WorkspaceMember[]>>();

function membersOf(api: StudioApi): Promise<WorkspaceMember[]> {
  let list = lists.get(api);
  if (!list) {
    list = api.members().catch(() => []);
    lists.set(api, list);
    api.on("records-changed", (event) => event.kind === "reset" && lists.delete(api));
  }
  return list;
}

const actorLabels: Record<string, string> = {
  system: "Attio",
  "api-token": "API token",
  app: "App",
  workflow: "Workflow",
};

/** Who an actor reference names: a workspace member's name, or the kind of actor. */
export function ActorName({ value }: { value: AttioValue }) {
  const api = useApi();
  const type = String(value.referenced_actor_type ?? "");
  const id = String(value.referenced_actor_id ?? "");
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    if (type !== "workspace-member") return;
    let live = true;
    membersOf(api).then((members) => {
      const member = members.find((m) => m.id === id);
      if (live && member) setName(`${member.first_name} ${member.last_name}`.trim());
    });
    return () => {
      live = false;
    };
  }, [api, type, id]);

  const label = name ?? actorLabels[type] ?? (type === "workspace-member" ? "Member" : type);
  return <span className="attr-value__text">{label}</span>;
}
