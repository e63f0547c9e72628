import {experimental_getWorkspaceSetting} from "attio/server"

// Reads what the settings page saved.
export default async function readSettings() {
  const region = await experimental_getWorkspaceSetting("region")
  const limit = await experimental_getWorkspaceSetting("limit")
  return {region, limit}
}
