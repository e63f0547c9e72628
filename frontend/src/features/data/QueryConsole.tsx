import { Play } from "lucide-react";
import { useRef } from "react";
import { Button } from "../../ui/Button";
import { formatJson } from "../../ui/formatJson";
import { queryExamples } from "./queryExamples";
import { QueryErrors } from "./QueryErrors";
import { useQueryConsole } from "./useQueryConsole";
import "./QueryConsole.css";

/** Runs GraphQL queries against the mock workspace, the way an app's runQuery does. */
export function QueryConsole() {
  const state = useQueryConsole();
  const editor = useRef<HTMLTextAreaElement>(null);
  const runOnShortcut = (event: React.KeyboardEvent) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void state.run();
    }
  };
  const goTo = (line: number, column: number) => {
    const textarea = editor.current;
    if (!textarea) return;
    const lines = state.query.split("\n");
    const offset =
      lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  };
  const errors = state.result?.errors ?? [];

  return (
    <section className="query-console" aria-label="Query console" data-testid="query-console">
      <header className="query-console__header">
        <h1 className="query-console__title">Query console</h1>
        <span className="query-console__hint">
          GraphQL over the mock workspace, as runQuery sees it
        </span>
        <span className="query-console__spacer" />
        <select
          className="query-console__examples"
          aria-label="Examples"
          data-testid="query-examples"
          value=""
          onChange={(event) => {
            const example = queryExamples[Number(event.target.value)];
            if (example) state.loadExample(example);
          }}
        >
          <option value="">Start from an example…</option>
          {queryExamples.map((example, index) => (
            <option key={example.title} value={index}>
              {example.title}
            </option>
          ))}
        </select>
        <Button
          variant="primary"
          small
          disabled={state.running}
          onClick={() => void state.run()}
          testId="query-run"
          title="Run (Ctrl+Enter)"
        >
          <Play size={12} />
          {state.running ? "Running…" : "Run"}
        </Button>
      </header>
      <div className="query-console__panes">
        <div className="query-console__inputs">
          <label className="query-console__label" htmlFor="query-text">
            Query
          </label>
          <textarea
            id="query-text"
            ref={editor}
            className="query-console__editor"
            spellCheck={false}
            data-testid="query-text"
            value={state.query}
            onChange={(event) => state.setQuery(event.target.value)}
            onKeyDown={runOnShortcut}
          />
          <label className="query-console__label" htmlFor="query-variables">
            Variables (JSON)
          </label>
          <textarea
            id="query-variables"
            className="query-console__editor query-console__variables"
            spellCheck={false}
            data-testid="query-variables"
            value={state.variables}
            onChange={(event) => state.setVariables(event.target.value)}
            onKeyDown={runOnShortcut}
          />
        </div>
        <div className="query-console__output" data-testid="query-output">
          <span className="query-console__label">
            Result
            {state.durationMs !== null && state.result && (
              <span className="query-console__duration">{state.durationMs} ms</span>
            )}
          </span>
          {state.problem && (
            <p className="query-console__problem" role="alert">
              {state.problem}
            </p>
          )}
          {errors.length > 0 && <QueryErrors errors={errors} onGoTo={goTo} />}
          {state.result && !(errors.length > 0 && state.result.data == null) ? (
            <pre className="query-console__result" data-testid="query-result">
              {formatJson(state.result.data)}
            </pre>
          ) : (
            !state.problem &&
            errors.length === 0 && (
              <p className="query-console__empty">Run the query to see what an app would get.</p>
            )
          )}
        </div>
      </div>
    </section>
  );
}
