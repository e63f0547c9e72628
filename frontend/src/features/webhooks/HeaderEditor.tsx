import { Plus, X } from "lucide-react";
import type { HeaderField } from "../../api";
import { Button } from "../../ui/Button";
import "./HeaderEditor.css";

interface HeaderEditorProps {
  headers: HeaderField[];
  onChange: (headers: HeaderField[]) => void;
  testId?: string;
}

/** Header lines as name and value rows, in order, repeats allowed. */
export function HeaderEditor({ headers, onChange, testId = "headers" }: HeaderEditorProps) {
  const set = (index: number, patch: Partial<HeaderField>) =>
    onChange(headers.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  return (
    <div className="header-editor" data-testid={testId}>
      {headers.map((header, index) => (
        <div key={index} className="header-editor__row">
          <input
            className="panel-input panel-input--mono header-editor__name"
            value={header.name}
            placeholder="Header"
            aria-label="Header name"
            spellCheck={false}
            onChange={(event) => set(index, { name: event.target.value })}
          />
          <input
            className="panel-input panel-input--mono header-editor__value"
            value={header.value}
            placeholder="Value"
            aria-label={`Value of ${header.name || "the header"}`}
            spellCheck={false}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <Button
            small
            iconOnly
            variant="ghost"
            aria-label={`Remove ${header.name || "the header"}`}
            onClick={() => onChange(headers.filter((_, i) => i !== index))}
          >
            <X size={13} />
          </Button>
        </div>
      ))}
      <Button
        small
        variant="ghost"
        className="header-editor__add"
        onClick={() => onChange([...headers, { name: "", value: "" }])}
      >
        <Plus size={13} />
        Add header
      </Button>
    </div>
  );
}
