// Attio calls this with the events the app's webhook subscribed to.
export default async function attioEvents(request: Request): Promise<Response> {
  const {events} = await request.json()
  for (const event of events) console.log(`${event.event_type} ${event.id.record_id}`)
  return new Response(null, {status: 204})
}
