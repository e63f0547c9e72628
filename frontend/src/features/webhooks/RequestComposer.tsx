import { Send, Terminal } from "lucide-react";
import { Button } from "../../ui/Button";
import { methods } from "./composerDraft";
import { CurlBox } from "./CurlBox";
import { HeaderEditor } from "./HeaderEditor";
import { SigningFields } from "./SigningFields";
import { TemplateBar } from "./TemplateBar";
import type { Composer } from "./useComposer";
import "./RequestComposer.css";

/** Composes a request to a webhook handler, sends it, or gives it as curl. */
export function RequestComposer({ composer }: { composer: Composer }) {
  const { draft, update } = composer;
  return (
    <form
      className="request-composer"
      data-testid="request-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void composer.send();
      }}
    >
      <TemplateBar composer={composer} />
      <div className="request-composer__line">
        <select
          className="panel-input request-composer__method"
          aria-label="Method"
          data-testid="composer-method"
          value={draft.method}
          onChange={(event) => update({ method: event.target.value })}
        >
          {methods.map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
        <select
          className="panel-input request-composer__target"
          aria-label="Handler"
          data-testid="composer-target"
          value={draft.target}
          onChange={(event) => update({ target: event.target.value })}
        >
          {composer.targets.length === 0 && <option value="">No webhook handlers</option>}
          {composer.targets.map((target) => (
            <option key={target.value} value={target.value}>
              {target.label}
            </option>
          ))}
        </select>
      </div>
      <label className="request-composer__field">
        <span className="panel-label">Query string</span>
        <input
          className="panel-input panel-input--mono"
          value={draft.query}
          placeholder="event=lead.processed"
          spellCheck={false}
          data-testid="composer-query"
          onChange={(event) => update({ query: event.target.value })}
        />
      </label>
      <div className="request-composer__field">
        <span className="panel-label">Headers</span>
        <HeaderEditor headers={draft.headers} onChange={(headers) => update({ headers })} />
      </div>
      <label className="request-composer__field">
        <span className="panel-label">Body</span>
        <textarea
          className="panel-textarea"
          value={draft.body}
          spellCheck={false}
          data-testid="composer-body"
          onChange={(event) => update({ body: event.target.value })}
        />
      </label>
      <label className="request-composer__check">
        <input
          type="checkbox"
          checked={draft.signed}
          data-testid="composer-signed"
          onChange={(event) => update({ signed: event.target.checked })}
        />
        Sign the body (HMAC-SHA256), as the third party would
      </label>
      {draft.signed && (
        <SigningFields signing={draft.signing} onChange={(signing) => update({ signing })} />
      )}
      {composer.error && (
        <p className="panel-error" role="alert" data-testid="composer-error">
          {composer.error}
        </p>
      )}
      <div className="request-composer__buttons">
        <Button
          type="submit"
          variant="primary"
          small
          disabled={composer.busy || !draft.target}
          testId="composer-send"
        >
          <Send size={13} />
          Send
        </Button>
        <Button
          small
          disabled={composer.busy || !draft.target}
          testId="composer-curl"
          onClick={() => void composer.copyCurl()}
        >
          <Terminal size={13} />
          Copy as curl
        </Button>
      </div>
      {composer.curl && <CurlBox command={composer.curl} onClose={composer.closeCurl} />}
    </form>
  );
}
