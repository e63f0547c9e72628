import { useCallback, useSyncExternalStore } from "react";

/** Where the studio is: an object's record list and, optionally, one record's page. */
export interface Route {
  object: string | null;
  recordId: string | null;
}

export function parseHash(hash: string): Route {
  const [object, recordId] = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((part) => (part ? decodeURIComponent(part) : null));
  return { object: object ?? null, recordId: recordId ?? null };
}

export function hashFor(route: Route): string {
  if (!route.object) return "#/";
  const object = `#/${encodeURIComponent(route.object)}`;
  return route.recordId ? `${object}/${encodeURIComponent(route.recordId)}` : object;
}

function subscribe(listener: () => void) {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

const currentHash = () => window.location.hash;

/**
 * The route in the URL hash; navigate replaces the history entry when asked (redirects). A
 * redirect is dropped when the location has moved on since the route was read: the user went
 * elsewhere meanwhile (say, while the list being redirected from was still loading), and their
 * choice wins.
 */
export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  const navigate = useCallback(
    (route: Route, options: { replace?: boolean } = {}) => {
      const next = hashFor(route);
      if (next === window.location.hash) return;
      if (options.replace) {
        if (window.location.hash !== hash) return;
        window.history.replaceState(null, "", next);
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      } else {
        window.location.hash = next;
      }
    },
    [hash],
  );
  return [parseHash(hash), navigate];
}
