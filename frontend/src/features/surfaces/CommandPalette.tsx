import { Search } from "lucide-react";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import { AttioIcon } from "../../ui/AttioIcon";
import { Modal } from "../../ui/Modal";
import type { Command, CommandRegistry } from "./commands";
import "./CommandPalette.css";

function matches(command: Command, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${command.label} ${command.group}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/** ⌘K on a Mac, Ctrl+K elsewhere: the app's actions where the user is, searched by name. */
export function CommandPalette({ registry }: { registry: CommandRegistry }) {
  const runtime = useRuntime();
  const offered = useStore(registry.commands);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== "k" || !(event.metaKey || event.ctrlKey)) return;
      const busy =
        runtime.notifications.dialogs.get().length > 0 ||
        runtime.notifications.modals.get().length > 0;
      if (busy) return;
      event.preventDefault();
      setQuery("");
      setActive(0);
      setOpen((value) => !value);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [runtime]);

  const shown = useMemo(
    () => [...offered.values()].flat().filter((command) => matches(command, query)),
    [offered, query],
  );
  if (!open) return null;

  const choose = (command: Command | undefined) => {
    if (!command?.run) return;
    setOpen(false);
    void command.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => Math.min(Math.max(index + step, 0), shown.length - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(shown[active]);
    }
  };

  const groups = [...new Set(shown.map((command) => command.group))];
  return (
    <Modal
      label="Command palette"
      testId="command-palette"
      onEscape={() => setOpen(false)}
      onOutsideClick={() => setOpen(false)}
    >
      <div className="palette__search">
        <Search size={15} />
        <input
          autoFocus
          className="palette__input"
          placeholder="Search actions…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          aria-label="Search actions"
        />
      </div>
      <ul className="palette__list" role="listbox">
        {shown.length === 0 && (
          <li className="palette__empty">
            {offered.size === 0
              ? "Open a record to see the app's actions."
              : "No matching actions."}
          </li>
        )}
        {groups.map((group) => (
          <li key={group} className="palette__group">
            <span className="palette__group-title">{group}</span>
            <ul>
              {shown
                .filter((command) => command.group === group)
                .map((command) => {
                  const index = shown.indexOf(command);
                  return (
                    <li
                      key={command.id}
                      role="option"
                      aria-selected={index === active}
                      aria-disabled={!command.run}
                      title={command.disabledReason}
                      data-testid={`command-${command.id}`}
                      className={`palette__item${index === active ? " palette__item--active" : ""}`}
                      onMouseEnter={() => setActive(index)}
                      onClick={() => choose(command)}
                    >
                      <AttioIcon name={command.icon} />
                      {command.label}
                    </li>
                  );
                })}
            </ul>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
