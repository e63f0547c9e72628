import type { ReactNode } from "react";
import { named } from "./childRules";
import "./Section.css";

export interface SectionProps {
  title: string;
  /** Settings pages' sections explain themselves under the title. */
  description?: string;
  children?: ReactNode;
}

/** A titled block of content. */
export const Section = named(function Section({ title, description, children }: SectionProps) {
  return (
    <section className="sdk-section">
      <header className="sdk-section__header">
        <h4 className="sdk-section__title">{title}</h4>
        {description && <p className="sdk-section__description">{description}</p>}
      </header>
      {children}
    </section>
  );
}, "Section");
