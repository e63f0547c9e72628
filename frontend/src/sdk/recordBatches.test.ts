import { describe, expect, it } from "vitest";
import { createRunRecordBatches } from "./recordBatches";

describe("runRecordBatches", () => {
  it("runs the worker per batch and shows the hooks' progress texts", async () => {
    const shown: string[] = [];
    const run = createRunRecordBatches(["a", "b", "c", "d", "e"], (text) => shown.push(text));
    const seen: string[][] = [];

    const outcome = await run(
      {
        batchSize: 2,
        onProgress: ({ processedRecords, totalRecords }) => `${processedRecords}/${totalRecords}`,
        onComplete: () => "Done",
      },
      async ({ recordIds }) => {
        seen.push(recordIds);
        return recordIds.length;
      },
    );

    expect(seen).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(outcome).toEqual({ success: true, results: [2, 2, 1] });
    expect(shown).toEqual(["2/5", "4/5", "5/5", "Done"]);
  });

  it("stops at the first failing batch and returns what was done", async () => {
    const run = createRunRecordBatches(["a", "b", "c"], () => {});
    const failure = new Error("quota");

    const outcome = await run({ batchSize: 1 }, async ({ recordIds }) => {
      if (recordIds[0] === "b") throw failure;
      return recordIds[0];
    });

    expect(outcome).toEqual({ success: false, partialResults: ["a"], error: failure });
  });
});
