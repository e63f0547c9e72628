import {attioFetch, getWorkspaceConnection} from "attio/server"

import {ALC_API, alcHeaders} from "./alc"

export default async function sendToAlc(
  recordId: string,
  name: string,
  phoneNumber: string,
): Promise<{leadId: string}> {
  const connection = getWorkspaceConnection()
  const response = await fetch(`${ALC_API}/leads`, {
    method: "POST",
    headers: alcHeaders(connection.value),
    body: JSON.stringify({name, phone_number: phoneNumber, reference: recordId}),
  })
  if (!response.ok) {
    throw new Error(`Acme Lead Checker refused the lead: ${response.status} ${await response.text()}`)
  }
  const lead = await response.json()
  console.log(`Lead ${lead.id} created for ${name}`)

  await attioFetch({
    method: "PATCH",
    path: `/objects/people/records/${recordId}`,
    body: {data: {values: {alc_status: "Pending"}}},
  })
  return {leadId: lead.id}
}
