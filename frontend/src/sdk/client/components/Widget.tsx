import { createContext, useContext, useEffect, type ReactNode } from "react";
import { useSurfaceScope } from "../../surfaceScope";
import { Badge } from "./Badge";
import {
  AttioComponentError,
  describeChild,
  flatChildren,
  isElementOf,
  isSdkElement,
  named,
  registerSdkComponents,
} from "./childRules";
import { WidgetColorContext } from "./widgetColor";
import "./Widget.css";

/** Told by a Widget.* root once it is on screen: the widget has shown. */
export const WidgetRootContext = createContext<(() => void) | null>(null);

const InsideTextWidget = createContext(false);

interface TextWidgetProps {
  children?: ReactNode;
  onTrigger?: () => void | Promise<void>;
}

function TextWidgetBase({ children, onTrigger }: TextWidgetProps) {
  const scope = useSurfaceScope();
  const color = useContext(WidgetColorContext);
  const rootShown = useContext(WidgetRootContext);
  useEffect(() => rootShown?.(), [rootShown]);
  if (useContext(InsideTextWidget)) {
    throw new AttioComponentError("<Widget.TextWidget> is a widget's root; it cannot be nested.");
  }
  const wrong = flatChildren(children).find(
    (child) => isSdkElement(child) && !isElementOf(child, ...allowedInTextWidget),
  );
  if (wrong) {
    throw new AttioComponentError(
      "<Widget.TextWidget> holds <Widget.Title>, <Widget.Text.Primary>, " +
        `<Widget.Text.Secondary>, <Widget.Decoration> and <Badge>, not ${describeChild(wrong)}.`,
    );
  }

  const style = color ? ({ "--widget-color": color } as object) : undefined;
  const body = <InsideTextWidget value>{children}</InsideTextWidget>;
  if (!onTrigger) {
    return (
      <div className="sdk-widget" style={style}>
        {body}
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
      {body}
    </div>
  );
}

const part = (className: string, name: string) =>
  named(function WidgetPart({ children }: { children?: ReactNode }) {
    if (!useContext(InsideTextWidget)) {
      throw new AttioComponentError(`<${name}> belongs inside <Widget.TextWidget>.`);
    }
    return <div className={className}>{children}</div>;
  }, name);

function Loading() {
  return (
    <div className="sdk-widget__loading" role="status" aria-label="Loading widget">
      <div className="sdk-widget__bar" style={{ width: "40%" }} />
      <div className="sdk-widget__bar" style={{ width: "70%" }} />
    </div>
  );
}

const TextWidget = named(TextWidgetBase, "Widget.TextWidget");
const Title = part("sdk-widget__title", "Widget.Title");
const Primary = part("sdk-widget__primary", "Widget.Text.Primary");
const Secondary = part("sdk-widget__secondary", "Widget.Text.Secondary");
const Decoration = part("sdk-widget__decoration", "Widget.Decoration");
const allowedInTextWidget = [Title, Primary, Secondary, Decoration, Badge];

/** The roots and parts of a record widget (attio-sdk.md §6). */
export const Widget = {
  TextWidget,
  Title,
  Text: { Primary, Secondary },
  Decoration,
  Loading: named(Loading, "Widget.Loading"),
};

registerSdkComponents(TextWidget, Title, Primary, Secondary, Decoration, Widget.Loading);
