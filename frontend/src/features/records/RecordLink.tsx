import { hashFor } from "../../routing/route";
import type { RecordReference } from "./recordValues";
import { useRecordTitle } from "./recordTitles";

/** A link to a referenced record's page, showing its name once known. */
export function RecordLink({ reference }: { reference: RecordReference }) {
  const title = useRecordTitle(reference.object, reference.recordId);
  return (
    <a
      className="attr-value__link"
      href={hashFor(reference)}
      onClick={(event) => event.stopPropagation()}
    >
      {title ?? reference.recordId.slice(0, 8)}
    </a>
  );
}
