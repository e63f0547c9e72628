import { Suspense, useEffect, useState, type ReactNode } from "react";
import type { Attribute } from "../../api/types";
import { LoadingState } from "../../sdk/client/components/LoadingState";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { SurfaceErrorBoundary } from "../../sdk/SurfaceErrorBoundary";
import { SurfaceScopeContext } from "../../sdk/surfaceScope";
import { appliesTo, type AppRecordTab } from "../../sdk/surfaces";
import { useMountedCall } from "./useMountedCall";
import "./RecordTabs.css";

interface RecordTabsProps {
  object: string;
  recordId: string;
  attributes: Attribute[];
  /** The record page's own content: the first tab. */
  children: ReactNode;
}

const overview = "overview";

function OnShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

function TabPanel({
  tab,
  recordId,
  object,
}: {
  tab: AppRecordTab;
  recordId: string;
  object: string;
}) {
  const { scope, finish } = useMountedCall("record-tab", tab, recordId, object);
  if (!scope) return <LoadingState />;
  const Tab = tab.Tab;
  return (
    <SurfaceScopeContext value={scope}>
      <SurfaceErrorBoundary
        title={`The record tab "${tab.label}" failed to render`}
        onError={finish}
        onRetry={() => scope.cache.clear()}
      >
        <Suspense fallback={<LoadingState />}>
          <Tab recordId={recordId} object={object} />
          <OnShown onShown={() => finish(null)} />
        </Suspense>
      </SurfaceErrorBoundary>
    </SurfaceScopeContext>
  );
}

/**
 * The record page's tabs: its own details first, then the app's record tabs. With no app tab
 * for this record, only the details show, without a tab bar.
 */
export function RecordTabs({ object, recordId, attributes, children }: RecordTabsProps) {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const [chosen, setChosen] = useState(overview);
  const tabs = app.surfaces.recordTabs.filter((tab) => appliesTo(tab, object, attributes));
  if (tabs.length === 0) return <>{children}</>;
  const open = tabs.find((tab) => tab.id === chosen);
  return (
    <div className="record-tabs" data-testid="record-tabs">
      <div className="record-tabs__bar" role="tablist">
        {[{ id: overview, label: "Overview" }, ...tabs].map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={(open?.id ?? overview) === tab.id}
            className="record-tabs__tab"
            data-testid={`record-tab-${tab.id}`}
            onClick={() => setChosen(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {open ? (
        <div className="record-tabs__panel" role="tabpanel" data-testid="record-tab-panel">
          <TabPanel
            key={`${open.id}:${app.mount}:${recordId}`}
            tab={open}
            recordId={recordId}
            object={object}
          />
        </div>
      ) : (
        children
      )}
    </div>
  );
}
