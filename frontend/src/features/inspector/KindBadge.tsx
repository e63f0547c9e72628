import { Tag } from "../../ui/Tag";

const kindColors: Record<string, string> = {
  "record-action": "purple",
  "bulk-record-action": "purple",
  widget: "lavender",
  "record-tab": "lavender",
  "object-action": "purple",
  "call-recording-text-action": "purple",
  "server-function": "blue",
  query: "cyan",
  webhook: "orange",
  event: "amber",
};

const kindLabels: Record<string, string> = {
  "record-action": "action",
  "bulk-record-action": "bulk action",
  "server-function": "server",
  "record-tab": "tab",
  "object-action": "object action",
  "call-recording-text-action": "text action",
};

export function KindBadge({ kind }: { kind: string }) {
  return <Tag color={kindColors[kind] ?? "grey"}>{kindLabels[kind] ?? kind}</Tag>;
}
