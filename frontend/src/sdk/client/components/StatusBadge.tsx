import type { ReactNode } from "react";
import { Tag } from "../../../ui/Tag";
import { named } from "./childRules";

export interface StatusBadgeProps {
  color?: string;
  children?: ReactNode;
}

/** A status: a coloured dot and its label; color is a named colour or "#RRGGBB". */
export const StatusBadge = named(function StatusBadge({
  color = "grey",
  children,
}: StatusBadgeProps) {
  return (
    <Tag color={color} dot testId="sdk-status-badge">
      {children}
    </Tag>
  );
}, "StatusBadge");
