import type { Route } from "../../routing/route";

/** The panels of the app's conversations with the outside world, each at #/<id>. */
export type OutsidePanel = "connections" | "webhooks" | "outbound";

export const outsidePanels: readonly OutsidePanel[] = ["connections", "webhooks", "outbound"];

/**
 * The panel route shows, or null for a record list. A workspace object of the same slug keeps
 * its records, as the query console's route does.
 */
export function outsidePanelOf(
  route: Route,
  objects?: readonly { slug: string }[],
): OutsidePanel | null {
  const panel = outsidePanels.find((id) => id === route.object) ?? null;
  if (panel && objects?.some((object) => object.slug === panel)) return null;
  return panel;
}

/** The route of a panel; for webhooks, item is the delivery shown open. */
export function outsideRoute(panel: OutsidePanel, item: string | null = null): Route {
  return { object: panel, recordId: item };
}
