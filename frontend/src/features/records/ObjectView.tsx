import { Plus } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import type { AttioObject, Manifest } from "../../api/types";
import { useRoute } from "../../routing/route";
import { useRuntime } from "../../sdk/RuntimeContext";
import { Button } from "../../ui/Button";
import { isQueryRoute } from "../data/dataRoutes";
import { QueryConsole } from "../data/QueryConsole";
import { useStore } from "../../sdk/store";
import { appliesTo } from "../../sdk/surfaces";
import { BulkActionBar } from "./BulkActionBar";
import { CreateRecordDialog } from "./edit/CreateRecordDialog";
import { RecordList } from "./list/RecordList";
import { useListView } from "./list/useListView";
import { useRecordPages } from "./list/useRecordPages";
import { RecordPage } from "./RecordPage";
import { useAttributes } from "./useAttributes";
import "./ObjectView.css";

interface ObjectViewProps {
  object: AttioObject;
  recordId: string | null;
  manifest: Manifest | null;
  onOpen: (recordId: string, options?: { replace?: boolean }) => void;
}

/**
 * An object's record list beside the open record's page; the first record opens by default.
 * The query console's route shows the console in their place.
 */
export function ObjectView(props: ObjectViewProps) {
  const [route] = useRoute();
  if (isQueryRoute(route, props.object.slug)) return <QueryConsole />;
  return <ObjectRecords {...props} />;
}

function ObjectRecords({ object, recordId, manifest, onOpen }: ObjectViewProps) {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const attributes = useAttributes(object.slug);
  const list = useListView(object.slug, attributes.data ?? []);
  const pages = useRecordPages(object.slug, list.applied, attributes.data);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const firstId = pages.row(0)?.id.record_id;

  useEffect(() => setChecked(new Set()), [object.slug]);
  useEffect(() => {
    if (!recordId && firstId) onOpen(firstId, { replace: true });
  }, [recordId, firstId, onOpen]);

  const attributeList = attributes.data ?? [];
  const bulkActions = app.surfaces.bulkRecordActions.filter((action) =>
    appliesTo(action, object.slug, attributeList),
  );
  const check = useCallback(
    (ids: string[], on: boolean) =>
      setChecked((previous) => {
        const next = new Set(previous);
        ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
        return next;
      }),
    [],
  );

  return (
    <div className="object-view">
      <RecordList
        object={object}
        attributes={attributeList}
        list={list}
        pages={pages}
        openRecordId={recordId}
        onOpen={onOpen}
        checked={checked}
        onCheck={check}
        actions={
          <Button small onClick={() => setCreating(true)} testId="new-record">
            <Plus size={13} />
            New {object.singularNoun.toLowerCase()}
          </Button>
        }
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
      {recordId && attributes.data ? (
        <RecordPage
          object={object}
          recordId={recordId}
          attributes={attributeList}
          manifest={manifest}
          onAttributesChanged={attributes.reload}
        />
      ) : (
        <div className="object-view__empty">
          {pages.loaded && pages.rowCount === 0 ? "Nothing to show." : "Loading…"}
        </div>
      )}
      {creating && (
        <CreateRecordDialog
          object={object}
          attributes={attributeList}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  );
}
