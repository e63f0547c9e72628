import { useState, type ReactNode } from "react";
import type { Fault, FaultKind } from "../../api";
import { Choice } from "../connections/Choice";
import { StudioDialog } from "../data/StudioDialog";
import { faultDraftOf, faultKinds, faultOf, type FaultDraft } from "./faults";
import "./FaultDialog.css";

interface FaultDialogProps {
  /** The host being edited, or null for a new fault. */
  host: string | null;
  fault: Fault;
  busy: boolean;
  /** Why the backend refused the last save. */
  error: string | null;
  onSave: (host: string, fault: Fault) => void;
  onCancel: () => void;
}

/** Adds or edits the fault of one host; only the fields its kind uses are shown. */
export function FaultDialog(props: FaultDialogProps) {
  const [draft, setDraft] = useState<FaultDraft>(faultDraftOf(props.host ?? "", props.fault));
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<FaultDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = () => {
    const host = draft.host.trim();
    if (!host) return setProblem("Give a host, such as api.example.com, or * for every host.");
    try {
      props.onSave(host, faultOf(draft));
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <StudioDialog
      title={props.host ? `The fault of ${props.host}` : "Add a fault"}
      okLabel="Save fault"
      busy={props.busy}
      error={problem ?? props.error}
      onOk={save}
      onCancel={props.onCancel}
      size="medium"
    >
      <Field
        label="Host"
        hint="A host such as api.example.com or localhost:8080, or * for every other host."
      >
        <input
          className="panel-input panel-input--mono"
          value={draft.host}
          placeholder="api.example.com"
          aria-label="Host"
          autoFocus
          spellCheck={false}
          data-testid="fault-host"
          onChange={(event) => set({ host: event.target.value })}
        />
      </Field>
      <Field label="Fault">
        <select
          className="panel-input"
          value={draft.kind}
          aria-label="Fault"
          data-testid="fault-kind"
          onChange={(event) => set({ kind: event.target.value as FaultKind })}
        >
          {faultKinds.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <div className="fault-dialog__row">
        <Field label="Latency (ms)" hint="Added before the fault or the answer.">
          <NumberInput
            label="Latency (ms)"
            value={draft.latencyMs}
            testId="fault-latency"
            onChange={(latencyMs) => set({ latencyMs })}
          />
        </Field>
        <Field label="Requests hit" hint="Empty: every request.">
          <NumberInput
            label="Requests hit"
            value={draft.times}
            testId="fault-times"
            onChange={(times) => set({ times })}
          />
        </Field>
      </div>
      {draft.kind === "server-error" && (
        <Field label="Status" hint="500 to 599; empty is 503.">
          <NumberInput
            label="Status"
            value={draft.status}
            testId="fault-status"
            onChange={(status) => set({ status })}
          />
        </Field>
      )}
      {draft.kind === "rate-limit" && (
        <div className="fault-dialog__row">
          <Field label="Retry-After (s)">
            <NumberInput
              label="Retry-After (s)"
              value={draft.retryAfter}
              testId="fault-retry-after"
              onChange={(retryAfter) => set({ retryAfter })}
            />
          </Field>
          <Field label="Written as">
            <Choice
              name="fault-retry-format"
              value={draft.retryAfterFormat}
              options={[
                { value: "date", label: "An HTTP date" },
                { value: "seconds", label: "Seconds" },
              ]}
              onChange={(retryAfterFormat) => set({ retryAfterFormat })}
            />
          </Field>
        </div>
      )}
    </StudioDialog>
  );
}

function Field(props: { label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="studio-dialog__field fault-dialog__field">
      <span className="studio-dialog__label">{props.label}</span>
      {props.children}
      {props.hint && <span className="studio-dialog__hint">{props.hint}</span>}
    </div>
  );
}

function NumberInput(props: {
  label: string;
  value: string;
  testId: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      className="panel-input"
      aria-label={props.label}
      value={props.value}
      inputMode="numeric"
      data-testid={props.testId}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
