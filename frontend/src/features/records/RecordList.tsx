import type { AttioObject, AttioRecord, Attribute } from "../../api/types";
import { Avatar } from "../../ui/Avatar";
import { AttributeValue } from "./AttributeValue";
import { listColumns } from "./columns";
import { initials, recordTitle, valuesOf } from "./recordValues";
import type { RecordList as RecordListData } from "./useRecordList";
import "./RecordList.css";

interface RecordListProps {
  object: AttioObject;
  list: RecordListData;
  openRecordId: string | null;
  onOpen: (recordId: string) => void;
  checked: Set<string>;
  onCheck: (recordIds: string[], checked: boolean) => void;
  children?: React.ReactNode;
}

export function RecordList(props: RecordListProps) {
  const { object, list, checked, onCheck } = props;
  const records = list.records ?? [];
  const columns = listColumns(object.slug, list.attributes ?? []);
  const allChecked = records.length > 0 && records.every((r) => checked.has(r.id.record_id));

  return (
    <section className="record-list" aria-label={object.pluralNoun}>
      <header className="record-list__header">
        <h1 className="record-list__title">{object.pluralNoun}</h1>
        {list.records && <span className="record-list__count">{records.length}</span>}
      </header>
      {props.children}
      {list.error && (
        <p className="record-list__message record-list__message--error">
          Could not load {object.pluralNoun.toLowerCase()}: {list.error.message}
        </p>
      )}
      <div className="record-list__scroll">
        <table className="record-list__table">
          <thead>
            <tr>
              <th className="record-list__check">
                <input
                  type="checkbox"
                  aria-label="Select all"
                  checked={allChecked}
                  onChange={(event) =>
                    onCheck(
                      records.map((r) => r.id.record_id),
                      event.target.checked,
                    )
                  }
                />
              </th>
              <th className="record-list__name-col">Name</th>
              {columns.map((column) => (
                <th key={column.slug}>{column.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <Row key={record.id.record_id} record={record} columns={columns} {...props} />
            ))}
          </tbody>
        </table>
        {list.records && records.length === 0 && (
          <p className="record-list__message">No {object.pluralNoun.toLowerCase()} yet.</p>
        )}
      </div>
    </section>
  );
}

interface RowProps extends RecordListProps {
  record: AttioRecord;
  columns: Attribute[];
}

function Row({ record, columns, openRecordId, onOpen, checked, onCheck }: RowProps) {
  const id = record.id.record_id;
  const title = recordTitle(record);
  const selected = id === openRecordId;
  return (
    <tr
      className={`record-list__row${selected ? " record-list__row--selected" : ""}`}
      data-testid="record-row"
      data-record-id={id}
      aria-selected={selected}
      onClick={() => onOpen(id)}
    >
      <td className="record-list__check" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={`Select ${title}`}
          checked={checked.has(id)}
          onChange={(event) => onCheck([id], event.target.checked)}
        />
      </td>
      <td>
        <div className="record-list__name">
          <Avatar name={title} initials={initials(title)} size="small" />
          <span>{title}</span>
        </div>
      </td>
      {columns.map((column) => (
        <td key={column.slug}>
          <AttributeValue values={valuesOf(record, column.slug)} compact />
        </td>
      ))}
    </tr>
  );
}
