import { describe, expect, it } from "vitest";
import type { MockRule } from "../../api";
import { newRuleDraft, ruleDraftOf, ruleOf, rulesOf } from "./ruleDraft";

const exampleRules: MockRule[] = [
  {
    method: "POST",
    url: "https://api.acmeleadchecker.ai/api/v1/leads",
    response: {
      status: 201,
      body: { id: "lead_5d8e21", status: "queued" },
      delayMs: 600,
      callback: {
        afterMs: 3000,
        webhook: "lead-processed",
        body: { lead_id: "{{response.body.id}}", status: "processed" },
      },
    },
  },
  {
    method: "DELETE",
    url: "https://api.acmeleadchecker.ai/api/v1/webhooks/*",
    response: { status: 204 },
  },
  {
    url: "https://api.example.com/flaky",
    responses: [{ status: 503, headers: { "Retry-After": "1" } }, { body: "ok" }],
    then: "repeat",
  },
  {
    method: "POST",
    url: "https://api.example.com/signed",
    response: {
      callback: {
        webhook: "hook",
        method: "PUT",
        headers: { "X-Event": "done" },
        sign: { header: "X-Sig", secret: "s3", encoding: "base64", prefix: "" },
      },
    },
  },
];

describe("mock rule drafts", () => {
  it.each(exampleRules.map((rule) => [rule.url, rule]))(
    "gives back the same rule for %s",
    (_, rule) => expect(ruleOf(ruleDraftOf(rule))).toEqual(rule),
  );

  it("shows a text body as text and a JSON body as pretty JSON", () => {
    expect(ruleDraftOf(exampleRules[2]).responses[1].body).toEqual({ kind: "text", text: "ok" });
    expect(ruleDraftOf(exampleRules[0]).responses[0].body.text).toContain(
      '\n  "id": "lead_5d8e21"',
    );
  });

  it.each([
    {
      name: "a body that is not JSON",
      edit: (d: ReturnType<typeof newRuleDraft>) => (d.responses[0].body.text = "{oops"),
      problem: /^the answer: the body is not JSON/,
    },
    {
      name: "a status that is not a number",
      edit: (d: ReturnType<typeof newRuleDraft>) => (d.responses[0].status = "abc"),
      problem: 'the answer: status "abc" is not a whole number',
    },
    {
      name: "a header given twice",
      edit: (d: ReturnType<typeof newRuleDraft>) =>
        (d.responses[0].headers = [
          { name: "X-A", value: "1" },
          { name: "X-A", value: "2" },
        ]),
      problem: "the answer: the header X-A is given twice",
    },
  ])("names the problem of $name", ({ edit, problem }) => {
    const draft = newRuleDraft();
    draft.url = "https://api.example.com/x";
    edit(draft);
    const result = rulesOf([newRuleDraft(), draft]);
    expect(result.rules).toBeNull();
    expect(result.problems?.get(1)).toMatch(problem);
    expect(result.problems?.has(0)).toBe(false);
  });

  it("uses only the first answer when the sequence is switched off", () => {
    const draft = ruleDraftOf(exampleRules[2]);
    draft.sequence = false;
    expect(ruleOf(draft)).toEqual({
      url: "https://api.example.com/flaky",
      response: { status: 503, headers: { "Retry-After": "1" } },
    });
  });
});
