import { keyGlyph } from "./keyboardKeys";
import "./KeyboardHint.css";

/** The key that presses a button, drawn as a keycap after its label. */
export function KeyboardHint({ hint }: { hint: string }) {
  return (
    <kbd className="sdk-keycap" data-key={hint}>
      {keyGlyph(hint)}
    </kbd>
  );
}
