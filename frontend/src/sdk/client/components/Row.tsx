import type { ReactNode } from "react";
import { named } from "./childRules";
import { usePlatform } from "./hostHooks";
import "./Row.css";

export interface RowProps {
  align?: "left" | "center" | "right";
  children?: ReactNode;
}

/** Gen 1's horizontal layout: up to three side by side on the web, stacked on mobile. */
export const Row = named(function Row({ align = "center", children }: RowProps) {
  const mobile = usePlatform() === "mobile-app";
  return (
    <div className={`sdk-row sdk-row--${align}${mobile ? " sdk-row--stacked" : ""}`}>
      {children}
    </div>
  );
}, "Row");
