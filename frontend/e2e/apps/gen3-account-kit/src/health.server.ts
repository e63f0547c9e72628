import {experimental_getWorkspaceSetting} from "attio/server"

// A made-up account health score, computed server side, out of the workspace's highest score.
export default async function health(recordId: string) {
  const max = (await experimental_getWorkspaceSetting("maxScore")) ?? 100
  const score = Math.round(((50 + (recordId.charCodeAt(0) % 50)) * max) / 100)
  return {score, max, trend: score > 0.7 * max ? "up" : "flat"}
}
