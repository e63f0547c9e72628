import type {Connection} from "attio/server"
import {deleteWebhookHandler, listWebhookHandlers} from "attio/server"

import {ALC_API, alcHeaders} from "../alc"

// Unregisters our webhooks. Errors from Acme Lead Checker are logged, not thrown, so the user can
// always remove the connection.
export default async function connectionRemoved({connection}: {connection: Connection}) {
  for (const handler of await listWebhookHandlers()) {
    if (handler.externalWebhookId) {
      const response = await fetch(`${ALC_API}/webhooks/${handler.externalWebhookId}`, {
        method: "DELETE",
        headers: alcHeaders(connection.value),
      }).catch((error) => ({ok: false, status: String(error)}))
      if (!response.ok) {
        console.warn(`Could not delete webhook ${handler.externalWebhookId}: ${response.status}`)
      }
    }
    await deleteWebhookHandler(handler.id)
  }
}
