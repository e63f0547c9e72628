import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { Button } from "../../ui/Button";
import { Choice } from "../connections/Choice";
import { ResponseEditor } from "./ResponseEditor";
import { newResponseDraft, type ResponseDraft, type RuleDraft } from "./ruleDraft";
import "./RuleCard.css";

const ruleMethods = ["", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

interface RuleCardProps {
  index: number;
  count: number;
  rule: RuleDraft;
  files: string[];
  problem?: string;
  onChange: (rule: RuleDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One mock rule: which requests it answers, and its answer or sequence of answers. */
export function RuleCard({ index, count, rule, files, problem, ...on }: RuleCardProps) {
  const set = (patch: Partial<RuleDraft>) => on.onChange({ ...rule, ...patch });
  const setAnswer = (at: number, response: ResponseDraft) =>
    set({ responses: rule.responses.map((r, i) => (i === at ? response : r)) });
  const answers = rule.sequence ? rule.responses : rule.responses.slice(0, 1);
  const name = `rule-${index}`;
  const methods = ruleMethods.includes(rule.method) ? ruleMethods : [...ruleMethods, rule.method];

  return (
    <li className={`rule-card${problem ? " rule-card--bad" : ""}`} data-testid="mock-rule">
      <div className="rule-card__match">
        <span className="rule-card__index">{index + 1}</span>
        <select
          className="panel-input rule-card__method"
          value={rule.method}
          aria-label="Method"
          data-testid={`${name}-method`}
          onChange={(event) => set({ method: event.target.value })}
        >
          {methods.map((method) => (
            <option key={method} value={method}>
              {method || "Any"}
            </option>
          ))}
        </select>
        <input
          className="panel-input panel-input--mono rule-card__url"
          value={rule.url}
          placeholder="https://api.example.com/leads/*"
          aria-label="URL"
          spellCheck={false}
          data-testid={`${name}-url`}
          onChange={(event) => set({ url: event.target.value })}
        />
        <Button
          small
          iconOnly
          variant="ghost"
          aria-label="Move up"
          disabled={index === 0}
          onClick={() => on.onMove(-1)}
        >
          <ArrowUp size={13} />
        </Button>
        <Button
          small
          iconOnly
          variant="ghost"
          aria-label="Move down"
          disabled={index === count - 1}
          onClick={() => on.onMove(1)}
        >
          <ArrowDown size={13} />
        </Button>
        <Button
          small
          iconOnly
          variant="danger-quiet"
          aria-label="Remove the rule"
          testId={`${name}-remove`}
          onClick={on.onRemove}
        >
          <Trash2 size={13} />
        </Button>
      </div>
      <div className="rule-card__answers-head">
        <Choice
          name={`${name}-answers`}
          value={rule.sequence ? "sequence" : "one"}
          options={[
            { value: "one", label: "One answer" },
            { value: "sequence", label: "A sequence" },
          ]}
          onChange={(value) => set({ sequence: value === "sequence" })}
        />
        {rule.sequence && (
          <>
            <span className="panel-label">After the last:</span>
            <Choice
              name={`${name}-then`}
              value={rule.then}
              options={[
                { value: "last", label: "repeat the last" },
                { value: "repeat", label: "start over" },
              ]}
              onChange={(then) => set({ then })}
            />
          </>
        )}
      </div>
      {answers.map((response, at) => (
        <ResponseEditor
          key={at}
          name={`${name}-answer-${at}`}
          title={rule.sequence ? `Request ${at + 1}` : "Answer"}
          response={response}
          files={files}
          onChange={(next) => setAnswer(at, next)}
          onRemove={
            rule.sequence && answers.length > 1
              ? () => set({ responses: rule.responses.filter((_, i) => i !== at) })
              : undefined
          }
        />
      ))}
      {rule.sequence && (
        <Button
          small
          variant="ghost"
          className="rule-card__add-answer"
          onClick={() => set({ responses: [...rule.responses, newResponseDraft()] })}
        >
          <Plus size={13} />
          Add an answer
        </Button>
      )}
      {problem && (
        <p className="panel-error" data-testid="rule-problem">
          {problem}
        </p>
      )}
    </li>
  );
}
