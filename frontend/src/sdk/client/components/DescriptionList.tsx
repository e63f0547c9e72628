import { Ellipsis } from "lucide-react";
import type { ReactNode } from "react";
import { Button as StudioButton } from "../../../ui/Button";
import { Menu as StudioMenu } from "../../../ui/Menu";
import { Tag } from "../../../ui/Tag";
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
import { usePropWarning } from "./hostHooks";
import { SdkIcon } from "./SdkIcon";
import "./DescriptionList.css";

interface TagProps {
  label: string;
  color?: string;
}

const ItemTag = named(function DescriptionListItemTag({ label, color = "grey" }: TagProps) {
  return <Tag color={color}>{label}</Tag>;
}, "DescriptionList.Item.Tag");

interface ItemProps {
  label: string;
  icon?: string;
  children?: ReactNode;
}

function ItemBase({ label, icon, children }: ItemProps) {
  const parts = flatChildren(children);
  const tags = parts.filter((part) => isElementOf(part, ItemTag)).length;
  const mixed = tags > 0 && tags < parts.length;
  usePropWarning(
    mixed
      ? `The <DescriptionList.Item> "${label}" holds tags and text; it holds one or the other.`
      : null,
    `description-item:${label}`,
  );
  return (
    <div className="sdk-dl__item">
      <dt className="sdk-dl__label">
        {icon && <SdkIcon name={icon} where={`The description "${label}"`} />}
        {label}
      </dt>
      <dd className={`sdk-dl__value${tags > 0 ? " sdk-dl__value--tags" : ""}`}>{children}</dd>
    </div>
  );
}

const Item = Object.assign(named(ItemBase, "DescriptionList.Item"), { Tag: ItemTag });

interface MenuItemProps {
  label: string;
  icon?: string;
  variant?: "primary" | "danger";
  onSelect: () => void | Promise<void>;
}

// Menu.Item only describes an entry: DescriptionList draws the menu from its props.
const MenuItem = named(function DescriptionListMenuItem(_props: MenuItemProps) {
  return null;
}, "DescriptionList.Menu.Item");

const Menu = Object.assign(
  named(function DescriptionListMenu(_props: { children?: ReactNode }) {
    return null;
  }, "DescriptionList.Menu"),
  { Item: MenuItem },
);

function TitleMenu({ menu }: { menu: ReactNode }) {
  const scope = useSurfaceScope();
  const entries = flatChildren((menu as { props: { children?: ReactNode } }).props.children)
    .filter((entry) => isElementOf(entry, MenuItem))
    .map((entry) => entry.props as MenuItemProps);
  return (
    <StudioMenu
      items={entries.map((entry, index) => ({
        key: String(index),
        label: entry.label,
        icon: entry.icon ? (
          <SdkIcon name={entry.icon} where={`The menu item "${entry.label}"`} />
        ) : undefined,
        danger: entry.variant === "danger",
        onSelect: () => scope.handle(entry.onSelect),
      }))}
      trigger={({ toggle, open }) => (
        <StudioButton
          variant="ghost"
          iconOnly
          small
          aria-label="More"
          aria-expanded={open}
          onClick={toggle}
        >
          <Ellipsis size={14} />
        </StudioButton>
      )}
    />
  );
}

interface DescriptionListProps {
  title?: string;
  /** Deprecated name of title. */
  label?: string;
  children?: ReactNode;
}

/** Labelled values (text, links or tags), with an optional "…" menu beside the title. */
export const DescriptionList = Object.assign(
  named(function DescriptionList({ title, label, children }: DescriptionListProps) {
    const parts = flatChildren(children);
    const wrong = parts.find((part) => isSdkElement(part) && !isElementOf(part, Item, Menu));
    if (wrong) {
      throw new AttioComponentError(
        `<DescriptionList> holds <DescriptionList.Item> and <DescriptionList.Menu>, not ` +
          `${describeChild(wrong)}.`,
      );
    }
    const menu = parts.find((part) => isElementOf(part, Menu));
    const heading = title ?? label;
    return (
      <section className="sdk-dl">
        {(heading || menu) && (
          <header className="sdk-dl__header">
            {heading && <h4 className="sdk-dl__title">{heading}</h4>}
            {menu && <TitleMenu menu={menu} />}
          </header>
        )}
        <dl className="sdk-dl__items">{parts.filter((part) => part !== menu)}</dl>
      </section>
    );
  }, "DescriptionList"),
  { Item, Menu },
);

registerSdkComponents(DescriptionList, Item, ItemTag, Menu, MenuItem);
