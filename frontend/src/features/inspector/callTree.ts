import type { Call } from "../../api/types";

export interface CallNode {
  call: Call;
  children: CallNode[];
}

// Sorting and laying out a few hundred calls every frame parses each start time many times;
// calls are immutable, so each is parsed once.
const parsed = new WeakMap<Call, number>();

/** When the call started, in epoch milliseconds (0 when the time does not parse). */
export function startedAt(call: Call): number {
  let time = parsed.get(call);
  if (time === undefined) {
    time = Date.parse(call.started) || 0;
    parsed.set(call, time);
  }
  return time;
}

/** Newest first: by start time, then by id, which the backend numbers in order. */
export function newestFirst(a: Call, b: Call): number {
  return startedAt(b) - startedAt(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * Nests calls under their parent: roots newest first, children in the order they started, as a
 * trace reads. A call whose parent is not in the list is shown as a root.
 */
export function buildCallTree(calls: Call[]): CallNode[] {
  const nodes = new Map(calls.map((call) => [call.id, { call, children: [] as CallNode[] }]));
  const roots: CallNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.call.parent ? nodes.get(node.call.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sortChildren = (node: CallNode) => {
    node.children.sort((a, b) => -newestFirst(a.call, b.call));
    node.children.forEach(sortChildren);
  };
  roots.forEach(sortChildren);
  return roots.sort((a, b) => newestFirst(a.call, b.call));
}

/**
 * The list with the calls of a batch put in (the backend sends a call when it starts and when
 * it ends), newest first and at most limit long. A late "started" never replaces a finished call.
 */
export function mergeCalls(current: Call[], batch: Call[], limit: number): Call[] {
  const byId = new Map(current.map((call) => [call.id, call]));
  for (const call of batch) {
    const known = byId.get(call.id);
    if (known && known.status !== "running" && call.status === "running") continue;
    byId.set(call.id, call);
  }
  return [...byId.values()].sort(newestFirst).slice(0, limit);
}
