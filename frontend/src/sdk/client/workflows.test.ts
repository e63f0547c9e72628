import { describe, expect, it } from "vitest";
import { AppErrorLog } from "../appErrors";
import { createWorkflowNamespace } from "./workflows";

describe("the workflow namespaces", () => {
  it("hand a block's definition back and warn once that blocks are not run", () => {
    const log = new AppErrorLog();
    const Workflows = createWorkflowNamespace("Workflows", log) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const block = { id: "enrich", label: "Enrich" };

    expect(Workflows.defineBlock(block)).toBe(block);
    expect(Workflows.defineTrigger({ id: "t" })).toEqual({ id: "t" });
    expect(Workflows.defineBlock).toBe(Workflows.defineBlock);

    const warnings = log.warnings.get();
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain("Workflows.defineBlock");
  });

  it("is not mistaken for a promise", () => {
    const Workflows = createWorkflowNamespace("Workflows", new AppErrorLog()) as {
      then?: unknown;
    };
    expect(Workflows.then).toBeUndefined();
  });
});
