import { CircleCheck, CircleX } from "lucide-react";
import type { CallStatus as Status } from "../../api/types";
import { Spinner } from "../../ui/Spinner";

export function CallStatus({ status }: { status: Status }) {
  if (status === "running") return <Spinner />;
  if (status === "error") return <CircleX size={14} color="var(--red)" aria-label="failed" />;
  return <CircleCheck size={14} color="var(--green)" aria-label="ok" />;
}
