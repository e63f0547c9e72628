import type {CallRecordingInsightTextSelectionAction} from "attio/client"
import {showToast} from "attio/client"

export const callRecordingInsightTextSelectionAction: CallRecordingInsightTextSelectionAction = {
  id: "echo-insight",
  label: "Echo insight",
  icon: "Comment",
  onTrigger: async ({text}) => {
    await showToast({variant: "neutral", title: "Insight", text})
  },
}
