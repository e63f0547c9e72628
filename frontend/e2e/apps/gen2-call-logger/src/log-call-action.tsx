import React from "react"
import type {App} from "attio"
import {showDialog} from "attio/client"

import {LogCallDialog} from "./log-call-dialog"

export const logCallAction: App.Record.Action = {
  id: "log-call",
  label: "Log call",
  icon: "Phone",
  objects: ["people"],
  onTrigger: async ({recordId}) => {
    await showDialog({
      title: "Log call",
      Dialog: ({hideDialog}) => <LogCallDialog recordId={recordId} hideDialog={hideDialog} />,
    })
  },
}
