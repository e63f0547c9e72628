import { memo, useEffect, useMemo, type ReactNode } from "react";
import type { AttioObject, AttioRecord, Attribute } from "../../../api/types";
import { Avatar } from "../../../ui/Avatar";
import { AttributeValue } from "../AttributeValue";
import { initials, recordTitle, valuesOf } from "../recordValues";
import { ListToolbar } from "./ListToolbar";
import { SortHeader } from "./SortHeader";
import { titleAttribute } from "./titleAttribute";
import type { ListViewState } from "./useListView";
import type { RecordPages } from "./useRecordPages";
import { useVirtualRows } from "./useVirtualRows";
import "./RecordList.css";

export const rowHeight = 36;
const columnWidth = 130;
const nameWidth = 200;
const checkWidth = 36;

interface RecordListProps {
  object: AttioObject;
  attributes: Attribute[];
  list: ListViewState;
  pages: RecordPages;
  openRecordId: string | null;
  onOpen: (recordId: string) => void;
  checked: Set<string>;
  onCheck: (recordIds: string[], checked: boolean) => void;
  /** Beside the title: the "New record" button. */
  actions?: ReactNode;
  /** Under the toolbar: the bulk action bar. */
  children?: ReactNode;
}

/** An object's records as a table that draws only the rows in view. */
export function RecordList(props: RecordListProps) {
  const { object, attributes, list, pages, checked, onCheck } = props;
  const rows = useVirtualRows(pages.rowCount, rowHeight);
  const { show } = pages;
  const { first, end, scrollToTop } = rows;
  useEffect(() => show(first, end), [show, first, end]);
  useEffect(scrollToTop, [list.applied, scrollToTop]);

  const nameAttribute = titleAttribute(attributes);
  const columns = useMemo(
    () => list.columns.filter((column) => column.slug !== nameAttribute?.slug),
    [list.columns, nameAttribute],
  );
  const loaded = pages.loadedRecords();
  const allChecked = loaded.length > 0 && loaded.every((r) => checked.has(r.id.record_id));
  const span = columns.length + 2;
  const tableWidth = checkWidth + nameWidth + columns.length * columnWidth;
  const noun = object.pluralNoun.toLowerCase();

  return (
    <section className="record-list" aria-label={object.pluralNoun}>
      <header className="record-list__header">
        <h1 className="record-list__title">{object.pluralNoun}</h1>
        {pages.loaded && (
          <span className="record-list__count" data-testid="record-count">
            {pages.rowCount.toLocaleString()}
            {pages.exact ? "" : "+"}
          </span>
        )}
        <span className="record-list__spacer" />
        {props.actions}
      </header>
      <ListToolbar
        object={object.slug}
        pluralNoun={object.pluralNoun}
        attributes={attributes}
        list={list}
      />
      {props.children}
      {pages.error && (
        <p className="record-list__message record-list__message--error" role="alert">
          Could not load {noun}: {pages.error.message}
        </p>
      )}
      <div className="record-list__scroll" ref={rows.scrollRef}>
        <table className="record-list__table record-list__head" style={{ minWidth: tableWidth }}>
          <ColumnWidths columns={columns} />
          <thead>
            <tr>
              <th className="record-list__check">
                <input
                  type="checkbox"
                  aria-label="Select all loaded"
                  checked={allChecked}
                  onChange={(event) =>
                    onCheck(
                      loaded.map((r) => r.id.record_id),
                      event.target.checked,
                    )
                  }
                />
              </th>
              <SortHeader title="Name" attribute={nameAttribute} list={list} />
              {columns.map((column) => (
                <SortHeader key={column.slug} title={column.title} attribute={column} list={list} />
              ))}
            </tr>
          </thead>
        </table>
        {/* The rows in view move inside a box as tall as every row, so the browser lays out
            only them while the scroll bar spans the whole list. */}
        <div
          className="record-list__rows"
          style={{ height: rows.totalHeight, minWidth: tableWidth }}
        >
          <table
            className="record-list__table record-list__body"
            style={{ transform: `translateY(${rows.offsetTop}px)` }}
          >
            <ColumnWidths columns={columns} />
            <tbody>
              {Array.from({ length: rows.end - rows.first }, (_, offset) => {
                const index = rows.first + offset;
                const record = pages.row(index);
                return record ? (
                  <Row
                    key={record.id.record_id}
                    record={record}
                    columns={columns}
                    selected={record.id.record_id === props.openRecordId}
                    checked={checked.has(record.id.record_id)}
                    onOpen={props.onOpen}
                    onCheck={onCheck}
                  />
                ) : (
                  <Placeholder key={`placeholder-${index}`} span={span} />
                );
              })}
            </tbody>
          </table>
        </div>
        {pages.loaded && pages.rowCount === 0 && (
          <p className="record-list__message">
            {list.applied.search || list.applied.filters.length > 0
              ? `No ${noun} match the search and filters.`
              : `No ${noun} yet.`}
          </p>
        )}
      </div>
    </section>
  );
}

/** The same widths for the heading's table and the rows' table, so their columns line up. */
function ColumnWidths({ columns }: { columns: Attribute[] }) {
  return (
    <colgroup>
      <col style={{ width: checkWidth }} />
      <col style={{ width: nameWidth }} />
      {columns.map((column) => (
        <col key={column.slug} />
      ))}
    </colgroup>
  );
}

function Placeholder({ span }: { span: number }) {
  return (
    <tr className="record-list__placeholder" aria-hidden>
      <td colSpan={span}>
        <span className="record-list__skeleton" />
      </td>
    </tr>
  );
}

interface RowProps {
  record: AttioRecord;
  columns: Attribute[];
  selected: boolean;
  checked: boolean;
  onOpen: (recordId: string) => void;
  onCheck: (recordIds: string[], checked: boolean) => void;
}

// Rows re-render only when their record, columns or state change, which keeps scrolling
// through long lists at the display's frame rate.
const Row = memo(function Row({ record, columns, selected, checked, onOpen, onCheck }: RowProps) {
  const id = record.id.record_id;
  const title = recordTitle(record);
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
          checked={checked}
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
});
