import { Trash2 } from "lucide-react";
import { useState } from "react";
import type { AttioObject } from "../../../api/types";
import { useApi } from "../../../hooks/useApi";
import { useRoute } from "../../../routing/route";
import { Button } from "../../../ui/Button";
import { StudioDialog } from "../../data/StudioDialog";
import { useAction } from "../../data/useAction";

interface DeleteRecordButtonProps {
  object: AttioObject;
  recordId: string;
  title: string;
}

/** Deletes the record after asking, then goes back to the object's list. */
export function DeleteRecordButton({ object, recordId, title }: DeleteRecordButtonProps) {
  const api = useApi();
  const [, navigate] = useRoute();
  const [asking, setAsking] = useState(false);
  const remove = useAction(() => api.deleteRecord(object.slug, recordId));
  const noun = object.singularNoun.toLowerCase();

  const confirm = async () => {
    if (!(await remove.run())) return;
    setAsking(false);
    navigate({ object: object.slug, recordId: null });
  };

  return (
    <>
      <Button
        small
        variant="ghost"
        className="record-page__delete"
        title={`Delete this ${noun}`}
        aria-label={`Delete this ${noun}`}
        testId="delete-record"
        onClick={() => setAsking(true)}
      >
        <Trash2 size={13} />
      </Button>
      {asking && (
        <StudioDialog
          title={`Delete ${title}?`}
          okLabel={`Delete ${noun}`}
          okVariant="danger"
          busy={remove.busy}
          error={remove.error}
          onOk={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p className="studio-dialog__text">
            The {noun} and its values leave the mock workspace; references to it are removed. Export
            the workspace first to keep a copy.
          </p>
        </StudioDialog>
      )}
    </>
  );
}
