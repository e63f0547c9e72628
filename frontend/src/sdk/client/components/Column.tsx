import type { ReactNode } from "react";
import "./Column.css";

export function Column({ children }: { children?: ReactNode }) {
  return <div className="sdk-column">{children}</div>;
}
