import type {App} from "attio"
import {showIframe, showToast} from "attio/client"

// The iframe greets the page with its initial data, answers each "ping" with a "pong".
const html = `<p>Embedded</p><script>
window.addEventListener("message", (event) => {
  if (event.data && event.data.type === "ping") {
    parent.postMessage({type: "pong", text: event.data.text + " back"}, "*")
  }
})
parent.postMessage({type: "ready", greeting: window.ATTIO_INITIAL_DATA.greeting}, "*")
</script>`

export const iframeAction: App.Record.Action = {
  id: "iframe",
  label: "Talk to an iframe",
  icon: "Globe",
  onTrigger: async () => {
    await showIframe({
      width: "320px",
      height: "120px",
      html,
      initialData: {greeting: "hello"},
      onMessage: async (message: any, {sendMessage, hideIframe}) => {
        if (message.type === "ready") sendMessage({type: "ping", text: message.greeting})
        if (message.type === "pong") {
          await showToast({variant: "success", title: "The iframe answered", text: message.text})
          hideIframe()
        }
      },
    })
  },
}

// Attio's client code has no network: each of these throws, saying to use a server function.
// Nor has it the page's document or storage, by any name.
export const networkAction: App.Record.Action = {
  id: "network",
  label: "Try the network",
  icon: "Webhooks",
  onTrigger: async () => {
    const outcomes: string[] = []
    const attempts: Array<[string, () => unknown]> = [
      ["fetch", () => fetch("https://example.com")],
      ["XMLHttpRequest", () => new XMLHttpRequest()],
      ["WebSocket", () => new WebSocket("wss://example.com")],
      ["window.top.fetch", () => window.top!.fetch("https://example.com")],
    ]
    for (const [name, attempt] of attempts) {
      try {
        await attempt()
        outcomes.push(`${name} worked`)
      } catch (error) {
        const blocked = String((error as Error).message).includes("server function")
        outcomes.push(blocked ? `${name} blocked` : `${name}: ${error}`)
      }
    }
    outcomes.push(typeof document === "undefined" ? "no document" : "a document")
    outcomes.push(typeof window.localStorage === "undefined" ? "no storage" : "storage")
    await showToast({variant: "warning", title: "Network", text: outcomes.join(", ")})
  },
}
