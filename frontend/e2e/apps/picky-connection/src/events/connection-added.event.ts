import type {Connection} from "attio/server"

// Refuses anything but an API key; throwing here stops Attio saving the connection.
export default async function connectionAdded({connection}: {connection: Connection}) {
  if (!connection.value.startsWith("sk_")) {
    throw new Error("That is not an API key: keys start with sk_")
  }
}
