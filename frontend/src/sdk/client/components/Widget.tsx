import { useContext, type ReactNode } from "react";
import { useSurfaceScope } from "../../surfaceScope";
import { WidgetColorContext } from "./widgetColor";
import "./Widget.css";

interface TextWidgetProps {
  children?: ReactNode;
  onTrigger?: () => void | Promise<void>;
}

function TextWidget({ children, onTrigger }: TextWidgetProps) {
  const scope = useSurfaceScope();
  const color = useContext(WidgetColorContext);
  const style = color ? ({ "--widget-color": color } as object) : undefined;
  if (!onTrigger) {
    return (
      <div className="sdk-widget" style={style}>
        {children}
      </div>
    );
  }
  return (
    <div
      className="sdk-widget sdk-widget--clickable"
      style={style}
      role="button"
      tabIndex={0}
      onClick={() => scope.handle(onTrigger)}
      onKeyDown={(event) => event.key === "Enter" && scope.handle(onTrigger)}
    >
      {children}
    </div>
  );
}

const part = (className: string) =>
  function WidgetPart({ children }: { children?: ReactNode }) {
    return <div className={className}>{children}</div>;
  };

function Loading() {
  return (
    <div className="sdk-widget__loading" role="status" aria-label="Loading widget">
      <div className="sdk-widget__bar" style={{ width: "40%" }} />
      <div className="sdk-widget__bar" style={{ width: "70%" }} />
    </div>
  );
}

export const Widget = {
  TextWidget,
  Title: part("sdk-widget__title"),
  Text: { Primary: part("sdk-widget__primary"), Secondary: part("sdk-widget__secondary") },
  Decoration: part("sdk-widget__decoration"),
  Loading,
};
