import { CornerDownRight, X } from "lucide-react";
import { Button } from "../../ui/Button";
import { HeaderEditor } from "../webhooks/HeaderEditor";
import { BodyField } from "./BodyField";
import { CallbackEditor } from "./CallbackEditor";
import { newCallbackDraft, type ResponseDraft } from "./ruleDraft";
import "./ResponseEditor.css";

interface ResponseEditorProps {
  name: string;
  title: string;
  response: ResponseDraft;
  files: string[];
  onChange: (response: ResponseDraft) => void;
  /** Set for an answer of a sequence, which can be taken out. */
  onRemove?: () => void;
}

/** One mock answer: status, delay, headers, body, and the callback it schedules. */
export function ResponseEditor(props: ResponseEditorProps) {
  const { name, response, onChange } = props;
  const set = (patch: Partial<ResponseDraft>) => onChange({ ...response, ...patch });
  return (
    <div className="response-editor" data-testid="response-editor">
      <div className="response-editor__head">
        <span className="response-editor__title">{props.title}</span>
        <label className="response-editor__inline">
          Status
          <input
            className="panel-input response-editor__number"
            value={response.status}
            inputMode="numeric"
            data-testid={`${name}-status`}
            onChange={(event) => set({ status: event.target.value })}
          />
        </label>
        <label className="response-editor__inline">
          Delay (ms)
          <input
            className="panel-input response-editor__number"
            value={response.delayMs}
            inputMode="numeric"
            placeholder="0"
            data-testid={`${name}-delay`}
            onChange={(event) => set({ delayMs: event.target.value })}
          />
        </label>
        <span className="response-editor__spacer" />
        {props.onRemove && (
          <Button
            small
            iconOnly
            variant="ghost"
            aria-label={`Remove ${props.title.toLowerCase()}`}
            onClick={props.onRemove}
          >
            <X size={13} />
          </Button>
        )}
      </div>
      <div className="response-editor__field">
        <span className="panel-label">Body</span>
        <BodyField name={`${name}-body`} body={response.body} onChange={(body) => set({ body })} />
      </div>
      <div className="response-editor__field">
        <span className="panel-label">Headers</span>
        <HeaderEditor headers={response.headers} onChange={(headers) => set({ headers })} />
      </div>
      <label className="response-editor__check">
        <input
          type="checkbox"
          checked={response.callback !== null}
          data-testid={`${name}-callback`}
          onChange={(event) =>
            set({ callback: event.target.checked ? newCallbackDraft(props.files[0]) : null })
          }
        />
        <CornerDownRight size={13} />
        Then call back a webhook handler
      </label>
      {response.callback && (
        <CallbackEditor
          name={`${name}-callback`}
          callback={response.callback}
          files={props.files}
          onChange={(callback) => set({ callback })}
        />
      )}
    </div>
  );
}
