import type { CallRecordingPart } from "../../sdk/surfaces";
import { demoRecording, secondsOf } from "./callRecording";

/** The text of a block that a selection covers. */
function selectedIn(range: Range, block: Element): string {
  if (!range.intersectsNode(block)) return "";
  const part = document.createRange();
  part.selectNodeContents(block);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) {
    part.setStart(range.startContainer, range.startOffset);
  }
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) {
    part.setEnd(range.endContainer, range.endOffset);
  }
  return part.toString().trim();
}

/**
 * What a text action receives for a selection in one part of the recording: the text and its
 * Markdown for the summary and insights, the selected lines and a link for the transcript.
 */
export function textActionArgs(
  part: CallRecordingPart,
  range: Range,
  section: Element,
  workspace: string,
) {
  const blocks = [...section.querySelectorAll("[data-block]")];
  const covered = blocks
    .map((block) => ({ block, text: selectedIn(range, block) }))
    .filter(({ text }) => text !== "");

  if (part === "transcript") {
    const lines = covered.map(({ block, text }) => ({
      speaker: block.getAttribute("data-speaker") ?? "",
      text,
    }));
    const at = covered[0]?.block.getAttribute("data-at") ?? demoRecording.transcript[0]!.at;
    const url =
      `https://app.attio.com/${workspace}/call-recordings/${demoRecording.id}` +
      `?t=${secondsOf(at)}`;
    return { transcript: lines, url };
  }
  const list = part === "insight";
  return {
    text: range.toString().trim(),
    markdown: covered.map(({ text }) => (list ? `- ${text}` : text)).join(list ? "\n" : "\n\n"),
  };
}
