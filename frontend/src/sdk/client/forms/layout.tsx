import type { ReactNode } from "react";
import { named } from "../components/childRules";
import { usePlatform } from "../components/hostHooks";

/** Inputs side by side, wrapping after three; stacked on mobile. */
export const InputGroup = named(function InputGroup({ children }: { children?: ReactNode }) {
  const mobile = usePlatform() === "mobile-app";
  return (
    <div className={`sdk-input-group${mobile ? " sdk-input-group--stacked" : ""}`}>{children}</div>
  );
}, "InputGroup");

/** A titled group of inputs (checkbox labels inside it sit to the right of their box). */
export const Fieldset = named(function Fieldset({
  legend,
  children,
}: {
  legend: string;
  children?: ReactNode;
}) {
  return (
    <fieldset className="sdk-fieldset">
      <legend className="sdk-fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}, "Fieldset");
