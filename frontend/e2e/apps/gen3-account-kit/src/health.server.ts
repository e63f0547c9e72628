// A made-up account health score, computed server side.
export default async function health(recordId: string) {
  const score = 50 + (recordId.charCodeAt(0) % 50)
  return {score, trend: score > 70 ? "up" : "flat"}
}
