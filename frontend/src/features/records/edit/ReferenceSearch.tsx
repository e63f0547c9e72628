import { useEffect, useState } from "react";
import type { AttioRecord } from "../../../api/types";
import { useApi } from "../../../hooks/useApi";
import { Avatar } from "../../../ui/Avatar";
import { initials, recordTitle } from "../recordValues";
import "./ReferenceSearch.css";

interface ReferenceSearchProps {
  object: string;
  exclude: string[];
  placeholder: string;
  onPick: (recordId: string) => void;
}

const resultLimit = 8;
const typingDelayMs = 150;

/** Finds records of an object by what they contain, to point a reference at one. */
export function ReferenceSearch({ object, exclude, placeholder, onPick }: ReferenceSearchProps) {
  const api = useApi();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<AttioRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      api.searchRecords(object, text, resultLimit + exclude.length).then(
        (found) => {
          if (!live) return;
          setResults(found.filter((r) => !exclude.includes(r.id.record_id)).slice(0, resultLimit));
          setError(null);
          setActive(0);
        },
        (reason: unknown) => live && setError(String((reason as Error)?.message ?? reason)),
      );
    }, typingDelayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, object, text, open, exclude.join(",")]);

  const pick = (record: AttioRecord | undefined) => {
    if (!record) return;
    onPick(record.id.record_id);
    setText("");
    setOpen(false);
  };

  return (
    <div className="reference-search">
      <input
        className="attr-editor__input"
        aria-label={`Search ${object}`}
        placeholder={placeholder}
        value={text}
        autoFocus
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, results.length - 1));
          else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (event.key === "Enter") {
            event.preventDefault();
            pick(results[active]);
          } else return;
          event.preventDefault();
        }}
      />
      {open && (
        <ul className="reference-search__results" role="listbox" aria-label={`${object} found`}>
          {error && <li className="reference-search__note">{error}</li>}
          {!error && results.length === 0 && (
            <li className="reference-search__note">No records match.</li>
          )}
          {results.map((record, index) => {
            const title = recordTitle(record);
            return (
              <li
                key={record.id.record_id}
                role="option"
                aria-selected={index === active}
                className="reference-search__result"
                data-testid="reference-result"
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(record);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <Avatar name={title} initials={initials(title)} size="small" />
                {title}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
