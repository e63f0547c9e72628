import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { AttioObject } from "../../api/types";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { AddAttributeDialog } from "./AddAttributeDialog";
import { CreateObjectDialog } from "./CreateObjectDialog";
import { slugFrom } from "./slugs";

const people: AttioObject = {
  id: "obj-people",
  slug: "people",
  singularNoun: "Person",
  pluralNoun: "People",
};

const objects = () => [
  people,
  { ...people, id: "obj-c", slug: "companies", pluralNoun: "Companies" },
];

describe("adding an attribute", () => {
  it("sends the title, the slug made from it, the type and its options", async () => {
    const onAdded = vi.fn();
    const { backend, runtime } = fakeRuntime({ Objects: objects, AddAttribute: () => ({}) });
    renderWithRuntime(
      runtime,
      <AddAttributeDialog object={people} onAdded={onAdded} onClose={() => {}} />,
    );

    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Lead tier" } });
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "select" } });
    fireEvent.click(screen.getByLabelText("Allow several values"));
    fireEvent.change(screen.getByLabelText("Options, one per line"), {
      target: { value: "Gold\n\n Silver \nBronze" },
    });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("AddAttribute")).toEqual([
      [
        "people",
        {
          slug: "lead_tier",
          title: "Lead tier",
          type: "select",
          isMultiselect: true,
          options: ["Gold", "Silver", "Bronze"],
        },
      ],
    ]);
    expect(onAdded).toHaveBeenCalled();
  });

  it("asks which object a reference points at", async () => {
    const { backend, runtime } = fakeRuntime({ Objects: objects, AddAttribute: () => ({}) });
    renderWithRuntime(
      runtime,
      <AddAttributeDialog object={people} onAdded={() => {}} onClose={() => {}} />,
    );

    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Employer" } });
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "record-reference" } });
    // A loaded machine can take longer than findBy's default second to list the objects.
    await screen.findByRole("option", { name: "Companies" }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText("Points at"), { target: { value: "companies" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("AddAttribute")[0][1]).toEqual({
      slug: "employer",
      title: "Employer",
      type: "record-reference",
      targetObject: "companies",
    });
  });

  it("shows the backend's refusal and stays open", async () => {
    const onAdded = vi.fn();
    const { runtime } = fakeRuntime({
      Objects: objects,
      AddAttribute: () => {
        throw new Error('attribute "name" already exists with type personal-name');
      },
    });
    renderWithRuntime(
      runtime,
      <AddAttributeDialog object={people} onAdded={onAdded} onClose={() => {}} />,
    );
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Name" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(screen.getByRole("alert").textContent).toContain("already exists");
    expect(onAdded).not.toHaveBeenCalled();
  });
});

describe("creating a custom object", () => {
  it("proposes the plural and the api slug from the singular name", async () => {
    const created = {
      id: "obj-p",
      slug: "projects",
      singularNoun: "Project",
      pluralNoun: "Projects",
    };
    const onCreated = vi.fn();
    const { backend, runtime } = fakeRuntime({ CreateObject: () => created });
    renderWithRuntime(runtime, <CreateObjectDialog onCreated={onCreated} onClose={() => {}} />);

    fireEvent.change(screen.getByLabelText("Singular name"), { target: { value: "Project" } });
    expect((screen.getByLabelText("Plural name") as HTMLInputElement).value).toBe("Projects");
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("CreateObject")).toEqual([
      [{ apiSlug: "projects", singularNoun: "Project", pluralNoun: "Projects" }],
    ]);
    expect(onCreated).toHaveBeenCalledWith(created);
  });
});

describe("slugs", () => {
  it.each([
    ["Lead score", "lead_score"],
    ["  Café owner!", "cafe_owner"],
    ["2025 budget", "n_2025_budget"],
  ])("%s becomes %s", (title, slug) => {
    expect(slugFrom(title)).toBe(slug);
  });
});
