// Runs a server function of a studio server bundle in Node, the way gojanode.go runs it in goja:
//   node node-harness.mjs BUNDLE FUNCTION_ID RUNS ARGS_JSON_ARRAY
// and prints {"medianMs": ..., "result": ...} as JSON.
import {readFileSync} from "node:fs"
import {runInThisContext} from "node:vm"
import {performance} from "node:perf_hooks"

const [bundle, id, runs, args] = process.argv.slice(2)
globalThis.__attioServerSDK = {}
globalThis.__attioRootSDK = {}
runInThisContext(readFileSync(bundle, "utf8"), {filename: bundle})
const fn = globalThis.__attioServer.functions[id].load().default
const parsed = JSON.parse(args)

let result = await fn(...parsed) // warm-up, as the goja side does
const times = []
for (let i = 0; i < Number(runs); i++) {
  const start = performance.now()
  result = await fn(...parsed)
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
console.log(JSON.stringify({medianMs: times[Math.floor((times.length - 1) / 2)], result}))
