import {ATTIO_API_TOKEN, createWebhookHandler} from "attio/server"

// Asks Attio to tell the app's attio-events handler of every new person; answers the webhook id.
export default async function watchPeople(): Promise<string> {
  const handler = await createWebhookHandler({fileName: "attio-events"})
  const response = await fetch("https://api.attio.com/v2/webhooks", {
    method: "POST",
    headers: {Authorization: `Bearer ${ATTIO_API_TOKEN}`, "Content-Type": "application/json"},
    body: JSON.stringify({
      data: {
        target_url: handler.url,
        subscriptions: [
          {
            event_type: "record.created",
            filter: {$and: [{field: "id.object_id", operator: "equals", value: await peopleId()}]},
          },
        ],
      },
    }),
  })
  if (!response.ok) throw new Error(`Attio refused the webhook: ${await response.text()}`)
  const {data} = await response.json()
  return data.id.webhook_id
}

async function peopleId(): Promise<string> {
  const response = await fetch("https://api.attio.com/v2/objects/people", {
    headers: {Authorization: `Bearer ${ATTIO_API_TOKEN}`},
  })
  const {data} = await response.json()
  return data.id.object_id
}
