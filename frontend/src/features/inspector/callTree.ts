import type { Call } from "../../api/types";

export interface CallNode {
  call: Call;
  children: CallNode[];
}

export interface CallLine {
  call: Call;
  depth: number;
  childCount: number;
}

const startedAt = (call: Call) => Date.parse(call.started) || 0;

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
    node.children.sort((a, b) => startedAt(a.call) - startedAt(b.call));
    node.children.forEach(sortChildren);
  };
  roots.forEach(sortChildren);
  return roots.sort((a, b) => startedAt(b.call) - startedAt(a.call));
}

/** The tree as rows to draw, skipping the children of collapsed calls. */
export function flattenCallTree(roots: CallNode[], collapsed: ReadonlySet<string>): CallLine[] {
  const lines: CallLine[] = [];
  const visit = (node: CallNode, depth: number) => {
    lines.push({ call: node.call, depth, childCount: node.children.length });
    if (!collapsed.has(node.call.id)) node.children.forEach((child) => visit(child, depth + 1));
  };
  roots.forEach((root) => visit(root, 0));
  return lines;
}

/** Inserts or replaces a call by id (the backend sends a call when it starts and when it ends). */
export function upsertCall(calls: Call[], call: Call, limit: number): Call[] {
  const index = calls.findIndex((existing) => existing.id === call.id);
  if (index === -1) return [call, ...calls].slice(0, limit);
  const next = [...calls];
  next[index] = call;
  return next;
}

/** The loaded log plus calls that arrived by event meanwhile, newest first. */
export function mergeCalls(loaded: Call[], current: Call[], limit = 300): Call[] {
  const byId = new Map(current.map((call) => [call.id, call]));
  for (const call of loaded) {
    const known = byId.get(call.id);
    if (!known || known.status === "running") byId.set(call.id, call);
  }
  return [...byId.values()].sort((a, b) => startedAt(b) - startedAt(a)).slice(0, limit);
}
