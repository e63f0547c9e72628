import { createContext, useCallback, useContext, useState } from "react";
import { Store, useStore } from "../../sdk/store";

interface Selected {
  object: string;
  recordIds: ReadonlySet<string>;
}

/** The records checked in the list view, which the app's bulk record actions run on. */
export class RecordSelection {
  readonly selected = new Store<Selected>({ object: "", recordIds: new Set() });

  /** Checks or unchecks records of object; checking another object's starts afresh. */
  check(object: string, recordIds: string[], on: boolean) {
    this.selected.set((previous) => {
      const next = new Set(previous.object === object ? previous.recordIds : []);
      recordIds.forEach((id) => (on ? next.add(id) : next.delete(id)));
      return { object, recordIds: next };
    });
  }

  clear() {
    this.selected.set((previous) => ({ object: previous.object, recordIds: new Set() }));
  }
}

export const RecordSelectionContext = createContext<RecordSelection | null>(null);

export interface RecordSelectionApi {
  checked: ReadonlySet<string>;
  check: (recordIds: string[], on: boolean) => void;
  clear: () => void;
}

const none: ReadonlySet<string> = new Set();

/**
 * The checked records of object, for a list view to draw its checkboxes from; the bulk
 * actions bar reads the same selection. Works without a provider, keeping it locally.
 */
export function useRecordSelection(object: string): RecordSelectionApi {
  const shared = useContext(RecordSelectionContext);
  const [fallback] = useState(() => new RecordSelection());
  const selection = shared ?? fallback;
  const selected = useStore(selection.selected);
  const check = useCallback(
    (recordIds: string[], on: boolean) => selection.check(object, recordIds, on),
    [selection, object],
  );
  const clear = useCallback(() => selection.clear(), [selection]);
  return { checked: selected.object === object ? selected.recordIds : none, check, clear };
}
