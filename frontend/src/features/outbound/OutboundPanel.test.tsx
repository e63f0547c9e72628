import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MockRule, OutboundSettings } from "../../api";
import { manifest } from "../../test/fixtures";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { OutboundPanel } from "./OutboundPanel";

const leads: MockRule = {
  method: "POST",
  url: "https://api.acmeleadchecker.ai/api/v1/leads",
  response: { status: 201, body: { id: "lead_5d8e21" } },
};

function setup(options: { rules?: MockRule[]; saveThrows?: string; setThrows?: string } = {}) {
  let settings: OutboundSettings = { mode: "mocks-then-network", faults: {} };
  let rules = options.rules ?? [leads];
  const { backend, runtime } = fakeRuntime({
    Outbound: () => settings,
    SetOutbound: (next: OutboundSettings) => {
      if (options.setThrows) throw new Error(options.setThrows);
      settings = next;
      return null;
    },
    MockRules: () => rules,
    SaveMockRules: (next: MockRule[]) => {
      if (options.saveThrows) throw new Error(options.saveThrows);
      rules = next;
      return null;
    },
  });
  renderWithRuntime(
    runtime,
    <OutboundPanel manifest={manifest({ webhooks: ["lead-processed"] })} />,
  );
  return backend;
}

const ruleCards = () => screen.queryAllByTestId("mock-rule");

describe("the outbound panel", () => {
  it("switches the mode, keeping the faults", async () => {
    const backend = setup();
    const offline = await screen.findByTestId("outbound-mode-offline");
    await waitFor(() => expect(offline).not.toHaveProperty("disabled", true));

    await act(async () => fireEvent.click(offline));

    expect(backend.calls("SetOutbound")).toEqual([[{ mode: "offline", faults: {} }]]);
    expect((offline as HTMLInputElement).checked).toBe(true);
  });

  it("adds a rate limit to a host with only the fields a rate limit uses", async () => {
    const backend = setup();
    await screen.findByTestId("no-faults");

    fireEvent.click(screen.getByTestId("add-fault"));
    fireEvent.change(screen.getByTestId("fault-host"), { target: { value: "api.example.com" } });
    fireEvent.change(screen.getByTestId("fault-kind"), { target: { value: "rate-limit" } });
    fireEvent.change(screen.getByTestId("fault-retry-after"), { target: { value: "30" } });
    fireEvent.click(screen.getByTestId("fault-retry-format-seconds"));
    fireEvent.change(screen.getByTestId("fault-times"), { target: { value: "1" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(backend.calls("SetOutbound")).toEqual([
      [
        {
          mode: "mocks-then-network",
          faults: {
            "api.example.com": {
              kind: "rate-limit",
              retryAfter: 30,
              retryAfterFormat: "seconds",
              times: 1,
            },
          },
        },
      ],
    ]);
    const row = screen.getByTestId("fault-row");
    expect(row.textContent).toContain("Rate limit (429)");
    expect(row.textContent).toContain("Retry-After 30 s in seconds");
    expect(row.textContent).toContain("the next 1 requests");
  });

  it("keeps the fault dialog open with the backend's reason when it refuses", async () => {
    setup({ setThrows: 'fault host "a b" is not a host; give one such as api.example.com' });
    await screen.findByTestId("no-faults");
    fireEvent.click(screen.getByTestId("add-fault"));
    fireEvent.change(screen.getByTestId("fault-host"), { target: { value: "a b" } });
    await act(async () => fireEvent.click(screen.getByTestId("studio-dialog-ok")));

    expect(within(screen.getByTestId("studio-dialog")).getByRole("alert").textContent).toContain(
      'fault host "a b" is not a host',
    );
    expect(screen.queryByTestId("fault-row")).toBeNull();
  });

  it("edits a rule, adds a sequence, and saves both", async () => {
    const backend = setup();
    await waitFor(() => expect(ruleCards()).toHaveLength(1));
    fireEvent.change(screen.getByTestId("rule-0-answer-0-delay"), { target: { value: "250" } });

    fireEvent.click(screen.getByTestId("add-mock-rule"));
    fireEvent.change(screen.getByTestId("rule-1-url"), {
      target: { value: "https://api.example.com/flaky" },
    });
    fireEvent.click(screen.getByTestId("rule-1-answers-sequence"));
    fireEvent.change(screen.getByTestId("rule-1-answer-0-status"), { target: { value: "503" } });
    fireEvent.click(screen.getByRole("button", { name: "Add an answer" }));
    fireEvent.click(screen.getByTestId("rule-1-answer-1-body-text"));
    fireEvent.change(screen.getByTestId("rule-1-answer-1-body-value"), {
      target: { value: "ok" },
    });
    await act(async () => fireEvent.click(screen.getByTestId("save-mock-rules")));

    expect(backend.calls("SaveMockRules")).toEqual([
      [
        [
          { ...leads, response: { ...leads.response, delayMs: 250 } },
          {
            method: "GET",
            url: "https://api.example.com/flaky",
            responses: [{ status: 503, body: {} }, { body: "ok" }],
          },
        ],
      ],
    ]);
    await waitFor(() =>
      expect(screen.getByTestId("save-mock-rules")).toHaveProperty("disabled", true),
    );
    // It draws two rule cards and four answer editors, which a busy machine takes a while for.
  }, 20000);

  it("adds a callback to an answer, aimed at the app's handler file", async () => {
    const backend = setup();
    await waitFor(() => expect(ruleCards()).toHaveLength(1));
    fireEvent.click(screen.getByTestId("rule-0-answer-0-callback"));
    fireEvent.change(screen.getByTestId("rule-0-answer-0-callback-after"), {
      target: { value: "3000" },
    });
    await act(async () => fireEvent.click(screen.getByTestId("save-mock-rules")));

    expect(backend.calls("SaveMockRules")[0][0]).toEqual([
      {
        ...leads,
        response: {
          ...leads.response,
          callback: { webhook: "lead-processed", afterMs: 3000, body: {} },
        },
      },
    ]);
  });

  it("shows the editor's own problem on its rule and saves nothing", async () => {
    const backend = setup();
    await waitFor(() => expect(ruleCards()).toHaveLength(1));
    fireEvent.change(screen.getByTestId("rule-0-answer-0-body-value"), {
      target: { value: "{not json" },
    });
    await act(async () => fireEvent.click(screen.getByTestId("save-mock-rules")));

    expect(within(ruleCards()[0]).getByTestId("rule-problem").textContent).toMatch(
      /^the answer: the body is not JSON/,
    );
    expect(backend.calls("SaveMockRules")).toEqual([]);
  });

  it("shows the backend's validation error on the rule it names", async () => {
    setup({
      rules: [leads, { url: "https://b.example/*", response: {} }],
      saveThrows: "rule 1: response.status 1000 is not an HTTP status",
    });
    await waitFor(() => expect(ruleCards()).toHaveLength(2));
    fireEvent.change(screen.getByTestId("rule-1-answer-0-status"), { target: { value: "1000" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-mock-rules")));

    expect(within(ruleCards()[1]).getByTestId("rule-problem").textContent).toBe(
      "rule 1: response.status 1000 is not an HTTP status",
    );
    expect(within(ruleCards()[0]).queryByTestId("rule-problem")).toBeNull();
    expect(screen.getByTestId("mock-rules-error").textContent).toContain("rule 1:");
  });
});
