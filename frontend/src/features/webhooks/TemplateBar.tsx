import { Save, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../ui/Button";
import type { Composer } from "./useComposer";
import "./TemplateBar.css";

/** Saved requests: pick one to fill the composer, save the draft under a name, delete. */
export function TemplateBar({ composer }: { composer: Composer }) {
  const [naming, setNaming] = useState<string | null>(null);
  const { templates, template } = composer;

  if (naming !== null) {
    const save = async () => {
      if (await composer.saveTemplate(naming)) setNaming(null);
    };
    return (
      <div className="template-bar">
        <input
          className="panel-input template-bar__name"
          value={naming}
          placeholder="Template name"
          autoFocus
          data-testid="template-name"
          onChange={(event) => setNaming(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            void save();
          }}
        />
        <Button
          small
          variant="primary"
          disabled={composer.busy}
          testId="template-save"
          onClick={() => void save()}
        >
          Save
        </Button>
        <Button small onClick={() => setNaming(null)}>
          Cancel
        </Button>
      </div>
    );
  }

  return (
    <div className="template-bar">
      <select
        className="panel-input template-bar__select"
        aria-label="Saved templates"
        data-testid="template-select"
        value={template?.id ?? ""}
        onChange={(event) => {
          const chosen = templates.find((t) => t.id === event.target.value);
          if (chosen) composer.loadTemplate(chosen);
        }}
      >
        <option value="">{templates.length ? "Load a template…" : "No saved templates"}</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <Button small testId="save-template" onClick={() => setNaming(template?.name ?? "")}>
        <Save size={13} />
        Save as template
      </Button>
      {template && (
        <Button
          small
          variant="danger-quiet"
          iconOnly
          aria-label={`Delete template ${template.name}`}
          onClick={() => void composer.deleteTemplate()}
        >
          <Trash2 size={13} />
        </Button>
      )}
    </div>
  );
}
