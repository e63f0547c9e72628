import type {Connection} from "attio/server"
import {createWebhookHandler, deleteWebhookHandler, updateWebhookHandler} from "attio/server"

import {ALC_API, alcHeaders} from "../alc"

// Registers our webhook with Acme Lead Checker. Throwing here stops the connection being saved.
export default async function connectionAdded({connection}: {connection: Connection}) {
  const handler = await createWebhookHandler({fileName: "lead-processed"})
  const response = await fetch(`${ALC_API}/webhooks`, {
    method: "POST",
    headers: alcHeaders(connection.value),
    body: JSON.stringify({url: handler.url, events: ["lead.processed"]}),
  })
  if (!response.ok) {
    await deleteWebhookHandler(handler.id)
    throw new Error(`Acme Lead Checker refused the webhook: ${response.status}`)
  }
  const webhook = await response.json()
  await updateWebhookHandler(handler.id, {externalWebhookId: webhook.id})
}
