// Acme Lead Checker's public API, shared by the server function, the webhook handler and the
// connection events.
export const ALC_API = "https://api.acmeleadchecker.ai/api/v1"

export function alcHeaders(token: string): Record<string, string> {
  return {Authorization: `Bearer ${token}`, "Content-Type": "application/json"}
}
