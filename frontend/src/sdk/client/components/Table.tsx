import { createContext, isValidElement, useContext, type ReactNode } from "react";
import { Avatar } from "./Avatar";
import { Badge } from "./Badge";
import {
  AttioComponentError,
  describeChild,
  flatChildren,
  isElementOf,
  isSdkElement,
  named,
  registerSdkComponents,
} from "./childRules";
import { SdkIcon } from "./SdkIcon";
import "./Table.css";

type Children = { children?: ReactNode };

/** The number of header cells, which every row must match. */
const ColumnCount = createContext<number | null>(null);

// The app's own components may wrap rows or cells; what they render cannot be checked here, so
// only text and the SDK's other components are refused.
function only(where: string, children: ReactNode, allowed: unknown[], names: string) {
  const parts = flatChildren(children);
  const refused = (part: ReactNode) =>
    !isElementOf(part, ...allowed) && (isSdkElement(part) || !isValidElement(part));
  const wrong = parts.find(refused);
  if (wrong) {
    throw new AttioComponentError(`<${where}> holds only ${names}, not ${describeChild(wrong)}.`);
  }
  return parts;
}

const CellBadge = named(function TableCellBadge(props: { color: string } & Children) {
  return <Badge color={props.color}>{props.children}</Badge>;
}, "Table.Cell.Badge");

const CellAvatar = named(function TableCellAvatar(props: { name: string; src?: string | null }) {
  return <Avatar name={props.name} src={props.src} size="small" />;
}, "Table.Cell.Avatar");

const Cell = Object.assign(
  named(function TableCell({ children }: Children) {
    const parts = flatChildren(children);
    const special = parts.filter((part) => isElementOf(part, CellBadge, CellAvatar));
    if (special.length > 0 && parts.length > 1) {
      throw new AttioComponentError(
        "A <Table.Cell> holds text and links, or one <Table.Cell.Badge>, or one " +
          `<Table.Cell.Avatar>; this one holds ${parts.map(describeChild).join(", ")}.`,
      );
    }
    return <td className="sdk-table__cell">{children}</td>;
  }, "Table.Cell"),
  { Badge: CellBadge, Avatar: CellAvatar },
);

const Row = named(function TableRow({ children }: Children) {
  const columns = useContext(ColumnCount);
  const cells = only("Table.Row", children, [Cell], "<Table.Cell>s");
  const counted = cells.every((cell) => isElementOf(cell, Cell));
  if (columns !== null && counted && cells.length !== columns) {
    throw new AttioComponentError(
      `A <Table.Row> has ${cells.length} cells but <Table.Header> has ${columns} header ` +
        "cells; every row needs one cell per header cell.",
    );
  }
  return <tr className="sdk-table__row">{children}</tr>;
}, "Table.Row");

const Body = named(function TableBody({ children }: Children) {
  only("Table.Body", children, [Row], "<Table.Row>s");
  return <tbody>{children}</tbody>;
}, "Table.Body");

const HeaderCell = named(function TableHeaderCell({
  icon,
  children,
}: { icon?: string } & Children) {
  if (flatChildren(children).some((part) => typeof part === "object")) {
    throw new AttioComponentError("A <Table.HeaderCell> holds only text.");
  }
  return (
    <th className="sdk-table__header-cell">
      {icon && <SdkIcon name={icon} where={`The column "${String(children)}"`} size={13} />}
      {children}
    </th>
  );
}, "Table.HeaderCell");

const Header = named(function TableHeader({ children }: Children) {
  only("Table.Header", children, [HeaderCell], "<Table.HeaderCell>s");
  return (
    <thead>
      <tr>{children}</tr>
    </thead>
  );
}, "Table.Header");

function TableRoot({ label, children }: { label?: string } & Children) {
  const parts = flatChildren(children);
  const headers = parts.filter((part) => isElementOf(part, Header));
  const bodies = parts.filter((part) => isElementOf(part, Body));
  if (headers.length !== 1 || bodies.length !== 1 || parts.length !== 2) {
    throw new AttioComponentError(
      "A <Table> holds exactly one <Table.Header> and one <Table.Body>; this one holds " +
        `${parts.map(describeChild).join(", ") || "nothing"}.`,
    );
  }
  const header = headers[0]!.props as Children;
  const columns = flatChildren(header.children);
  const counted = columns.every((cell) => isElementOf(cell, HeaderCell));
  return (
    <div className="sdk-table">
      {label && <h4 className="sdk-table__label">{label}</h4>}
      <div className="sdk-table__scroll">
        <table>
          <ColumnCount value={counted ? columns.length : null}>{children}</ColumnCount>
        </table>
      </div>
    </div>
  );
}

/** Experimental_Table (the docs' Table): a header row of text and rows of matching cells. */
export const Table = Object.assign(named(TableRoot, "Table"), {
  Header,
  HeaderCell,
  Body,
  Row,
  Cell,
});

registerSdkComponents(Table, Header, HeaderCell, Body, Row, Cell, CellBadge, CellAvatar);
