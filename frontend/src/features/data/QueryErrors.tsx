import type { GraphQLError } from "../../api/types";

interface QueryErrorsProps {
  errors: GraphQLError[];
  onGoTo: (line: number, column: number) => void;
}

/** A query's GraphQL errors, each with the line:column it points at in the editor. */
export function QueryErrors({ errors, onGoTo }: QueryErrorsProps) {
  return (
    <ul className="query-console__errors" data-testid="query-errors">
      {errors.map((error, index) => (
        <li key={index} className="query-console__error">
          {(error.locations ?? []).map(({ line, column }) => (
            <button
              key={`${line}:${column}`}
              type="button"
              className="query-console__location"
              title="Show in the query"
              onClick={() => onGoTo(line, column)}
            >
              {line}:{column}
            </button>
          ))}
          <span>{error.message}</span>
          {error.path && <code className="query-console__path">{error.path.join(".")}</code>}
        </li>
      ))}
    </ul>
  );
}
