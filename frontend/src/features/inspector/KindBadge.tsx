import { Tag } from "../../ui/Tag";

const kindColors: Record<string, string> = {
  "record-action": "purple",
  "bulk-record-action": "purple",
  widget: "lavender",
  "server-function": "blue",
  query: "cyan",
  webhook: "orange",
  event: "amber",
};

const kindLabels: Record<string, string> = {
  "record-action": "action",
  "bulk-record-action": "bulk action",
  "server-function": "server",
};

export function KindBadge({ kind }: { kind: string }) {
  return <Tag color={kindColors[kind] ?? "grey"}>{kindLabels[kind] ?? kind}</Tag>;
}
