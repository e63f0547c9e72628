import type {BulkRecordAction} from "attio/client"
import {showToast} from "attio/client"

export const bulkRecordAction: BulkRecordAction = {
  id: "count",
  label: "Count",
  icon: "Hashtag",
  onTrigger: async ({recordIds, object}) => {
    await showToast({variant: "success", title: `Counted ${recordIds.length} ${object}`})
  },
}
