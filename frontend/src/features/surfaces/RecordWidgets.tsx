import type { Attribute } from "../../api/types";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { appliesTo } from "../../sdk/surfaces";
import { WidgetCard } from "./WidgetCard";
import "./RecordWidgets.css";

interface RecordWidgetsProps {
  object: string;
  recordId: string;
  attributes: Attribute[];
  /** Changes when the record changes, to mount the widgets afresh with its new values. */
  generation: string;
}

/** The app's record widgets for this record, in a grid; nothing when it has none here. */
export function RecordWidgets({ object, recordId, attributes, generation }: RecordWidgetsProps) {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const widgets = app.surfaces.widgets.filter((widget) => appliesTo(widget, object, attributes));
  if (widgets.length === 0) return null;
  return (
    <section className="record-widgets" aria-label="Widgets">
      <h3 className="record-widgets__title">Widgets</h3>
      <div className="record-widgets__grid" data-testid="widgets">
        {widgets.map((widget) => (
          <div
            key={`${widget.id}:${app.mount}:${generation}`}
            className="record-widgets__item"
            data-testid={`widget-${widget.id}`}
            title={widget.label}
          >
            <WidgetCard widget={widget} recordId={recordId} object={object} />
          </div>
        ))}
      </div>
    </section>
  );
}
