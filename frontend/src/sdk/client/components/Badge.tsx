import type { ReactNode } from "react";
import { Tag } from "../../../ui/Tag";

export interface BadgeProps {
  color?: string;
  children?: ReactNode;
}

export function Badge({ color = "grey", children }: BadgeProps) {
  return <Tag color={color}>{children}</Tag>;
}
