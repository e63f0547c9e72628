import {Extensions} from "attio"
import {alert} from "attio/client"

export default Extensions.defineExtension({
  type: "object-action",
  id: "import-leads",
  label: "Import leads",
  icon: "Upload",
  objects: "people",
  onTrigger: async ({object}) => {
    await alert({title: "Import leads", text: `Importing into ${object}.`, okLabel: "Got it"})
  },
})
