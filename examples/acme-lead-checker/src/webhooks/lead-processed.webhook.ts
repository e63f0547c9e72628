import {attioFetch} from "attio/server"

// Acme Lead Checker calls this when it has finished with a lead:
// {"lead_id": "...", "reference": "<record id>", "status": "processed"}
export default async function leadProcessed(request: Request): Promise<Response> {
  const event = await request.json().catch(() => null)
  if (typeof event?.reference !== "string") {
    return new Response("Expected a JSON body with a reference", {status: 400})
  }

  await attioFetch({
    method: "PATCH",
    path: `/objects/people/records/${event.reference}`,
    body: {data: {values: {alc_status: "Complete"}}},
  })
  console.log(`Lead ${event.lead_id} complete`)
  return new Response(null, {status: 204})
}
