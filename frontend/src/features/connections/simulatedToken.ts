/**
 * A token shaped like an OAuth access token, standing in for the one Attio would get from the
 * provider's authorization-code flow, which the studio does not run offline.
 */
export function simulatedOAuthToken(random: () => number = Math.random): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  let token = "";
  for (let i = 0; i < 32; i++) token += alphabet[Math.floor(random() * alphabet.length)];
  return `oauth_sim_${token}`;
}
