import { Settings } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toError } from "../../api/transport";
import { useApi } from "../../hooks/useApi";
import { Button } from "../../ui/Button";
import "./RetentionSetting.css";

/** How many calls the log keeps: a number in a small popover, saved for later sessions too. */
export function RetentionSetting() {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    setMessage(null);
    api.callRetention().then(
      (n) => setValue(String(n)),
      (reason: unknown) => setMessage(toError(reason).message),
    );
    const away = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", away);
    return () => document.removeEventListener("mousedown", away);
  }, [api, open]);

  const save = () => {
    api.setCallRetention(Number(value)).then(
      () => setMessage(`The log keeps the last ${Number(value).toLocaleString()} calls.`),
      (reason: unknown) => setMessage(toError(reason).message),
    );
  };

  return (
    <div className="retention" ref={root}>
      <Button
        small
        variant="ghost"
        iconOnly
        aria-label="Call log settings"
        testId="inspector-settings"
        onClick={() => setOpen(!open)}
      >
        <Settings size={14} />
      </Button>
      {open && (
        <form
          className="retention__popover"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label className="retention__label">
            Keep the last
            <input
              type="number"
              min={1}
              max={1000000}
              value={value}
              data-testid="retention-input"
              onChange={(event) => setValue(event.target.value)}
            />
            calls
          </label>
          <p className="retention__hint">Older calls are dropped from the data file.</p>
          <Button small variant="primary" type="submit" testId="retention-save">
            Save
          </Button>
          {message && <p className="retention__message">{message}</p>}
        </form>
      )}
    </div>
  );
}
