import type { HeaderField, MockCallback, MockResponse, MockRule, WebhookSigning } from "../../api";
import { bodyDraftOf, bodyOf, type BodyDraft } from "./bodyDraft";

export interface CallbackDraft {
  webhook: string;
  afterMs: string;
  method: string;
  headers: HeaderField[];
  body: BodyDraft;
  signed: boolean;
  sign: WebhookSigning;
}

export interface ResponseDraft {
  status: string;
  delayMs: string;
  headers: HeaderField[];
  body: BodyDraft;
  callback: CallbackDraft | null;
}

/** A mock rule as its editor holds it: numbers and JSON still as typed. */
export interface RuleDraft {
  key: string;
  method: string;
  url: string;
  /** Whether the answers are a sequence; a single answer uses only the first. */
  sequence: boolean;
  responses: ResponseDraft[];
  then: "last" | "repeat";
}

const defaultSigning: WebhookSigning = {
  header: "X-Signature",
  secret: "",
  encoding: "hex",
  prefix: "sha256=",
};

let nextKey = 1;
const newKey = () => `rule-${nextKey++}`;

export function newResponseDraft(): ResponseDraft {
  return {
    status: "200",
    delayMs: "",
    headers: [],
    body: { kind: "json", text: "{}" },
    callback: null,
  };
}

export function newCallbackDraft(webhook = ""): CallbackDraft {
  return {
    webhook,
    afterMs: "1000",
    method: "POST",
    headers: [],
    body: { kind: "json", text: "{}" },
    signed: false,
    sign: defaultSigning,
  };
}

export function newRuleDraft(): RuleDraft {
  return {
    key: newKey(),
    method: "GET",
    url: "",
    sequence: false,
    responses: [newResponseDraft()],
    then: "last",
  };
}

const fieldsOf = (headers?: Record<string, string>): HeaderField[] =>
  Object.entries(headers ?? {}).map(([name, value]) => ({ name, value }));

function callbackDraftOf(callback: MockCallback): CallbackDraft {
  return {
    webhook: callback.webhook,
    afterMs: callback.afterMs ? String(callback.afterMs) : "",
    method: callback.method || "POST",
    headers: fieldsOf(callback.headers),
    body: bodyDraftOf(callback.body),
    signed: Boolean(callback.sign),
    sign: callback.sign ?? defaultSigning,
  };
}

function responseDraftOf(response: MockResponse = {}): ResponseDraft {
  return {
    status: String(response.status || 200),
    delayMs: response.delayMs ? String(response.delayMs) : "",
    headers: fieldsOf(response.headers),
    body: bodyDraftOf(response.body),
    callback: response.callback ? callbackDraftOf(response.callback) : null,
  };
}

export function ruleDraftOf(rule: MockRule): RuleDraft {
  const sequence = (rule.responses?.length ?? 0) > 0;
  return {
    key: newKey(),
    method: rule.method === "*" ? "" : (rule.method ?? ""),
    url: rule.url,
    sequence,
    responses: sequence ? rule.responses!.map(responseDraftOf) : [responseDraftOf(rule.response)],
    then: rule.then ?? "last",
  };
}

/** A whole number of at least 0 from a field, or undefined when it is empty. */
function count(text: string, what: string): number | undefined {
  if (!text.trim()) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${what} "${text}" is not a whole number`);
  return value;
}

function headersOf(fields: HeaderField[]): Record<string, string> | undefined {
  const named = fields.filter((field) => field.name.trim() !== "");
  if (named.length === 0) return undefined;
  const headers: Record<string, string> = {};
  for (const { name, value } of named) {
    if (name in headers) throw new Error(`the header ${name} is given twice`);
    headers[name] = value;
  }
  return headers;
}

function callbackOf(draft: CallbackDraft): MockCallback {
  const callback: MockCallback = { webhook: draft.webhook.trim() };
  const afterMs = count(draft.afterMs, "the callback's delay");
  if (afterMs) callback.afterMs = afterMs;
  if (draft.method && draft.method !== "POST") callback.method = draft.method;
  const headers = headersOf(draft.headers);
  if (headers) callback.headers = headers;
  const body = bodyOf(draft.body);
  if (body !== undefined) callback.body = body;
  if (draft.signed) callback.sign = draft.sign;
  return callback;
}

function responseOf(draft: ResponseDraft): MockResponse {
  const response: MockResponse = {};
  const status = count(draft.status, "status");
  if (status && status !== 200) response.status = status;
  const headers = headersOf(draft.headers);
  if (headers) response.headers = headers;
  const body = bodyOf(draft.body);
  if (body !== undefined) response.body = body;
  const delayMs = count(draft.delayMs, "delay");
  if (delayMs) response.delayMs = delayMs;
  if (draft.callback) {
    try {
      response.callback = callbackOf(draft.callback);
    } catch (error) {
      throw new Error(`callback: ${(error as Error).message}`);
    }
  }
  return response;
}

/** The rule a draft stands for; throws a sentence naming the answer and field at fault. */
export function ruleOf(draft: RuleDraft): MockRule {
  const rule: MockRule = { url: draft.url.trim() };
  if (draft.method) rule.method = draft.method;
  const answers = draft.sequence ? draft.responses : draft.responses.slice(0, 1);
  const responses = answers.map((answer, index) => {
    try {
      return responseOf(answer);
    } catch (error) {
      const where = draft.sequence ? `answer ${index + 1}` : "the answer";
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  });
  if (draft.sequence) {
    rule.responses = responses;
    if (draft.then !== "last") rule.then = draft.then;
  } else {
    rule.response = responses[0];
  }
  return rule;
}

/** Every rule, or the problems of the drafts that are not yet rules, by draft index. */
export function rulesOf(
  drafts: RuleDraft[],
): { rules: MockRule[]; problems: null } | { rules: null; problems: Map<number, string> } {
  const rules: MockRule[] = [];
  const problems = new Map<number, string>();
  drafts.forEach((draft, index) => {
    try {
      rules.push(ruleOf(draft));
    } catch (error) {
      problems.set(index, (error as Error).message);
    }
  });
  return problems.size ? { rules: null, problems } : { rules, problems: null };
}
