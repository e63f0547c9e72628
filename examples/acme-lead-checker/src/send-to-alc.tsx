import type {RecordAction} from "attio/client"
import {alert, runQuery, showToast} from "attio/client"

import getPerson from "./get-person.graphql"
import sendToAlc from "./send-to-alc.server"

export const recordAction: RecordAction = {
  id: "send-to-alc",
  label: "Send to ALC",
  icon: "Send",
  objects: "people",
  onTrigger: async ({recordId}) => {
    const {hideToast} = await showToast({variant: "neutral", title: "Sending to ALC…"})
    const {person} = await runQuery(getPerson, {recordId})
    const name = person?.name?.full_name ?? "This person"
    const phoneNumber = person?.phone_numbers[0]

    if (!phoneNumber) {
      await hideToast()
      await alert({
        title: "No phone number found",
        text: `${name} has no phone number, so Acme Lead Checker cannot call them.`,
      })
      return
    }

    await sendToAlc(recordId, name, phoneNumber)
    await hideToast()
    await showToast({variant: "success", title: "Sent to ALC", text: `${name} is now Pending.`})
  },
}
