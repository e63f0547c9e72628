/** The KeyboardKey names of attio-sdk.md §6, as glyphs and as the keys that press them. */
const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

const glyphs: Record<string, string> = {
  mod: isMac ? "⌘" : "Ctrl",
  backspace: "⌫",
  tab: "⇥",
  enter: "↵",
  return: "⏎",
  shift: "⇧",
  ctrl: isMac ? "⌃" : "Ctrl",
  alt: isMac ? "⌥" : "Alt",
  esc: "Esc",
  space: "Space",
  left: "←",
  up: "↑",
  right: "→",
  down: "↓",
  plus: "+",
};

const eventKeys: Record<string, string> = {
  backspace: "Backspace",
  tab: "Tab",
  enter: "Enter",
  return: "Enter",
  esc: "Escape",
  space: " ",
  left: "ArrowLeft",
  up: "ArrowUp",
  right: "ArrowRight",
  down: "ArrowDown",
  plus: "+",
};

/** Whether key is one of the SDK's KeyboardKey names (a modifier or named key, a-z, 0-9). */
export function isKeyboardKey(key: string): boolean {
  return Object.hasOwn(glyphs, key) || /^[a-z0-9]$/.test(key);
}

export function keyGlyph(key: string): string {
  return glyphs[key] ?? key.toUpperCase();
}

/** Whether a key press is the hinted key; letters and digits ignore presses while typing. */
export function pressesKey(event: KeyboardEvent, key: string): boolean {
  if (key === "mod") return event.key === (isMac ? "Meta" : "Control");
  if (key === "shift") return event.key === "Shift";
  if (key === "ctrl") return event.key === "Control";
  if (key === "alt") return event.key === "Alt";
  if (eventKeys[key]) return event.key === eventKeys[key];
  if (!/^[a-z0-9]$/.test(key) || typing(event.target)) return false;
  return event.key.toLowerCase() === key && !event.metaKey && !event.ctrlKey && !event.altKey;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
