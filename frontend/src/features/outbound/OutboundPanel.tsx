import { Plus } from "lucide-react";
import { useState } from "react";
import type { Manifest } from "../../api";
import { Button } from "../../ui/Button";
import { ErrorView } from "../../ui/ErrorView";
import { PanelFrame, PanelSection } from "../connections/PanelFrame";
import { FaultDialog } from "./FaultDialog";
import { FaultTable } from "./FaultTable";
import { ModeSwitch } from "./ModeSwitch";
import { RuleList } from "./RuleList";
import { useMockRules } from "./useMockRules";
import { useOutbound } from "./useOutbound";
import "./OutboundPanel.css";

/** What the app's fetch calls get back: the mode, faults per host, and the mock rules. */
export function OutboundPanel({ manifest }: { manifest: Manifest | null }) {
  const outbound = useOutbound();
  const rules = useMockRules(outbound.settings?.mode === "record");
  const [editing, setEditing] = useState<{ host: string | null } | null>(null);
  const faults = outbound.settings?.faults ?? {};
  const studioFile = manifest ? `${manifest.app.dir}/attio-studio.json` : "attio-studio.json";

  const closeDialog = () => {
    setEditing(null);
    outbound.clearError();
  };

  return (
    <PanelFrame
      title="Outbound requests"
      hint="What the app's fetch calls get back; api.attio.com always answers from the mock workspace"
      testId="outbound-panel"
    >
      <div className="outbound-panel__body">
        {outbound.loadError && (
          <ErrorView
            title="Could not load the outbound settings"
            message={outbound.loadError.message}
          />
        )}
        <PanelSection title="Mode">
          <ModeSwitch
            mode={outbound.settings?.mode ?? null}
            disabled={outbound.busy || !outbound.settings}
            onChange={(mode) => void outbound.setMode(mode)}
          />
          {outbound.error && !editing && (
            <p className="panel-error" role="alert" data-testid="outbound-error">
              {outbound.error}
            </p>
          )}
        </PanelSection>
        <PanelSection
          title="Faults"
          testId="faults"
          aside={
            <Button small testId="add-fault" onClick={() => setEditing({ host: null })}>
              <Plus size={13} />
              Add fault
            </Button>
          }
        >
          <FaultTable
            faults={faults}
            disabled={outbound.busy}
            onEdit={(host) => setEditing({ host })}
            onRemove={(host) => void outbound.removeFault(host)}
          />
        </PanelSection>
        <PanelSection title={`Mock rules · ${rules.drafts?.length ?? 0}`} testId="mock-rules">
          {rules.loadError && (
            <ErrorView title="Could not load the mock rules" message={rules.loadError.message} />
          )}
          <RuleList rules={rules} files={manifest?.webhooks ?? []} studioFile={studioFile} />
        </PanelSection>
      </div>
      {editing && (
        <FaultDialog
          host={editing.host}
          fault={editing.host ? (faults[editing.host] ?? {}) : {}}
          busy={outbound.busy}
          error={outbound.error}
          onSave={async (host, fault) => {
            if (await outbound.setFault(host, fault, editing.host ?? undefined)) closeDialog();
          }}
          onCancel={closeDialog}
        />
      )}
    </PanelFrame>
  );
}
