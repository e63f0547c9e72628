// An I/O-bound server function of the kind apps write: look up a page of leads, then fetch each
// lead's details a few at a time, wait out a short back-off as rate-limited APIs ask, and sum
// what came back. Almost all of its time is spent waiting, so the engines should come out close.

type Page = {ids: string[]}
type Lead = {id: string; score: number; tags: string[]}

async function getJSON<T>(url: string): Promise<T> {
  const response = await fetch(url, {headers: {accept: "application/json"}})
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return (await response.json()) as T
}

export default async function fetchLeads(base: string, pages: number) {
  let total = 0
  let tagged = 0
  for (let p = 0; p < pages; p++) {
    const page = await getJSON<Page>(`${base}/leads?page=${p}`)
    const leads = await Promise.all(page.ids.map((id) => getJSON<Lead>(`${base}/leads/${id}`)))
    for (const lead of leads) {
      total += lead.score
      tagged += lead.tags.length
    }
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  return {total, tagged}
}
