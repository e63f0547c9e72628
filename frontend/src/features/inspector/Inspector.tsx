import { ChevronDown, ChevronUp, X } from "lucide-react";
import { Button } from "../../ui/Button";
import { CallDetail } from "./CallDetail";
import { CallsView } from "./CallsView";
import { formatTime } from "./format";
import { InspectorActions } from "./InspectorActions";
import { TimelineView } from "./TimelineView";
import { useInspector, type InspectorTab } from "./useInspector";
import { usePanelSize } from "./usePanelSize";
import { useSelectCallRequests } from "./useSelectCallRequests";
import "./Inspector.css";

const tabs: [InspectorTab, string][] = [
  ["timeline", "Timeline"],
  ["calls", "Calls"],
];

/**
 * The bottom panel: the timeline of every action and call as it happens, every call filtered,
 * and the selected call's details with its replay and export.
 */
export function Inspector() {
  const inspector = useInspector();
  const panel = usePanelSize();
  const { imported, query } = inspector;
  useSelectCallRequests((callId) => {
    panel.expand();
    inspector.reveal(callId);
  });

  return (
    <section
      className={`inspector${panel.collapsed ? " inspector--collapsed" : ""}`}
      style={{ height: panel.height }}
      data-testid="inspector"
      aria-label="Inspector"
    >
      <div className="inspector__grip" onPointerDown={panel.startDrag} aria-hidden />
      <div className="inspector__bar">
        <h2 className="inspector__title">Inspector</h2>
        <div className="inspector__tabs" role="tablist">
          {tabs.map(([tab, label]) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={inspector.tab === tab}
              className={`inspector__tab${inspector.tab === tab ? " inspector__tab--active" : ""}`}
              data-testid={`inspector-tab-${tab}`}
              onClick={() => inspector.setTab(tab)}
            >
              {label}
            </button>
          ))}
        </div>
        <span className="inspector__count">{inspector.calls.length} recent calls</span>
        {inspector.error && (
          <span className="inspector__error" data-testid="inspector-error">
            {inspector.error.message}
          </span>
        )}
        <span className="inspector__spacer" />
        {!imported && (
          <InspectorActions
            empty={inspector.calls.length === 0}
            onExport={(format) => inspector.exportCalls([], format)}
            onImport={inspector.importFile}
            onImportNative={inspector.importNative}
            onClear={inspector.clear}
          />
        )}
        <Button
          small
          variant="ghost"
          iconOnly
          aria-label={panel.collapsed ? "Expand inspector" : "Collapse inspector"}
          onClick={panel.toggle}
        >
          {panel.collapsed ? <ChevronUp size={14} /> : <ChevronDown size={14} />}
        </Button>
      </div>
      {imported && !panel.collapsed && (
        <div className="inspector__imported" data-testid="imported-banner">
          Viewing {imported.fileName}: {imported.timeline.calls.length} calls
          {imported.timeline.app ? ` of ${imported.timeline.app}` : ""}, exported{" "}
          {formatTime(imported.timeline.exported)}. Read-only.
          <Button small variant="ghost" testId="imported-close" onClick={inspector.closeImported}>
            <X size={13} />
            Back to live calls
          </Button>
        </div>
      )}
      {!panel.collapsed && (
        <div className="inspector__body">
          {inspector.tab === "timeline" ? (
            <TimelineView
              rows={inspector.rows}
              selectedKey={inspector.selectedKey}
              pickedKey={inspector.pickedKey}
              onSelect={inspector.selectRow}
              onToggle={inspector.toggle}
              collapsed={inspector.collapsed}
              emptyText="No calls yet. Run a record action to see what it does here."
            />
          ) : (
            <CallsView
              filter={inspector.filter}
              onFilter={inspector.setFilter}
              names={inspector.names}
              rows={query.rows}
              hasMore={query.hasMore}
              loading={query.loading}
              total={query.total}
              error={query.error}
              loadMore={query.loadMore}
              selectedId={inspector.selectedId}
              pickedId={inspector.pickedId}
              onSelect={inspector.select}
            />
          )}
          <CallDetail
            call={inspector.detail.call}
            loadError={inspector.detail.error}
            readOnly={Boolean(imported)}
            appDir={inspector.app.dir}
            replay={inspector.replay}
            onOpen={inspector.select}
            onExport={inspector.exportSelected}
          />
        </div>
      )}
    </section>
  );
}
