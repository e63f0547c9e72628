import {Extensions} from "attio"
import {showToast} from "attio/client"

export default Extensions.defineExtension({
  type: "bulk-record-action",
  id: "enrich-people",
  label: "Enrich people",
  icon: "Sparkle",
  objects: ["people"],
  onTrigger: async ({runRecordBatches}) => {
    const outcome = await runRecordBatches(
      {
        batchSize: 1,
        onProgress: ({processedRecords, totalRecords}) => `Enriched ${processedRecords} of ${totalRecords}`,
      },
      async ({recordIds}) => {
        // Long enough for a test on a busy machine to see each step of the progress toast.
        await new Promise((resolve) => setTimeout(resolve, 600))
        return recordIds.length
      },
    )
    if (outcome.success) {
      await showToast({variant: "success", title: `Enrichment finished for ${outcome.results.length} batches`})
    }
  },
})
