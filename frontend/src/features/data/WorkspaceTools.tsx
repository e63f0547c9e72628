import { Download, RotateCcw, SquareTerminal, Upload } from "lucide-react";
import { useRef, useState } from "react";
import { hashFor } from "../../routing/route";
import { queryRoute } from "./dataRoutes";
import { StudioDialog } from "./StudioDialog";
import { useWorkspaceData, type ImportSource } from "./useWorkspaceData";
import "./WorkspaceTools.css";

interface WorkspaceToolsProps {
  appName: string;
  consoleOpen: boolean;
}

type Question = { kind: "reset" } | { kind: "import"; source: ImportSource };

const consequences = {
  reset:
    "Every record, list, note and task goes back to the default workspace. Changes made in " +
    "the studio or by the app are lost.",
  import:
    "The workspace in the file replaces every record, list, note and task here. Export first " +
    "to keep a copy of the current data.",
};

/** The sidebar's workspace commands: the query console, export, import and reset. */
export function WorkspaceTools({ appName, consoleOpen }: WorkspaceToolsProps) {
  const data = useWorkspaceData(appName);
  const [question, setQuestion] = useState<Question | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const document = await data.readImport(file);
    if (document !== null) {
      setQuestion({ kind: "import", source: { document, fileName: file.name } });
    }
  };
  const chooseImport = async () => {
    if (!data.nativeFileDialogs) {
      picker.current?.click();
      return;
    }
    const source = await data.chooseImport();
    if (source) setQuestion({ kind: "import", source });
  };
  const answer = async () => {
    if (!question) return;
    const done =
      question.kind === "reset"
        ? await data.resetWorkspace()
        : await data.importWorkspace(question.source);
    if (done) setQuestion(null);
  };

  return (
    <div className="workspace-tools">
      <h2 className="sidebar__heading">Workspace</h2>
      <a
        className={`sidebar__item${consoleOpen ? " sidebar__item--active" : ""}`}
        href={hashFor(queryRoute)}
        aria-current={consoleOpen ? "page" : undefined}
        data-testid="open-query-console"
      >
        <SquareTerminal size={15} strokeWidth={1.75} />
        Query console
      </a>
      <button
        type="button"
        className="sidebar__item"
        disabled={data.busy !== null}
        data-testid="export-workspace"
        onClick={() => void data.exportWorkspace()}
      >
        <Download size={15} strokeWidth={1.75} />
        {data.busy === "export" ? "Exporting…" : "Export…"}
      </button>
      <button
        type="button"
        className="sidebar__item"
        disabled={data.busy !== null}
        data-testid="import-workspace"
        onClick={() => void chooseImport()}
      >
        <Upload size={15} strokeWidth={1.75} />
        Import…
      </button>
      <input
        ref={picker}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          void pick(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      <button
        type="button"
        className="sidebar__item"
        disabled={data.busy !== null}
        data-testid="reset-workspace"
        onClick={() => setQuestion({ kind: "reset" })}
      >
        <RotateCcw size={15} strokeWidth={1.75} />
        Reset…
      </button>
      {data.notice && (
        <p
          className={
            data.notice.error
              ? "workspace-tools__notice workspace-tools__notice--error"
              : "workspace-tools__notice"
          }
          role="status"
          data-testid="workspace-notice"
        >
          {data.notice.text}
        </p>
      )}
      {question && (
        <StudioDialog
          title={
            question.kind === "reset"
              ? "Reset the mock workspace?"
              : `Import ${question.source.fileName}?`
          }
          okLabel={question.kind === "reset" ? "Reset workspace" : "Replace workspace"}
          okVariant="danger"
          busy={data.busy !== null}
          error={data.notice?.error ? data.notice.text : null}
          onOk={() => void answer()}
          onCancel={() => setQuestion(null)}
        >
          <p className="studio-dialog__text">{consequences[question.kind]}</p>
        </StudioDialog>
      )}
    </div>
  );
}
