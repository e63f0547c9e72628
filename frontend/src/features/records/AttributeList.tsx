import type { AttioRecord, Attribute } from "../../api/types";
import { AttributeValue } from "./AttributeValue";
import { isAppAttribute } from "./columns";
import { valuesOf } from "./recordValues";
import "./AttributeList.css";

interface AttributeListProps {
  record: AttioRecord;
  attributes: Attribute[];
}

/** The record's attributes as label and value rows, in the object's attribute order. */
export function AttributeList({ record, attributes }: AttributeListProps) {
  return (
    <dl className="attribute-list">
      {attributes.map((attribute) => (
        <div key={attribute.slug} className="attribute-list__row">
          <dt className="attribute-list__label" title={attribute.slug}>
            {attribute.title}
            {isAppAttribute(attribute) && <span className="attribute-list__app-mark">custom</span>}
          </dt>
          <dd className="attribute-list__value">
            <AttributeValue
              values={valuesOf(record, attribute.slug)}
              testId={`attribute-${attribute.slug}`}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
