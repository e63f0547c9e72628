import type { Route } from "../../routing/route";

/** The query console's place in the URL: #/query. */
export const queryRoute: Route = { object: "query", recordId: null };

/**
 * Whether route is the query console's, unless the workspace has an object of that slug,
 * whose records then win.
 */
export function isQueryRoute(route: Route, shownObject?: string): boolean {
  return route.object === queryRoute.object && shownObject !== queryRoute.object;
}
