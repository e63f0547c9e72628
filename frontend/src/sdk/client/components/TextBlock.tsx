import type { ReactNode } from "react";
import "./TextBlock.css";

export interface TextBlockProps {
  align?: "left" | "center" | "right";
  children?: ReactNode;
}

export function TextBlock({ align = "center", children }: TextBlockProps) {
  return <p className={`sdk-text-block sdk-text-block--${align}`}>{children}</p>;
}
