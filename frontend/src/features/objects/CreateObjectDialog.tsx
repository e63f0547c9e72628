import { useState } from "react";
import type { AttioObject, ObjectSpec } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { StudioDialog } from "../data/StudioDialog";
import { useAction } from "../data/useAction";
import { slugFrom } from "./slugs";
import "./ObjectDialogs.css";

interface CreateObjectDialogProps {
  onCreated: (object: AttioObject) => void;
  onClose: () => void;
}

/** A form for a custom object: its singular and plural names and its api slug. */
export function CreateObjectDialog({ onCreated, onClose }: CreateObjectDialogProps) {
  const api = useApi();
  const [singular, setSingular] = useState("");
  const [plural, setPlural] = useState<string | null>(null);
  const [slug, setSlug] = useState<string | null>(null);
  const create = useAction(async (spec: ObjectSpec) => onCreated(await api.createObject(spec)));

  const pluralNoun = plural ?? (singular.trim() ? `${singular.trim()}s` : "");
  const apiSlug = slug ?? slugFrom(pluralNoun);
  const submit = () =>
    void create.run({ apiSlug, singularNoun: singular.trim(), pluralNoun: pluralNoun.trim() });

  return (
    <StudioDialog
      title="New custom object"
      okLabel="Create object"
      busy={create.busy}
      error={create.error}
      onOk={submit}
      onCancel={onClose}
    >
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">Singular name</span>
        <input
          className="object-dialog__input"
          autoFocus
          placeholder="Project"
          value={singular}
          onChange={(e) => setSingular(e.target.value)}
        />
      </label>
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">Plural name</span>
        <input
          className="object-dialog__input"
          placeholder="Projects"
          value={pluralNoun}
          onChange={(e) => setPlural(e.target.value)}
        />
      </label>
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">API slug</span>
        <input
          className="object-dialog__input object-dialog__mono"
          placeholder="projects"
          value={apiSlug}
          onChange={(e) => setSlug(e.target.value)}
        />
      </label>
    </StudioDialog>
  );
}
