import { Star } from "lucide-react";
import type { Draft } from "./draft";
import type { EditorProps } from "./AttributeEditor";

/** Zero to five stars; clicking the current star again clears it. */
export function RatingInput({
  attribute,
  draft,
  onChange,
}: EditorProps<Extract<Draft, { kind: "rating" }>>) {
  return (
    <div className="attr-editor__stars" role="radiogroup" aria-label={attribute.title}>
      {[1, 2, 3, 4, 5].map((stars) => (
        <button
          key={stars}
          type="button"
          role="radio"
          aria-checked={draft.stars === stars}
          aria-label={`${stars} ${stars === 1 ? "star" : "stars"}`}
          className={`attr-editor__star${stars <= draft.stars ? " attr-editor__star--on" : ""}`}
          onClick={() => onChange({ kind: "rating", stars: draft.stars === stars ? 0 : stars })}
        >
          <Star size={16} />
        </button>
      ))}
    </div>
  );
}
