import type { ReactNode } from "react";
import { Tag } from "../../../ui/Tag";
import { named } from "./childRules";
import { usePropWarning } from "./hostHooks";

export interface BadgeProps {
  color?: string;
  children?: ReactNode;
}

/** The colours Attio's types allow a Badge (attio-sdk.md §6). */
export const badgeColors = [
  "amber",
  "blue",
  "cyan",
  "green",
  "grey",
  "lavender",
  "lime",
  "orange",
  "pink",
  "purple",
  "red",
  "yellow",
];

/** A coloured label of text. */
export const Badge = named(function Badge({ color = "grey", children }: BadgeProps) {
  const problem = badgeColors.includes(color)
    ? null
    : `A Badge's color is one of ${badgeColors.join(", ")}; "${color}" is not.`;
  usePropWarning(problem, `badge-color:${color}`);
  return <Tag color={color}>{children}</Tag>;
}, "Badge");
