import type {App} from "attio"
import {showToast} from "attio/client"

import raiseLimit from "./raise-limit.server"
import readSettings from "./read-settings.server"

export const readSettingsAction: App.Record.Action = {
  id: "read-settings",
  label: "Read settings",
  icon: "Settings",
  onTrigger: async () => {
    const {region, limit} = await readSettings()
    await showToast({variant: "success", title: "Settings read", text: `region ${region}, limit ${limit}`})
  },
}

export const raiseLimitAction: App.Record.Action = {
  id: "raise-limit",
  label: "Raise limit",
  icon: "ArrowUp",
  onTrigger: async () => {
    await raiseLimit(500)
    await showToast({variant: "neutral", title: "Limit raised"})
  },
}
