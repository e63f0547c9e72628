import type { AttioValue } from "../../api/types";
import { colorFor, Tag } from "../../ui/Tag";
import { ActorName } from "./ActorName";
import { RecordLink } from "./RecordLink";
import { referenceOf, valueText } from "./recordValues";
import "./AttributeValue.css";

interface AttributeValueProps {
  values: AttioValue[];
  /** One line for tables: the first value and a "+N" for the rest. */
  compact?: boolean;
  testId?: string;
}

const chipTypes = new Set(["email-address", "phone-number", "domain"]);

function OneValue({ value, compact }: { value: AttioValue; compact: boolean }) {
  const type = value.attribute_type;
  if (type === "record-reference") {
    const reference = referenceOf(value);
    return reference ? <RecordLink reference={reference} /> : null;
  }
  if (type === "actor-reference") return <ActorName value={value} />;
  const label = valueText(value);
  if (!label) return null;
  if (type === "select") return <Tag color={colorFor(label)}>{label}</Tag>;
  if (type === "status") {
    return (
      <Tag color={colorFor(label)} dot>
        {label}
      </Tag>
    );
  }
  if (chipTypes.has(type) && !compact) return <span className="attr-value__chip">{label}</span>;
  return <span className="attr-value__text">{label}</span>;
}

/** An attribute's values drawn the way Attio draws its type: links, badges, chips, text. */
export function AttributeValue({ values, compact = false, testId }: AttributeValueProps) {
  const shown = compact ? values.slice(0, 1) : values;
  const hidden = values.length - shown.length;
  return (
    <div className={`attr-value${compact ? " attr-value--compact" : ""}`} data-testid={testId}>
      {shown.map((value, index) => (
        <OneValue key={index} value={value} compact={compact} />
      ))}
      {hidden > 0 && <span className="attr-value__more">+{hidden}</span>}
    </div>
  );
}
