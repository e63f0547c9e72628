import React from "react"
import type {App} from "attio"
import {showDialog, TextBlock} from "attio/client"

// Renders an HTML element, which Attio does not allow: the studio names it and this line.
function BrokenDialog() {
  return (
    <TextBlock>
      <div>Not an Attio component</div>
    </TextBlock>
  )
}

export const brokenAction: App.Record.Action = {
  id: "broken",
  label: "Broken dialog",
  icon: "WarningTriangle",
  onTrigger: async () => {
    await showDialog({title: "Broken", Dialog: BrokenDialog})
  },
}
