import { ChevronDown } from "lucide-react";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Field } from "./Field";
import { OptionDecoration } from "./OptionDecoration";
import { OptionList } from "./OptionList";
import type { ComboOption, OptionSource } from "./comboboxOptions";
import "./Combobox.css";

export interface ComboboxViewProps {
  label: string;
  placeholder?: string;
  searchPlaceholder?: string;
  disabled?: boolean;
  decorated?: boolean;
  error?: string;
  source: OptionSource;
  value: unknown;
  /** The key of the chosen value, or null when nothing is chosen. */
  valueKey: string | null;
  onChoose: (option: ComboOption) => void;
  onReport: (error: unknown) => void;
  onClose: () => void;
}

function usePopoverPosition(anchor: HTMLElement | null, open: boolean) {
  const [position, setPosition] = useState({ top: 0, left: 0, width: 0 });
  useLayoutEffect(() => {
    if (!open || !anchor) return;
    const place = () => {
      const rect = anchor.getBoundingClientRect();
      setPosition({ top: rect.bottom + 4, left: rect.left, width: rect.width });
    };
    place();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [anchor, open]);
  return position;
}

/** Finds the chosen value's option for drawing, from the list or by asking the source. */
function useChosen(props: ComboboxViewProps, loaded: ComboOption[]) {
  const { source, value, valueKey, onReport } = props;
  const [found, setFound] = useState<ComboOption | undefined>();
  const inList = loaded.find((option) => option.key === valueKey);
  useEffect(() => {
    if (valueKey === null || inList) return;
    let live = true;
    source.find(value).then((option) => live && setFound(option), onReport);
    return () => void (live = false);
  }, [source, value, valueKey, inList, onReport]);
  if (valueKey === null) return undefined;
  return inList ?? (found?.key === valueKey ? found : undefined);
}

/** A select with a search box; the list pops over the page so dialogs do not clip it. */
export function ComboboxView(props: ComboboxViewProps) {
  const { label, placeholder, searchPlaceholder = "Search...", disabled, error } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [loading, setLoading] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();
  const position = usePopoverPosition(trigger.current, open);
  const chosen = useChosen(props, options);
  const { source, onReport } = props;

  useEffect(() => {
    if (!open) return;
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      source
        .search(query)
        .then((found) => live && setOptions(found), onReport)
        .finally(() => live && setLoading(false));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, query, source, onReport]);

  const close = () => {
    setOpen(false);
    setQuery("");
    props.onClose();
    trigger.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const clickAway = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!popover.current?.contains(target) && !trigger.current?.contains(target)) close();
    };
    // Captured before a dialog's Escape listener: Escape closes the list, not the dialog.
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      close();
    };
    document.addEventListener("mousedown", clickAway);
    document.addEventListener("keydown", escape, true);
    return () => {
      document.removeEventListener("mousedown", clickAway);
      document.removeEventListener("keydown", escape, true);
    };
  });

  return (
    <Field label={label} inputId={id} error={error}>
      <button
        id={id}
        ref={trigger}
        type="button"
        className="sdk-input sdk-combobox__trigger"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-invalid={error ? true : undefined}
        disabled={disabled}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {chosen ? (
          <span className="sdk-combobox__chosen">
            <OptionDecoration option={chosen} />
            {chosen.label}
          </span>
        ) : (
          <span className="sdk-combobox__placeholder">{placeholder ?? "Select…"}</span>
        )}
        <ChevronDown size={14} className="sdk-combobox__chevron" />
      </button>
      {open &&
        createPortal(
          <div
            ref={popover}
            className="sdk-combobox__popover"
            style={{ top: position.top, left: position.left, width: Math.max(position.width, 220) }}
          >
            <OptionList
              searchPlaceholder={searchPlaceholder}
              query={query}
              onQuery={setQuery}
              options={options}
              loading={loading}
              chosenKey={props.valueKey}
              onChoose={(option) => {
                props.onChoose(option);
                close();
              }}
            />
          </div>,
          document.body,
        )}
    </Field>
  );
}
