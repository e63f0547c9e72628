import type { ReactNode } from "react";
import "./Row.css";

export interface RowProps {
  align?: "left" | "center" | "right";
  children?: ReactNode;
}

export function Row({ align = "center", children }: RowProps) {
  return <div className={`sdk-row sdk-row--${align}`}>{children}</div>;
}
