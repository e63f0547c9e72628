import type {App} from "attio"
import {showToast} from "attio/client"

export const tagBulkAction: App.Record.BulkAction = {
  id: "tag",
  label: "Tag for outreach",
  icon: "Tag",
  objects: "people",
  onTrigger: async ({recordIds}) => {
    await showToast({variant: "success", title: `Tagged ${recordIds.length} people`})
  },
}
