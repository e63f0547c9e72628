import type { SignatureEncoding, WebhookSigning } from "../../api";
import { Choice } from "../connections/Choice";
import "./SigningFields.css";

interface SigningFieldsProps {
  signing: WebhookSigning;
  onChange: (signing: WebhookSigning) => void;
  /** Distinguishes the radio groups when two signings are on screen. */
  name?: string;
}

/** How to sign a body as a third party does: HMAC-SHA256 with a secret, into a header. */
export function SigningFields({ signing, onChange, name = "signing" }: SigningFieldsProps) {
  const set = (patch: Partial<WebhookSigning>) => onChange({ ...signing, ...patch });
  return (
    <div className="signing-fields" data-testid={`${name}-fields`}>
      <label className="signing-fields__field">
        <span className="panel-label">Header</span>
        <input
          className="panel-input panel-input--mono"
          value={signing.header}
          placeholder="X-Signature"
          spellCheck={false}
          data-testid={`${name}-header`}
          onChange={(event) => set({ header: event.target.value })}
        />
      </label>
      <label className="signing-fields__field">
        <span className="panel-label">Secret</span>
        <input
          className="panel-input panel-input--mono"
          value={signing.secret}
          placeholder="The secret the third party shares"
          spellCheck={false}
          autoComplete="off"
          data-testid={`${name}-secret`}
          onChange={(event) => set({ secret: event.target.value })}
        />
      </label>
      <label className="signing-fields__field">
        <span className="panel-label">Prefix</span>
        <input
          className="panel-input panel-input--mono"
          value={signing.prefix ?? ""}
          placeholder="sha256="
          spellCheck={false}
          data-testid={`${name}-prefix`}
          onChange={(event) => set({ prefix: event.target.value })}
        />
      </label>
      <div className="signing-fields__field">
        <span className="panel-label">Digest</span>
        <Choice<SignatureEncoding>
          name={`${name}-encoding`}
          value={signing.encoding ?? "hex"}
          options={[
            { value: "hex", label: "Hex" },
            { value: "base64", label: "Base64" },
          ]}
          onChange={(encoding) => set({ encoding })}
        />
      </div>
    </div>
  );
}
