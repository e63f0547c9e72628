import { Children, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/** An SDK component used against its rules (wrong children, missing parts): a render error. */
export class AttioComponentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AttioComponentError";
  }
}

/** Names an SDK component as apps write it (`Table.Row`), for messages. */
export function named<T extends object>(component: T, name: string): T {
  (component as { displayName?: string }).displayName = name;
  return component;
}

/** How a child is written in JSX, e.g. `<Table.Row>`, `<MyRow>` or `text`. */
export function describeChild(child: ReactNode): string {
  if (!isValidElement(child)) return typeof child === "string" ? "text" : typeof child;
  const type = child.type as string | { displayName?: string; name?: string };
  const name = typeof type === "string" ? type : (type.displayName ?? type.name ?? "component");
  return `<${name}>`;
}

/** The children as a flat list: arrays and fragments opened, empty values (false, null) gone. */
export function flatChildren(children: ReactNode): ReactNode[] {
  const flat: ReactNode[] = [];
  Children.forEach(children, (child) => {
    if (child === null || child === undefined || typeof child === "boolean") return;
    if (isValidElement(child) && child.type === Fragment) {
      flat.push(...flatChildren((child.props as { children?: ReactNode }).children));
    } else {
      flat.push(child);
    }
  });
  return flat;
}

/** Whether child is an element of one of the given SDK components. */
export function isElementOf(child: ReactNode, ...types: unknown[]): child is ReactElement {
  return isValidElement(child) && types.includes(child.type);
}

const sdkComponents = new WeakSet<object>();

/** Marks components as the SDK's, so rules can tell them from the app's own components. */
export function registerSdkComponents(...components: object[]) {
  components.forEach((component) => sdkComponents.add(component));
}

/** Whether child is an element of some SDK component (not text, not the app's component). */
export function isSdkElement(child: ReactNode): child is ReactElement {
  return isValidElement(child) && typeof child.type !== "string" && sdkComponents.has(child.type);
}
