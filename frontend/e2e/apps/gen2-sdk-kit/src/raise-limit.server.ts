import {experimental_setWorkspaceSetting} from "attio/server"

// Saves a setting from server code; the settings page shows it.
export default async function raiseLimit(limit: number) {
  await experimental_setWorkspaceSetting("limit", limit)
}
