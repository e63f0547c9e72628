import { useEffect, useRef, useState } from "react";
import type { AttioObject, Attribute } from "../../../api/types";
import { useApi } from "../../../hooks/useApi";
import { StudioDialog } from "../../data/StudioDialog";
import { AttributeEditor } from "./AttributeEditor";
import { createFields } from "./createFields";
import { draftOf, fieldError, isEmptyDraft, writeOf, type Draft } from "./draft";

interface CreateRecordDialogProps {
  object: AttioObject;
  attributes: Attribute[];
  onCreated: (recordId: string) => void;
  onClose: () => void;
}

/** A form for a new record of object; the backend validates it as Attio would. */
export function CreateRecordDialog({
  object,
  attributes,
  onCreated,
  onClose,
}: CreateRecordDialogProps) {
  const api = useApi();
  const fields = createFields(object.slug, attributes);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(fields.map((attribute) => [attribute.slug, draftOf(attribute, [])!])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ slug: string | null; message: string } | null>(null);
  const form = useRef<HTMLDivElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);

  const create = async () => {
    const values = Object.fromEntries(
      fields
        .filter((attribute) => !isEmptyDraft(attribute, drafts[attribute.slug]))
        .map((attribute) => [attribute.slug, writeOf(attribute, drafts[attribute.slug])]),
    );
    setBusy(true);
    setError(null);
    try {
      const record = await api.createRecord(object.slug, values);
      onCreated(record.id.record_id);
    } catch (reason) {
      const message = reason instanceof Error ? reason.message : String(reason);
      const field = fields.find((attribute) => fieldError(attribute.slug, message) !== null);
      setError(
        field
          ? { slug: field.slug, message: fieldError(field.slug, message)! }
          : { slug: null, message },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <StudioDialog
      title={`New ${object.singularNoun.toLowerCase()}`}
      okLabel={`Create ${object.singularNoun.toLowerCase()}`}
      busy={busy}
      error={error && !error.slug ? error.message : null}
      onOk={() => void create()}
      onCancel={onClose}
      size="medium"
    >
      <div className="create-record" ref={form} data-testid="create-record">
        {fields.map((attribute) => (
          <div
            key={attribute.slug}
            className="studio-dialog__field"
            data-testid={`create-${attribute.slug}`}
          >
            <span className="studio-dialog__label">
              {attribute.title}
              {attribute.isRequired && " *"}
            </span>
            <AttributeEditor
              attribute={attribute}
              draft={drafts[attribute.slug]}
              onChange={(draft) => setDrafts((all) => ({ ...all, [attribute.slug]: draft }))}
            />
            {error?.slug === attribute.slug && (
              <span
                className="studio-dialog__field-error"
                role="alert"
                data-testid={`attribute-error-${attribute.slug}`}
              >
                {error.message}
              </span>
            )}
          </div>
        ))}
        <p className="studio-dialog__hint">
          The other attributes can be filled in on the record page.
        </p>
      </div>
    </StudioDialog>
  );
}
