import { useMemo } from "react";
import type { AttioObject, Attribute, Manifest } from "../../api/types";
import { useLoader } from "../../hooks/useLoader";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { AttioIcon } from "../../ui/AttioIcon";
import { Button } from "../../ui/Button";
import { useCommands, type Command } from "./commands";
import { offeredSurfaces } from "./offered";
import "./ObjectActionsBar.css";

interface ObjectActionsBarProps {
  object: AttioObject;
  manifest: Manifest | null;
}

/** The app's object actions for the list view of object, also offered in the ⌘K palette. */
export function ObjectActionsBar({ object, manifest }: ObjectActionsBarProps) {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const loaded = useLoader(`attributes:${object.slug}`, () => runtime.api.attributes(object.slug));
  const attributes: Attribute[] = loaded.data ?? [];
  const declared = (manifest as { objectActions?: Manifest["recordActions"] } | null)
    ?.objectActions;
  const actions = offeredSurfaces(
    runtime,
    app.surfaces.objectActions,
    declared,
    object.slug,
    attributes,
  );
  const key = actions.map((action) => `${action.id}:${action.label}:${!!action.surface}`).join("|");
  const commands = useMemo<Command[]>(
    () =>
      actions.map((action) => ({
        id: `object-action-${action.id}`,
        label: action.label,
        icon: action.icon,
        group: object.pluralNoun,
        run: action.surface && (() => runtime.runObjectAction(action.surface!, object.slug)),
        disabledReason: action.disabledReason,
      })),
    [key, object, runtime, app.mount],
  );
  useCommands("object-actions", commands);

  if (actions.length === 0) return null;
  return (
    <div className="object-actions" aria-label={`Actions on ${object.pluralNoun}`}>
      <span className="object-actions__title">{object.pluralNoun}</span>
      {actions.map((action) => (
        <Button
          key={action.id}
          small
          testId={`object-action-${action.id}`}
          disabled={!action.surface}
          title={action.disabledReason}
          onClick={() =>
            action.surface && void runtime.runObjectAction(action.surface, object.slug)
          }
        >
          <AttioIcon name={action.icon} size={13} />
          {action.label}
        </Button>
      ))}
    </div>
  );
}
