import type { ReactNode } from "react";
import "./PanelFrame.css";

interface PanelFrameProps {
  title: string;
  hint?: ReactNode;
  actions?: ReactNode;
  testId: string;
  children: ReactNode;
}

/** A full-width studio panel: a header with its title and commands above a scrolling body. */
export function PanelFrame({ title, hint, actions, testId, children }: PanelFrameProps) {
  return (
    <section className="panel-frame" aria-label={title} data-testid={testId}>
      <header className="panel-frame__header">
        <h1 className="panel-frame__title">{title}</h1>
        {hint && <span className="panel-frame__hint">{hint}</span>}
        <span className="panel-frame__spacer" />
        {actions}
      </header>
      {children}
    </section>
  );
}

/** A titled part of a panel's body. */
export function PanelSection(props: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="panel-section" data-testid={props.testId}>
      <div className="panel-section__head">
        <h2 className="panel-section__title">{props.title}</h2>
        {props.aside}
      </div>
      {props.children}
    </section>
  );
}
