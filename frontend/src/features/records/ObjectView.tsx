import { useEffect, useState } from "react";
import type { AttioObject, Manifest } from "../../api/types";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { appliesTo } from "../../sdk/surfaces";
import { BulkActionBar } from "./BulkActionBar";
import { RecordList } from "./RecordList";
import { RecordPage } from "./RecordPage";
import { useRecordList } from "./useRecordList";
import "./ObjectView.css";

interface ObjectViewProps {
  object: AttioObject;
  recordId: string | null;
  manifest: Manifest | null;
  onOpen: (recordId: string, options?: { replace?: boolean }) => void;
}

/** An object's record list beside the open record's page; the first record opens by default. */
export function ObjectView({ object, recordId, manifest, onOpen }: ObjectViewProps) {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const list = useRecordList(object.slug);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const firstId = list.records?.[0]?.id.record_id;

  useEffect(() => setChecked(new Set()), [object.slug]);
  useEffect(() => {
    if (!recordId && firstId) onOpen(firstId, { replace: true });
  }, [recordId, firstId, onOpen]);

  const attributes = list.attributes ?? [];
  const bulkActions = app.surfaces.bulkRecordActions.filter((action) =>
    appliesTo(action, object.slug, attributes),
  );
  const check = (ids: string[], on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
      return next;
    });

  return (
    <div className="object-view">
      <RecordList
        object={object}
        list={list}
        openRecordId={recordId}
        onOpen={onOpen}
        checked={checked}
        onCheck={check}
      >
        {checked.size > 0 && (
          <BulkActionBar
            count={checked.size}
            actions={bulkActions}
            onRun={(action) => void runtime.runBulkRecordAction(action, [...checked], object.slug)}
            onClear={() => setChecked(new Set())}
          />
        )}
      </RecordList>
      {recordId && list.attributes ? (
        <RecordPage
          object={object}
          recordId={recordId}
          attributes={attributes}
          manifest={manifest}
        />
      ) : (
        <div className="object-view__empty">
          {list.records?.length === 0 ? "Nothing to show." : "Loading…"}
        </div>
      )}
    </div>
  );
}
