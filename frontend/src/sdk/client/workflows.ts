import type { AppErrorLog } from "../appErrors";

/**
 * Attio's workflow-block namespaces (Gen 2's experimental_Workflow, Gen 3's Workflows). Blocks
 * run in Attio's workflow editor, which the studio has no mock of, so the namespaces exist only
 * so that an app defining blocks still loads and its other surfaces work: every helper hands back
 * the first thing it is given (a block's definition), and the first use says blocks are not run.
 */
export function createWorkflowNamespace(name: string, log: AppErrorLog): unknown {
  const helpers = new Map<string, (...args: unknown[]) => unknown>();
  return new Proxy(
    {},
    {
      get(_, key) {
        if (typeof key !== "string" || key === "then" || key === "__esModule") return undefined;
        let helper = helpers.get(key);
        if (!helper) {
          helper = (...args: unknown[]) => {
            log.warn(
              "Workflow blocks are not run",
              `The app uses ${name}.${key}; the studio loads workflow blocks but has no ` +
                "workflow editor to run them in, so try them in an Attio workspace.",
              "workflow-blocks",
            );
            return args[0];
          };
          helpers.set(key, helper);
        }
        return helper;
      },
    },
  );
}
