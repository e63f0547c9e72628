import {showToast} from "attio/client"

export const quoteTextAction = {
  id: "quote",
  label: "Quote in a toast",
  icon: "Comment",
  onTrigger: async ({text}: {text: string; markdown: string}) => {
    await showToast({variant: "neutral", title: "Quoted", text})
  },
}
