import { useContext, useEffect } from "react";
import { checkIcon } from "../../iconCheck";
import { RuntimeContext } from "../../RuntimeContext";
import { useStore, Store } from "../../store";

export type Platform = "web-app" | "mobile-app";

const webOnly = new Store<Platform>("web-app");

/** The Attio client the studio plays: "web-app" or "mobile-app" (the top bar's switch). */
export function usePlatform(): Platform {
  const runtime = useContext(RuntimeContext);
  return useStore(runtime?.platform ?? webOnly);
}

/** Warns in the studio when an app passes a name that is not an AttioIcon. */
export function useIconCheck(name: string | undefined, where: string) {
  const runtime = useContext(RuntimeContext);
  useEffect(() => {
    if (runtime) checkIcon(runtime.appErrors, name, where);
  }, [runtime, name, where]);
}

/** Warns in the studio about a prop combination Attio's types forbid; rendering goes on. */
export function usePropWarning(problem: string | null, key: string) {
  const runtime = useContext(RuntimeContext);
  useEffect(() => {
    if (runtime && problem) runtime.appErrors.warn("A component is used wrongly", problem, key);
  }, [runtime, problem, key]);
}
