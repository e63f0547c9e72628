import type { ReactNode } from "react";
import { useSurfaceScope } from "../../surfaceScope";
import {
  AttioComponentError,
  describeChild,
  flatChildren,
  isElementOf,
  isSdkElement,
  named,
  registerSdkComponents,
} from "./childRules";
import { SdkIcon } from "./SdkIcon";
import "./Button.css";
import "./DialogList.css";

interface ItemProps {
  icon?: string;
  actionLabel: string;
  onTrigger: () => void | Promise<void>;
  suffix?: ReactNode;
  children?: ReactNode;
}

const Item = named(function DialogListItem({
  icon,
  actionLabel,
  onTrigger,
  suffix,
  children,
}: ItemProps) {
  const scope = useSurfaceScope();
  return (
    <li className="sdk-dialog-list__item">
      {icon && <SdkIcon name={icon} where="A <DialogList.Item>" size={15} />}
      <span className="sdk-dialog-list__text">{children}</span>
      {suffix !== undefined && <span className="sdk-dialog-list__suffix">{suffix}</span>}
      <button
        type="button"
        className="sdk-button sdk-button--secondary sdk-dialog-list__action"
        onClick={() => scope.handle(onTrigger)}
      >
        {actionLabel}
      </button>
    </li>
  );
}, "DialogList.Item");

interface EmptyAction {
  text: string;
  onTrigger: () => void | Promise<void>;
  icon?: string;
}

type EmptyState = string | { text: string; actions?: EmptyAction[] };

function Empty({ state }: { state: EmptyState }) {
  const scope = useSurfaceScope();
  const { text, actions = [] } = typeof state === "string" ? { text: state } : state;
  return (
    <div className="sdk-dialog-list__empty">
      <span>{text}</span>
      {actions.length > 0 && (
        <div className="sdk-dialog-list__empty-actions">
          {actions.map((action, index) => (
            <button
              key={index}
              type="button"
              className="sdk-button sdk-button--secondary"
              onClick={() => scope.handle(action.onTrigger)}
            >
              {action.icon && <SdkIcon name={action.icon} where={`The action "${action.text}"`} />}
              {action.text}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

interface DialogListProps {
  emptyState?: EmptyState;
  children?: ReactNode;
}

/** A list of things in a dialog, each with an action; emptyState shows when there are none. */
export const DialogList = Object.assign(
  named(function DialogList({ emptyState = "Nothing here", children }: DialogListProps) {
    const items = flatChildren(children);
    const wrong = items.find((item) => isSdkElement(item) && !isElementOf(item, Item));
    if (wrong) {
      throw new AttioComponentError(
        `<DialogList> holds only <DialogList.Item>s, not ${describeChild(wrong)}.`,
      );
    }
    if (items.length === 0) return <Empty state={emptyState} />;
    return <ul className="sdk-dialog-list">{items}</ul>;
  }, "DialogList"),
  { Item },
);

registerSdkComponents(DialogList, Item);
