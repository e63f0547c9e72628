// A CPU-bound server function of the kind apps write: build, score and rank records, serialize
// the ranking and fingerprint it, then some plain arithmetic. No I/O, so the time is the engine's.

type Lead = {id: string; name: string; employees: number; revenue: number; tags: string[]}

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
}

function primesBelow(n: number): number {
  const composite = new Uint8Array(n)
  let count = 0
  for (let i = 2; i < n; i++) {
    if (composite[i]) continue
    count++
    for (let j = i * i; j < n; j += i) composite[j] = 1
  }
  return count
}

export default async function scoreLeads(count: number) {
  const next = random(42)
  const leads: Lead[] = []
  for (let i = 0; i < count; i++) {
    leads.push({
      id: `lead_${i}`,
      name: `Lead ${i}`,
      employees: Math.floor(next() * 5000),
      revenue: next() * 1e7,
      tags: ["saas", "fintech", "health", "retail"].filter(() => next() > 0.5),
    })
  }
  const scored = leads.map((lead) => ({
    ...lead,
    score: Math.log1p(lead.employees) * 3 + Math.sqrt(lead.revenue) / 100 + lead.tags.length,
  }))
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const json = JSON.stringify(scored.slice(0, 2000))
  let fingerprint = 0
  for (let i = 0; i < json.length; i++) fingerprint = (fingerprint * 31 + json.charCodeAt(i)) | 0
  const back = JSON.parse(json) as Lead[]
  return {top: scored[0].id, fingerprint, parsed: back.length, primes: primesBelow(300_000)}
}
