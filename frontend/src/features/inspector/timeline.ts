import type {
  Call,
  CallNotification,
  ConsoleLine,
  KVOperation,
  OutboundRequest,
} from "../../api/types";
import { buildCallTree, startedAt, type CallNode } from "./callTree";

/** What a call did that is not a call of its own: one row under it in the timeline. */
export type TimelineLeaf =
  | { type: "notification"; notification: CallNotification }
  | { type: "console"; line: ConsoleLine }
  | { type: "request"; request: OutboundRequest }
  | { type: "kv"; op: KVOperation };

/** One row of the timeline: a call, or one thing a call did (its leaf). */
export interface TimelineRow {
  /** The call id, or "<call id>/<leaf type>/<index>" for a leaf. */
  key: string;
  depth: number;
  /** The call the row is, or the call the leaf belongs to. */
  call: Call;
  leaf?: TimelineLeaf;
  /** Rows directly under a call row (its leaves and the calls it made). */
  childCount: number;
  /** Milliseconds from the start of the row's root call; end equals start for an instant. */
  start: number;
  end: number;
  /** How long the whole tree of the row's root took, in milliseconds: the waterfall's scale. */
  span: number;
}

function callEnd(call: Call, now: number): number {
  return call.status === "running" ? now : startedAt(call) + call.durationMs;
}

function leavesOf(call: Call): { leaf: TimelineLeaf; at: number; took: number }[] {
  return [
    ...(call.notifications ?? []).map((notification) => ({
      leaf: { type: "notification", notification } as TimelineLeaf,
      at: notification.atMs,
      took: 0,
    })),
    ...(call.console ?? []).map((line) => ({
      leaf: { type: "console", line } as TimelineLeaf,
      at: line.atMs,
      took: 0,
    })),
    ...(call.requests ?? []).map((request) => ({
      leaf: { type: "request", request } as TimelineLeaf,
      at: request.atMs ?? 0,
      took: request.durationMs,
    })),
    ...(call.kv ?? []).map((op) => ({
      leaf: { type: "kv", op } as TimelineLeaf,
      at: op.atMs,
      took: 0,
    })),
  ];
}

/** When the last thing in a tree ended, in epoch milliseconds. */
function treeEnd(node: CallNode, now: number): number {
  let end = callEnd(node.call, now);
  for (const { at, took } of leavesOf(node.call))
    end = Math.max(end, startedAt(node.call) + at + took);
  for (const child of node.children) end = Math.max(end, treeEnd(child, now));
  return end;
}

/**
 * The calls as timeline rows: each root (newest first) followed by what it did in the order it
 * happened, nested: an action's toasts, queries and server calls; a server call's console lines,
 * requests, key-value operations and the webhooks its mock callbacks delivered. Rows under a
 * collapsed call are left out.
 */
export function buildTimeline(
  calls: Call[],
  collapsed: ReadonlySet<string>,
  now = Date.now(),
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const root of buildCallTree(calls)) {
    const origin = startedAt(root.call);
    const span = Math.max(1, treeEnd(root, now) - origin);
    const visit = (node: CallNode, depth: number) => {
      const call = node.call;
      const offset = startedAt(call) - origin;
      const leaves = leavesOf(call);
      rows.push({
        key: call.id,
        depth,
        call,
        childCount: leaves.length + node.children.length,
        start: offset,
        end: callEnd(call, now) - origin,
        span,
      });
      if (collapsed.has(call.id)) return;
      const items = [
        ...leaves.map((item, index) => ({ at: offset + item.at, item, index, child: null })),
        ...node.children.map((child) => ({
          at: startedAt(child.call) - origin,
          item: null,
          index: 0,
          child,
        })),
      ].sort((a, b) => a.at - b.at);
      for (const { at, item, index, child } of items) {
        if (child) {
          visit(child, depth + 1);
        } else if (item) {
          rows.push({
            key: `${call.id}/${item.leaf.type}/${index}`,
            depth: depth + 1,
            call,
            leaf: item.leaf,
            childCount: 0,
            start: at,
            end: at + item.took,
            span,
          });
        }
      }
    };
    visit(root, 0);
  }
  return rows;
}
