import { Plus } from "lucide-react";
import { useState } from "react";
import type { AttioObject, Attribute, Manifest } from "../../api/types";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { Avatar } from "../../ui/Avatar";
import { ErrorView } from "../../ui/ErrorView";
import { AddAttributeDialog } from "../objects/AddAttributeDialog";
import { RecordActionBar } from "../surfaces/RecordActionBar";
import { RecordTabs } from "../surfaces/RecordTabs";
import { RecordWidgets } from "../surfaces/RecordWidgets";
import { objectIcon } from "../objects/objectIcon";
import { Button } from "../../ui/Button";
import { DeleteRecordButton } from "./edit/DeleteRecordButton";
import { AttributeList } from "./AttributeList";
import { initials, recordTitle } from "./recordValues";
import { useRecord } from "./useRecord";
import "./RecordPage.css";

interface RecordPageProps {
  object: AttioObject;
  recordId: string;
  attributes: Attribute[];
  manifest: Manifest | null;
  /** After an attribute was added from this page. */
  onAttributesChanged?: () => void;
}

export function RecordPage(props: RecordPageProps) {
  const { object, recordId, attributes, manifest } = props;
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const { data: record, error, deleted, reload } = useRecord(object.slug, recordId);
  const [addingAttribute, setAddingAttribute] = useState(false);

  if (deleted) {
    return (
      <div className="record-page record-page__message" data-testid="record-page">
        This {object.singularNoun.toLowerCase()} was deleted.
      </div>
    );
  }

  if (error && !record) {
    return (
      <div className="record-page record-page__message" data-testid="record-page">
        <ErrorView
          title={`Could not load this ${object.singularNoun.toLowerCase()}`}
          message={error.message}
        />
      </div>
    );
  }
  if (!record) return <div className="record-page record-page__message">Loading…</div>;

  const title = recordTitle(record);
  const Icon = objectIcon(object.slug);
  const generation = `${app.mount}:${contentHash(JSON.stringify(record.values))}`;

  return (
    <article className="record-page" data-testid="record-page" data-record-id={recordId}>
      <header className="record-page__header">
        <div className="record-page__identity">
          <Avatar
            name={title}
            initials={initials(title)}
            size="large"
            shape={object.slug === "people" ? "round" : "box"}
          />
          <div>
            <h2 className="record-page__name" data-testid="record-title">
              {title}
            </h2>
            <span className="record-page__object">
              <Icon size={12} />
              {object.singularNoun}
            </span>
          </div>
        </div>
        <RecordActionBar
          object={object.slug}
          recordId={recordId}
          recordTitle={title}
          attributes={attributes}
          manifest={manifest}
        />
        <DeleteRecordButton object={object} recordId={recordId} title={title} />
      </header>
      <RecordWidgets
        object={object.slug}
        recordId={recordId}
        attributes={attributes}
        generation={generation}
      />
      <RecordTabs object={object.slug} recordId={recordId} attributes={attributes}>
        <section className="record-page__section">
          <div className="record-page__section-head">
            <h3 className="record-page__section-title">Record details</h3>
            <Button
              small
              variant="ghost"
              onClick={() => setAddingAttribute(true)}
              testId="add-attribute"
            >
              <Plus size={13} />
              Add attribute
            </Button>
          </div>
          <AttributeList
            object={object.slug}
            record={record}
            attributes={attributes}
            onSaved={reload}
          />
        </section>
      </RecordTabs>
      {addingAttribute && (
        <AddAttributeDialog
          object={object}
          onAdded={() => {
            setAddingAttribute(false);
            props.onAttributesChanged?.();
          }}
          onClose={() => setAddingAttribute(false)}
        />
      )}
    </article>
  );
}

function contentHash(text: string): string {
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = (hash * 31 + text.charCodeAt(index)) | 0;
  return (hash >>> 0).toString(36);
}
