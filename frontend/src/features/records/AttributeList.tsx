import type { AttioRecord, Attribute } from "../../api/types";
import { isAppAttribute } from "./columns";
import { AttributeField } from "./edit/AttributeField";
import { valuesOf } from "./recordValues";
import "./AttributeList.css";

interface AttributeListProps {
  object: string;
  record: AttioRecord;
  attributes: Attribute[];
  onSaved: () => void;
}

/** The record's attributes as label and value rows, each value editable in place. */
export function AttributeList({ object, record, attributes, onSaved }: AttributeListProps) {
  return (
    <dl className="attribute-list">
      {attributes.map((attribute) => (
        <div key={attribute.slug} className="attribute-list__row">
          <dt className="attribute-list__label" title={attribute.slug}>
            {attribute.title}
            {isAppAttribute(attribute) && <span className="attribute-list__app-mark">custom</span>}
          </dt>
          <dd className="attribute-list__value">
            <AttributeField
              object={object}
              recordId={record.id.record_id}
              attribute={attribute}
              values={valuesOf(record, attribute.slug)}
              onSaved={onSaved}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
