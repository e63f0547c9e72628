import {Extensions} from "attio"
import {showToast} from "attio/client"

import watchPeople from "../../../watch-people.server"

export default Extensions.defineExtension({
  type: "object-action",
  id: "watch-people",
  label: "Watch new people",
  icon: "Eye",
  objects: "people",
  onTrigger: async () => {
    const webhookId = await watchPeople()
    await showToast({variant: "success", title: "Watching new people", text: webhookId})
  },
})
