import { CircleCheck, CircleX } from "lucide-react";
import type { CallStatus as Status } from "../../api/types";
import { Spinner } from "../../ui/Spinner";

export function CallStatus({ status }: { status: Status }) {
  if (status === "running") return <Spinner />;
  if (status === "error") return <CircleX size={14} color="var(--red)" aria-label="failed" />;
  return <CircleCheck size={14} color="var(--green)" aria-label="ok" />;
}

export function formatDuration(ms: number): string {
  if (ms < 1) return "<1 ms";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}
