import {Extensions} from "attio"
import {showToast} from "attio/client"

export default Extensions.defineExtension({
  type: "call-recording-transcript-text-action",
  id: "share-quote",
  label: "Share quote",
  icon: "Share",
  onTrigger: async ({transcript, url}) => {
    const who = transcript.map((line) => line.speaker).join(", ")
    await showToast({variant: "neutral", title: `Quote from ${who}`, text: url})
  },
})
