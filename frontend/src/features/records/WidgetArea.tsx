import type { AppWidget } from "../../sdk/surfaces";
import { AppWidgetCard } from "./AppWidgetCard";
import "./WidgetArea.css";

interface WidgetAreaProps {
  widgets: AppWidget[];
  recordId: string;
  object: string;
  /** Changes when the app reloads or the record changes, to mount the widgets afresh. */
  generation: string;
}

export function WidgetArea({ widgets, recordId, object, generation }: WidgetAreaProps) {
  return (
    <div className="widget-area" data-testid="widgets">
      {widgets.map((widget) => (
        <div
          key={`${widget.id}:${generation}`}
          className="widget-area__item"
          data-testid={`widget-${widget.id}`}
          title={widget.label}
        >
          <AppWidgetCard widget={widget} recordId={recordId} object={object} />
        </div>
      ))}
    </div>
  );
}
