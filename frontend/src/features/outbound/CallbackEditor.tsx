import { HeaderEditor } from "../webhooks/HeaderEditor";
import { SigningFields } from "../webhooks/SigningFields";
import { methods } from "../webhooks/composerDraft";
import { BodyField } from "./BodyField";
import type { CallbackDraft } from "./ruleDraft";
import "./CallbackEditor.css";

interface CallbackEditorProps {
  name: string;
  callback: CallbackDraft;
  /** The app's webhook handler files, offered as targets. */
  files: string[];
  onChange: (callback: CallbackDraft) => void;
}

/** The request a mock answer schedules to a webhook handler, as the third party calls back. */
export function CallbackEditor({ name, callback, files, onChange }: CallbackEditorProps) {
  const set = (patch: Partial<CallbackDraft>) => onChange({ ...callback, ...patch });
  const listed = files.includes(callback.webhook) || !callback.webhook;
  return (
    <div className="callback-editor" data-testid="callback-editor">
      <div className="callback-editor__line">
        <label className="callback-editor__field">
          <span className="panel-label">Handler file</span>
          <select
            className="panel-input"
            value={callback.webhook}
            data-testid={`${name}-webhook`}
            onChange={(event) => set({ webhook: event.target.value })}
          >
            {!callback.webhook && <option value="">Choose a handler file</option>}
            {files.map((file) => (
              <option key={file}>{file}</option>
            ))}
            {!listed && (
              <option value={callback.webhook}>{callback.webhook} (not in the app)</option>
            )}
          </select>
        </label>
        <label className="callback-editor__field callback-editor__field--small">
          <span className="panel-label">After (ms)</span>
          <input
            className="panel-input"
            value={callback.afterMs}
            inputMode="numeric"
            data-testid={`${name}-after`}
            onChange={(event) => set({ afterMs: event.target.value })}
          />
        </label>
        <label className="callback-editor__field callback-editor__field--small">
          <span className="panel-label">Method</span>
          <select
            className="panel-input"
            value={callback.method}
            onChange={(event) => set({ method: event.target.value })}
          >
            {methods.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="callback-editor__field">
        <span className="panel-label">
          Body — {"{{response.body.id}}"}, {"{{request.body.reference}}"} and the like take values
          from the exchange
        </span>
        <BodyField name={`${name}-body`} body={callback.body} onChange={(body) => set({ body })} />
      </div>
      <div className="callback-editor__field">
        <span className="panel-label">Headers</span>
        <HeaderEditor headers={callback.headers} onChange={(headers) => set({ headers })} />
      </div>
      <label className="callback-editor__check">
        <input
          type="checkbox"
          checked={callback.signed}
          onChange={(event) => set({ signed: event.target.checked })}
        />
        Sign the body (HMAC-SHA256)
      </label>
      {callback.signed && (
        <SigningFields
          name={`${name}-sign`}
          signing={callback.sign}
          onChange={(sign) => set({ sign })}
        />
      )}
    </div>
  );
}
