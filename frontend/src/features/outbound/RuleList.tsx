import { Plus } from "lucide-react";
import { Button } from "../../ui/Button";
import { RuleCard } from "./RuleCard";
import type { MockRules } from "./useMockRules";
import "./RuleList.css";

interface RuleListProps {
  rules: MockRules;
  files: string[];
  /** Where the rules are saved, for the user to find them. */
  studioFile: string;
}

/** The mock rules in order (the first that matches answers), edited as a draft, then saved. */
export function RuleList({ rules, files, studioFile }: RuleListProps) {
  const drafts = rules.drafts ?? [];
  return (
    <div className="rule-list">
      {drafts.length === 0 && rules.drafts && (
        <p className="panel-empty" data-testid="no-mock-rules">
          No mock rules. Every outbound request goes by the mode above.
        </p>
      )}
      <ol className="rule-list__rules">
        {drafts.map((draft, index) => (
          <RuleCard
            key={draft.key}
            index={index}
            count={drafts.length}
            rule={draft}
            files={files}
            problem={rules.problems.get(index)}
            onChange={(next) => rules.update(index, next)}
            onMove={(by) => rules.move(index, by)}
            onRemove={() => rules.remove(index)}
          />
        ))}
      </ol>
      <div className="rule-list__footer">
        <Button small onClick={rules.add} testId="add-mock-rule">
          <Plus size={13} />
          Add rule
        </Button>
        <span className="rule-list__where">Saved into {studioFile}, to travel with the app.</span>
        {rules.dirty && <span className="rule-list__dirty">Unsaved changes</span>}
        <Button small disabled={!rules.dirty || rules.busy} onClick={rules.discard}>
          Discard
        </Button>
        <Button
          small
          variant="primary"
          disabled={!rules.dirty || rules.busy}
          testId="save-mock-rules"
          onClick={() => void rules.save()}
        >
          {rules.busy ? "Saving…" : "Save rules"}
        </Button>
      </div>
      {rules.error && (
        <p className="panel-error" role="alert" data-testid="mock-rules-error">
          {rules.error}
        </p>
      )}
    </div>
  );
}
