import { useCallback, useState } from "react";
import type { AttioValue, Attribute } from "../../../api/types";
import { useApi } from "../../../hooks/useApi";
import { draftOf, fieldError, writeOf, type Draft } from "./draft";

export interface AttributeEdit {
  draft: Draft | null;
  editing: boolean;
  saving: boolean;
  /** The backend's reason for refusing the last save, without the attribute's slug. */
  error: string | null;
  start: () => void;
  change: (draft: Draft) => void;
  cancel: () => void;
  save: () => Promise<void>;
  /** Writes a draft at once, for controls that save as they are clicked (checkbox, rating). */
  saveNow: (draft: Draft) => Promise<void>;
}

/** Editing one attribute of a record in place: a draft, then one overwriting write. */
export function useAttributeEdit(
  object: string,
  recordId: string,
  attribute: Attribute,
  values: AttioValue[],
  onSaved: () => void,
): AttributeEdit {
  const api = useApi();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const write = useCallback(
    async (next: Draft) => {
      setSaving(true);
      setError(null);
      try {
        const values = { [attribute.slug]: writeOf(attribute, next) };
        await api.updateRecord(object, recordId, values, true);
        setDraft(null);
        onSaved();
      } catch (reason) {
        const message = reason instanceof Error ? reason.message : String(reason);
        setError(fieldError(attribute.slug, message) ?? message);
      } finally {
        setSaving(false);
      }
    },
    [api, object, recordId, attribute, onSaved],
  );

  return {
    draft,
    editing: draft !== null,
    saving,
    error,
    start: () => {
      setError(null);
      setDraft(draftOf(attribute, values));
    },
    change: setDraft,
    cancel: () => {
      setDraft(null);
      setError(null);
    },
    save: () => (draft ? write(draft) : Promise.resolve()),
    saveNow: write,
  };
}
