/** How a mock body is written: none, a JSON value, or text (sent as it is). */
export type BodyKind = "none" | "json" | "text";

export interface BodyDraft {
  kind: BodyKind;
  text: string;
}

export const noBody: BodyDraft = { kind: "none", text: "" };

/** The draft of a rule's JSON body: a JSON string is text, anything else pretty JSON. */
export function bodyDraftOf(body: unknown): BodyDraft {
  if (body === undefined || body === null) return noBody;
  if (typeof body === "string") return { kind: "text", text: body };
  return { kind: "json", text: JSON.stringify(body, null, 2) };
}

/** The JSON value a draft stands for; throws a sentence naming the problem. */
export function bodyOf(draft: BodyDraft): unknown {
  if (draft.kind === "none") return undefined;
  if (draft.kind === "text") return draft.text;
  if (!draft.text.trim()) return undefined;
  try {
    return JSON.parse(draft.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the body is not JSON (${reason}); choose Text to send it as it is`);
  }
}
