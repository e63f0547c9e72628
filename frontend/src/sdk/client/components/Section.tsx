import type { ReactNode } from "react";
import "./Section.css";

export interface SectionProps {
  title: string;
  children?: ReactNode;
}

export function Section({ title, children }: SectionProps) {
  return (
    <section className="sdk-section">
      <h4 className="sdk-section__title">{title}</h4>
      {children}
    </section>
  );
}
