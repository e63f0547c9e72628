import { Video } from "lucide-react";
import { useState, type MouseEvent } from "react";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import type { CallRecordingPart } from "../../sdk/surfaces";
import { demoRecording } from "./callRecording";
import { TextActionMenu, type MenuPlace } from "./TextActionMenu";
import { textActionArgs } from "./textSelection";
import "./CallRecordingPage.css";

const parts: { part: CallRecordingPart; title: string }[] = [
  { part: "summary", title: "Summary" },
  { part: "insight", title: "Insights" },
  { part: "transcript", title: "Transcript" },
];

/**
 * A mock call recording (summary, insights, transcript). Selecting text in a part offers the
 * app's text actions for that part, as Attio's call-recording page does.
 */
export function CallRecordingPage() {
  const runtime = useRuntime();
  const app = useStore(runtime.app);
  const [menu, setMenu] = useState<MenuPlace | null>(null);

  const onMouseUp = (part: CallRecordingPart) => (event: MouseEvent<HTMLElement>) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return setMenu(null);
    const range = selection.getRangeAt(0).cloneRange();
    const section = event.currentTarget;
    if (!section.contains(range.commonAncestorContainer)) return setMenu(null);
    const box = range.getBoundingClientRect();
    setMenu({ part, range, section, top: box.bottom + 6, left: box.left });
  };

  const run = (place: MenuPlace, id: string) => {
    const action = app.surfaces.textActions[place.part].find((candidate) => candidate.id === id);
    if (!action) return;
    setMenu(null);
    const text = place.range.toString().trim();
    void runtime.runTextAction(place.part, action, { text }, async () => {
      // Only the transcript's link names the workspace.
      const workspace = place.part === "transcript" ? await runtime.workspaceInfo() : null;
      return textActionArgs(place.part, place.range, place.section, workspace?.workspaceSlug ?? "");
    });
  };

  return (
    <div className="call-recording" data-testid="call-recording-page">
      <header className="call-recording__header">
        <span className="call-recording__icon">
          <Video size={18} />
        </span>
        <div>
          <h1 className="call-recording__title">{demoRecording.title}</h1>
          <p className="call-recording__meta">
            {demoRecording.when} · {demoRecording.participants.join(", ")}
          </p>
        </div>
      </header>
      <p className="call-recording__hint">
        A mock recording: select text in a part to see the app's text actions for it.
      </p>
      {parts.map(({ part, title }) => (
        <section
          key={part}
          className="call-recording__part"
          data-testid={`call-recording-${part}`}
          onMouseUp={onMouseUp(part)}
        >
          <h2 className="call-recording__part-title">
            {title}
            <span className="call-recording__count">
              {app.surfaces.textActions[part].length} app actions
            </span>
          </h2>
          <PartBody part={part} />
        </section>
      ))}
      {menu && (
        <TextActionMenu
          place={menu}
          actions={app.surfaces.textActions[menu.part]}
          onRun={(id) => run(menu, id)}
          onClose={() => setMenu(null)}
        />
      )}
    </div>
  );
}

function PartBody({ part }: { part: CallRecordingPart }) {
  if (part === "summary") {
    return demoRecording.summary.map((text, index) => (
      <p key={index} data-block className="call-recording__paragraph">
        {text}
      </p>
    ));
  }
  if (part === "insight") {
    return (
      <ul className="call-recording__insights">
        {demoRecording.insights.map((text, index) => (
          <li key={index} data-block>
            {text}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ol className="call-recording__transcript">
      {demoRecording.transcript.map((line, index) => (
        <li key={index} className="call-recording__line">
          <span className="call-recording__speaker">
            {line.speaker} <time>{line.at}</time>
          </span>
          <span data-block data-speaker={line.speaker} data-at={line.at}>
            {line.text}
          </span>
        </li>
      ))}
    </ol>
  );
}
