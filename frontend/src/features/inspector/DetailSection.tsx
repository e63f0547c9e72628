import type { ReactNode } from "react";
import "./DetailSection.css";

interface DetailSectionProps {
  title: string;
  count?: number;
  testId?: string;
  children: ReactNode;
}

export function DetailSection({ title, count, testId, children }: DetailSectionProps) {
  return (
    <section className="detail-section" data-testid={testId}>
      <h4 className="detail-section__title">
        {title}
        {count !== undefined && <span className="detail-section__count">{count}</span>}
      </h4>
      {children}
    </section>
  );
}
