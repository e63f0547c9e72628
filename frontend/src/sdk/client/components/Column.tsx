import type { ReactNode } from "react";
import { named } from "./childRules";
import "./Column.css";

/** Gen 1's vertical layout. */
export const Column = named(function Column({ children }: { children?: ReactNode }) {
  return <div className="sdk-column">{children}</div>;
}, "Column");
