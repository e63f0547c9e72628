import type { ReactNode } from "react";
import { Tag } from "../../../ui/Tag";
import { named } from "./childRules";
import { usePropWarning } from "./hostHooks";

export interface StatusBadgeProps {
  color?: string;
  children?: ReactNode;
}

/** The named colours Attio's types allow a StatusBadge, besides "#RRGGBB" (attio-sdk.md §6). */
export const statusColors = [
  "blue",
  "violet",
  "pink",
  "red",
  "orange",
  "yellow",
  "green",
  "cyan",
  "grey",
];

/** A status: a coloured dot and its label; color is a named colour or "#RRGGBB". */
export const StatusBadge = named(function StatusBadge({
  color = "grey",
  children,
}: StatusBadgeProps) {
  const problem =
    statusColors.includes(color) || /^#[0-9a-f]{6}$/i.test(color)
      ? null
      : `A StatusBadge's color is one of ${statusColors.join(", ")} or "#RRGGBB"; ` +
        `"${color}" is not.`;
  usePropWarning(problem, `status-color:${color}`);
  return (
    <Tag color={color} dot testId="sdk-status-badge">
      {children}
    </Tag>
  );
}, "StatusBadge");
