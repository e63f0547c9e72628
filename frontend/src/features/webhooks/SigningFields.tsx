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
      <TextField
        label="Header"
        value={signing.header}
        placeholder="X-Signature"
        testId={`${name}-header`}
        onChange={(header) => set({ header })}
      />
      <TextField
        label="Secret"
        value={signing.secret}
        placeholder="The secret the third party shares"
        testId={`${name}-secret`}
        onChange={(secret) => set({ secret })}
      />
      <TextField
        label="Prefix"
        value={signing.prefix ?? ""}
        placeholder="sha256="
        testId={`${name}-prefix`}
        onChange={(prefix) => set({ prefix })}
      />
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

interface TextFieldProps {
  label: string;
  value: string;
  placeholder: string;
  testId: string;
  onChange: (value: string) => void;
}

/** One labelled monospaced field: header names, secrets and prefixes are typed exactly. */
function TextField({ label, value, placeholder, testId, onChange }: TextFieldProps) {
  return (
    <label className="signing-fields__field">
      <span className="panel-label">{label}</span>
      <input
        className="panel-input panel-input--mono"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
