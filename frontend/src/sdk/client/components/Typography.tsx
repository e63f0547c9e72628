import type { ReactNode } from "react";
import "./Typography.css";

type TitleVariant = "extraLarge" | "large" | "standard" | "medium" | "small" | "extraSmall";
type BodyVariant = "standard" | "large" | "strong" | "interactive";

function Title({
  variant = "standard",
  children,
}: {
  variant?: TitleVariant;
  children?: ReactNode;
}) {
  return <h3 className={`sdk-title sdk-title--${variant}`}>{children}</h3>;
}

function Body({ variant = "standard", children }: { variant?: BodyVariant; children?: ReactNode }) {
  return <p className={`sdk-body sdk-body--${variant}`}>{children}</p>;
}

function Caption({ children }: { children?: ReactNode }) {
  return <p className="sdk-caption">{children}</p>;
}

export const Typography = { Title, Body, Caption };
