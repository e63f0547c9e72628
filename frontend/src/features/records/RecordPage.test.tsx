import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AttioObject } from "../../api/types";
import { company, manifest, person, personAttributes } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { RecordPage } from "./RecordPage";

const people: AttioObject = {
  id: "obj-people",
  slug: "people",
  singularNoun: "Person",
  pluralNoun: "People",
};

const jane = person("rec-jane", "Jane Doe", {
  email_addresses: [
    { attribute_type: "email-address", email_address: "jane@acme.com" },
    { attribute_type: "email-address", email_address: "jd@home.org" },
  ],
  phone_numbers: [{ attribute_type: "phone-number", original_phone_number: "+44 7700 900123" }],
  company: [
    {
      attribute_type: "record-reference",
      target_object: "companies",
      target_record_id: "rec-acme",
    },
  ],
  alc_status: [{ attribute_type: "select", option: { title: "Sent" } }],
});

const appWithWidget = `(() => {
  const host = globalThis.__attioStudioHost;
  const { jsx, jsxs } = host.modules["react/jsx-runtime"];
  const { Widget, useAsyncCache, showToast } = host.modules["attio/client"];
  const score = async (...args) => host.runServerFunction("score.server", args);
  const ScoreWidget = ({ recordId }) => {
    const { values } = useAsyncCache({ score: [score, recordId] });
    const onTrigger = () => showToast({ title: "Score explained" });
    return jsxs(Widget.TextWidget, { onTrigger, children: [
      jsx(Widget.Title, { children: "Lead score" }),
      jsx(Widget.Text.Primary, { children: String(values.score) }),
    ] });
  };
  host.registerSurfaces({
    recordActions: [
      { id: "send-to-alc", label: "Send to ALC", objects: "people", onTrigger: async () => {} },
      { id: "deal-only", label: "Deal only", objects: ["deals"], onTrigger: async () => {} },
    ],
    widgets: [{ id: "score", label: "Score", Widget: ScoreWidget }],
  });
})();`;

function setup() {
  const { backend, runtime } = fakeRuntime({
    GetRecord: () => jane,
    ListRecords: (object: string) =>
      object === "companies" ? [company("rec-acme", "Acme Inc")] : [],
    CallServerFunction: (_id: string, args: unknown[]) => ({
      callId: "srv",
      result: `${args[0]}:87`,
    }),
  });
  runtime.loadBundle({ version: 1, code: appWithWidget });
  renderWithRuntime(
    runtime,
    <RecordPage
      object={people}
      recordId="rec-jane"
      attributes={personAttributes}
      manifest={manifest()}
    />,
  );
  return { backend, runtime };
}

describe("the record page", () => {
  it("draws the record's attributes by type", async () => {
    setup();
    const page = await screen.findByTestId("record-page");

    expect(within(page).getByTestId("record-title").textContent).toBe("Jane Doe");
    expect(screen.getByTestId("attribute-name").textContent).toBe("Jane Doe");
    expect(screen.getByTestId("attribute-email_addresses").textContent).toBe(
      "jane@acme.comjd@home.org",
    );
    expect(screen.getByTestId("attribute-phone_numbers").textContent).toBe("+44 7700 900123");
    expect(screen.getByTestId("attribute-alc_status").textContent).toBe("Sent");

    const companyLink = await waitFor(() =>
      within(screen.getByTestId("attribute-company")).getByText("Acme Inc"),
    );
    expect(companyLink.getAttribute("href")).toBe("#/companies/rec-acme");
  });

  it("offers only the record actions that apply to the object", async () => {
    const { backend } = setup();
    await screen.findByTestId("record-page");

    expect(screen.getByTestId("action-send-to-alc").textContent).toContain("Send to ALC");
    expect(screen.queryByTestId("action-deal-only")).toBeNull();

    await act(async () => fireEvent.click(screen.getByTestId("action-send-to-alc")));
    expect(backend.calls("StartCall")).toContainEqual([
      "record-action",
      "send-to-alc",
      { recordId: "rec-jane", object: "people" },
      "",
    ]);
  });

  it("mounts the app's widget under its own call and shows what it loaded", async () => {
    const { backend } = setup();

    const widget = await screen.findByTestId("widget-score");
    await waitFor(() => expect(widget.textContent).toContain("rec-jane:87"));
    expect(backend.calls("StartCall")).toContainEqual([
      "widget",
      "score",
      { recordId: "rec-jane", object: "people" },
      "",
    ]);
    expect(backend.calls("CallServerFunction")).toEqual([["score.server", ["rec-jane"], "call-1"]]);
    await waitFor(() => expect(backend.calls("FinishCall")).toContainEqual(["call-1", null]));
  });

  it("refreshes in place when the backend says the record changed", async () => {
    const { backend } = setup();
    await waitFor(() =>
      expect(screen.getByTestId("attribute-alc_status").textContent).toBe("Sent"),
    );

    const pending = {
      ...jane,
      values: {
        ...jane.values,
        alc_status: [{ attribute_type: "select", option: { title: "Pending" } }],
      },
    };
    backend.on("GetRecord", () => pending);
    act(() =>
      backend.emit("records-changed", { object: "people", recordId: "rec-jane", kind: "updated" }),
    );

    await waitFor(() =>
      expect(screen.getByTestId("attribute-alc_status").textContent).toBe("Pending"),
    );
    expect(screen.getByTestId("record-page")).toBeDefined();
  });

  it("records a click on the widget as a call of its own", async () => {
    const { backend } = setup();
    const widget = await screen.findByTestId("widget-score");
    await waitFor(() => expect(widget.textContent).toContain("rec-jane:87"));

    fireEvent.click(within(widget).getByRole("button"));

    await waitFor(() => expect(backend.calls("FinishCall")).toContainEqual(["call-2", null]));
    expect(backend.calls("StartCall")[1]).toEqual([
      "widget",
      "score",
      { recordId: "rec-jane", object: "people", event: "click" },
      "",
    ]);
    expect(backend.calls("RecordNotification")[0].slice(0, 2)).toEqual(["call-2", "toast"]);
  });
});
