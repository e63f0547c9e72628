import type { ReactNode } from "react";
import { Tag } from "../../../ui/Tag";
import { named } from "./childRules";

export interface BadgeProps {
  color?: string;
  children?: ReactNode;
}

/** A coloured label of text. */
export const Badge = named(function Badge({ color = "grey", children }: BadgeProps) {
  return <Tag color={color}>{children}</Tag>;
}, "Badge");
