export interface BatchProgress {
  processedRecords: number;
  totalRecords: number;
  batchSize: number;
  batchIndex: number;
  totalBatches: number;
  lastBatchSize: number;
}

type ProgressHook = (progress: BatchProgress) => unknown;

export interface BatchOptions {
  batchSize?: number;
  onStart?: ProgressHook;
  onProgress?: ProgressHook;
  onComplete?: ProgressHook;
  onError?: (progress: BatchProgress & { error: unknown }) => unknown;
}

export type BatchOutcome =
  | { success: true; results: unknown[] }
  | { success: false; partialResults: unknown[]; error: unknown };

const maxBatchSize = 250;

function chunk(ids: string[], size: number): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += size)
    batches.push(ids.slice(start, start + size));
  return batches;
}

/**
 * runRecordBatches for Gen 3 bulk record actions: calls the worker once per batch of the checked
 * records, in order; a hook that returns text has it shown as a progress toast.
 */
export function createRunRecordBatches(recordIds: string[], showProgress: (text: string) => void) {
  return async function runRecordBatches(
    options: BatchOptions,
    worker: (batch: { recordIds: string[] }) => unknown,
  ): Promise<BatchOutcome> {
    const batchSize = Math.max(1, Math.min(maxBatchSize, options?.batchSize ?? maxBatchSize));
    const batches = chunk(recordIds, batchSize);
    const progress = (batchIndex: number, processedRecords: number, lastBatchSize: number) => ({
      processedRecords,
      totalRecords: recordIds.length,
      batchSize,
      batchIndex,
      totalBatches: batches.length,
      lastBatchSize,
    });
    const announce = async (text: unknown) => {
      if (typeof text === "string" && text !== "") showProgress(text);
    };

    await announce(await options?.onStart?.(progress(0, 0, 0)));
    const results: unknown[] = [];
    let processed = 0;
    for (const [index, batch] of batches.entries()) {
      try {
        results.push(await worker({ recordIds: batch }));
      } catch (error) {
        await announce(
          await options?.onError?.({ ...progress(index, processed, batch.length), error }),
        );
        return { success: false, partialResults: results, error };
      }
      processed += batch.length;
      await announce(await options?.onProgress?.(progress(index, processed, batch.length)));
    }
    const last = batches.at(-1)?.length ?? 0;
    await announce(await options?.onComplete?.(progress(batches.length - 1, processed, last)));
    return { success: true, results };
  };
}
