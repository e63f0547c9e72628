// As little work as a server call can do: one console line and a small result.
export default async function ping(n: number) {
  console.log(`ping ${n}`)
  return {pong: n}
}
