import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderInSurface } from "../../testing/renderInSurface";
import { Badge } from "./Badge";
import { DescriptionList } from "./DescriptionList";
import { DialogList } from "./DialogList";
import { Table } from "./Table";
import { TextBlock } from "./TextBlock";

const header = (
  <Table.Header>
    <Table.HeaderCell icon="User">Name</Table.HeaderCell>
    <Table.HeaderCell>Stage</Table.HeaderCell>
  </Table.Header>
);

describe("Table", () => {
  it("draws the header and rows with badges and avatars", () => {
    renderInSurface(
      <Table label="Deals">
        {header}
        <Table.Body>
          {["Acme", "Globex"].map((name) => (
            <Table.Row key={name}>
              <Table.Cell>
                <Table.Cell.Avatar name={name} />
              </Table.Cell>
              <Table.Cell>
                <Table.Cell.Badge color="green">Won</Table.Cell.Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>,
    );
    expect(screen.getByText("Deals")).toBeDefined();
    expect(screen.getAllByRole("row")).toHaveLength(3);
    expect(screen.getAllByText("Won")).toHaveLength(2);
  });

  it.each([
    {
      name: "a row with too few cells",
      table: (
        <Table>
          {header}
          <Table.Body>
            <Table.Row>
              <Table.Cell>Only one</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      ),
      error: "A <Table.Row> has 1 cells but <Table.Header> has 2 header cells",
    },
    {
      name: "no header",
      table: (
        <Table>
          <Table.Body />
        </Table>
      ),
      error:
        "A <Table> holds exactly one <Table.Header> and one <Table.Body>; this one holds <Table.Body>",
    },
    {
      name: "text in a row",
      table: (
        <Table>
          {header}
          <Table.Body>
            <Table.Row>text</Table.Row>
          </Table.Body>
        </Table>
      ),
      error: "<Table.Row> holds only <Table.Cell>s, not text.",
    },
    {
      name: "a badge beside text in a cell",
      table: (
        <Table>
          {header}
          <Table.Body>
            <Table.Row>
              <Table.Cell>
                Stage <Table.Cell.Badge color="red">Lost</Table.Cell.Badge>
              </Table.Cell>
              <Table.Cell>x</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      ),
      error: "A <Table.Cell> holds text and links, or one <Table.Cell.Badge>",
    },
    {
      name: "another SDK component in the header",
      table: (
        <Table>
          <Table.Header>
            <TextBlock>Name</TextBlock>
          </Table.Header>
          <Table.Body />
        </Table>
      ),
      error: "<Table.Header> holds only <Table.HeaderCell>s, not <TextBlock>.",
    },
  ])("refuses $name", ({ table, error }) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderInSurface(table);
    expect(screen.getByTestId("render-error").textContent).toContain(error);
  });
});

describe("DescriptionList", () => {
  it("draws labelled values and tags, and its menu beside the title", () => {
    const onSelect = vi.fn();
    renderInSurface(
      <DescriptionList title="Details">
        <DescriptionList.Menu>
          <DescriptionList.Menu.Item label="Remove" variant="danger" onSelect={onSelect} />
        </DescriptionList.Menu>
        <DescriptionList.Item label="Email" icon="Email">
          ada@example.com
        </DescriptionList.Item>
        <DescriptionList.Item label="Tags">
          <DescriptionList.Item.Tag label="VIP" color="red" />
        </DescriptionList.Item>
      </DescriptionList>,
    );
    expect(screen.getByText("Email").closest("dt")).not.toBeNull();
    expect(screen.getByText("ada@example.com").tagName).toBe("DD");
    expect(screen.getByText("VIP")).toBeDefined();

    fireEvent.click(screen.getByRole("button", { name: "More" }));
    const remove = screen.getByRole("menuitem", { name: "Remove" });
    expect(remove.className).toContain("menu__item--danger");
    fireEvent.click(remove);
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it("warns about an item holding tags and text together", () => {
    const { runtime } = renderInSurface(
      <DescriptionList>
        <DescriptionList.Item label="Mixed">
          text <DescriptionList.Item.Tag label="t" color="blue" />
        </DescriptionList.Item>
      </DescriptionList>,
    );
    expect(runtime.appErrors.warnings.get()[0].message).toContain('"Mixed" holds tags and text');
  });

  it("refuses other SDK components among its items", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderInSurface(
      <DescriptionList>
        <Badge color="red">x</Badge>
      </DescriptionList>,
    );
    expect(screen.getByTestId("render-error").textContent).toContain("not <Badge>");
  });
});

describe("DialogList", () => {
  it("draws each item with its action", () => {
    const onTrigger = vi.fn();
    renderInSurface(
      <DialogList>
        <DialogList.Item icon="Note" actionLabel="Open" onTrigger={onTrigger} suffix="2d">
          Kickoff notes
        </DialogList.Item>
      </DialogList>,
    );
    expect(screen.getByText("Kickoff notes")).toBeDefined();
    expect(screen.getByText("2d")).toBeDefined();
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    expect(onTrigger).toHaveBeenCalledOnce();
  });

  it.each([
    { name: "a text", emptyState: "No notes yet", text: "No notes yet", buttons: [] },
    {
      name: "a text with actions",
      emptyState: { text: "No notes", actions: [{ text: "Create note", onTrigger: () => {} }] },
      text: "No notes",
      buttons: ["Create note"],
    },
  ])("shows its empty state as $name", ({ emptyState, text, buttons }) => {
    renderInSurface(<DialogList emptyState={emptyState} />);
    expect(screen.getByText(text)).toBeDefined();
    expect(screen.queryAllByRole("button").map((b) => b.textContent)).toEqual(buttons);
  });
});
